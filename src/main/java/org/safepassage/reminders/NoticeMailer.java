package org.safepassage.reminders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Writes the one kind of mail Safe Passage sends: "a task is waiting", with the case number and
 * a link. Nothing else: no name, no place, no task detail, so a seized phone learns nothing.
 */
@Component
class NoticeMailer {

  private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);

  private final JavaMailSender mailSender;
  private final MailProperties properties;

  NoticeMailer(JavaMailSender mailSender, MailProperties properties) {
    this.mailSender = mailSender;
    this.properties = properties;
  }

  void sendTaskWaiting(String team, String caseNumber) {
    String mailbox = properties.mailboxOf(team);
    if (mailbox == null || mailbox.isBlank()) {
      throw new IllegalStateException("No mailbox configured for team " + team);
    }
    if (properties.onlyLog()) {
      log.info("Mail transport is 'log': team {} would be told a task is waiting on case {}", team, caseNumber);
      return;
    }
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(properties.from());
    mail.setTo(mailbox);
    mail.setSubject("Safe Passage: a task is waiting (case " + caseNumber + ")");
    mail.setText("""
        A task is waiting for your team on case %s.

        Open Tasklist: %s/camunda/app/tasklist/default/

        This mail carries no personal details. Never reply with any.
        """.formatted(caseNumber, properties.baseUrl()));
    mailSender.send(mail);
    log.info("Told team {} that a task is waiting on case {}", team, caseNumber);
  }
}
