package org.safepassage.reminders.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Hands a finished mail to the SMTP server, or, with transport {@code log} (the demo), writes it
 * to the log: it holds only case numbers, task names, due dates and links.
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

  void send(String recipient, MailTemplates.Mail mail) {
    if (properties.onlyLog()) {
      log.info("Mail transport is 'log'; this mail would go to {}:\nSubject: {}\n\n{}", recipient, mail.subject(),
          mail.body());
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.from());
    message.setTo(recipient);
    message.setSubject(mail.subject());
    message.setText(mail.body());
    mailSender.send(message);
  }
}
