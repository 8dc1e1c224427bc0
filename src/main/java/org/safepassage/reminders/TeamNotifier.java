package org.safepassage.reminders;

import java.sql.Timestamp;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a team that a task is waiting. The mail carries the case number and a link, nothing
 * else: no name, no place, no task detail. Each notice key is mailed once; a retried job that
 * already sent it does nothing.
 */
@Service
public class TeamNotifier {

  private static final Logger log = LoggerFactory.getLogger(TeamNotifier.class);

  private final JavaMailSender mailSender;
  private final MailProperties properties;
  private final JdbcTemplate jdbc;

  TeamNotifier(JavaMailSender mailSender, MailProperties properties, JdbcTemplate jdbc) {
    this.mailSender = mailSender;
    this.properties = properties;
    this.jdbc = jdbc;
  }

  @Transactional
  public void notifyTaskWaiting(String team, String caseNumber, String noticeKey) {
    Integer alreadySent = jdbc.queryForObject("select count(*) from sent_notice where notice_key = ?", Integer.class, noticeKey);
    if (alreadySent != null && alreadySent > 0) {
      log.info("Notice {} was already sent; not sending again", noticeKey);
      return;
    }
    String mailbox = properties.teams() == null ? null : properties.teams().get(team);
    if (mailbox == null || mailbox.isBlank()) {
      throw new IllegalStateException("No mailbox configured for team " + team + " (safepassage.mail.teams." + team + ")");
    }
    // Recorded first, in the job's transaction: if the mail fails, both roll back and the job retries.
    jdbc.update("insert into sent_notice (notice_key, sent_at) values (?, ?)", noticeKey, Timestamp.from(Instant.now()));
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
