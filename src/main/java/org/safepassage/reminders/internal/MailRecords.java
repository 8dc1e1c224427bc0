package org.safepassage.reminders.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The send record of every mail: decided once under its key, handed over, confirmed. It is also
 * the answer to "was X told?": to whom, about which task or case, which kind, when; never the
 * body.
 */
@Repository
public class MailRecords {

  /** A mail decided on: what it is about and where it goes. */
  public record MailRecord(String key, String kind, String recipient, String team, String taskId, String caseNumber,
      Instant decidedAt, Instant sentAt, String outcome) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  MailRecords(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Decides a mail, in the caller's (the notice round's) transaction; false if it was decided
   * before. Rounds are one Camunda timer job, so they never run side by side; the primary key
   * stops a double all the same.
   */
  boolean decide(String key, String kind, String recipient, String team, String taskId, String caseNumber) {
    return decide(key, kind, recipient, team, taskId, caseNumber, null);
  }

  /**
   * As {@link #decide(String, String, String, String, String, String)}, for a reminder: what it
   * is for (the follow-up date, the escalation's day), which the rounds' scans skip next time.
   */
  boolean decide(String key, String kind, String recipient, String team, String taskId, String caseNumber,
      java.util.Date reminderAt) {
    return jdbc.update("insert into mail_record (mail_key, kind, recipient, team, task_id, case_number, decided_at,"
        + " reminder_at) select ?, ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from mail_record where mail_key = ?)",
        key, kind, recipient, team, taskId, caseNumber, now(),
        reminderAt == null ? null : new Timestamp(reminderAt.getTime()), key) == 1;
  }

  boolean exists(String key) {
    Integer count = jdbc.queryForObject("select count(*) from mail_record where mail_key = ?", Integer.class, key);
    return count != null && count > 0;
  }

  Optional<MailRecord> find(String key) {
    return jdbc.query("select " + COLUMNS + " from mail_record where mail_key = ?", MailRecords::row, key)
        .stream().findFirst();
  }

  /**
   * Takes the mail for handing to the SMTP server, committed at once; false if it was sent
   * already or another attempt holds it within the lease.
   */
  boolean handOver(String key, Duration lease) {
    Integer taken = ownTransaction.execute(status -> jdbc.update("update mail_record set handed_at = ?"
        + " where mail_key = ? and sent_at is null and (handed_at is null or handed_at < ?)",
        now(), key, Timestamp.from(ClockUtil.getCurrentTime().toInstant().minus(lease))));
    return taken != null && taken == 1;
  }

  /** The SMTP server took the mail (or it was not needed any more): committed at once. */
  void confirm(String key, String outcome) {
    ownTransaction.executeWithoutResult(status -> jdbc.update(
        "update mail_record set sent_at = ?, outcome = ? where mail_key = ?", now(), outcome, key));
  }

  /** The SMTP server refused or was not there: the next retry may hand it over at once. */
  void giveBack(String key) {
    ownTransaction.executeWithoutResult(status -> jdbc.update(
        "update mail_record set handed_at = null where mail_key = ? and sent_at is null", key));
  }

  /**
   * When the team's last "new work" summary up to now was decided, if ever. One "after now" means
   * the clock was set back; it must not silence the team until the clock catches up.
   */
  Optional<Instant> lastSummaryFor(String team, Instant now) {
    Timestamp last = jdbc.queryForObject(
        "select max(decided_at) from mail_record where kind = ? and team = ? and decided_at <= ?",
        Timestamp.class, MailKind.NEW_WORK.id(), team, Timestamp.from(now));
    return Optional.ofNullable(last).map(Timestamp::toInstant);
  }

  /** Every mail about this case: reminders and escalations on its tasks, summaries listing them. */
  public List<MailRecord> aboutCase(String caseNumber) {
    return jdbc.query("select " + COLUMNS + " from mail_record where case_number = ? or mail_key in"
        + " (select summary_key from team_notice where case_number = ?) order by decided_at, mail_key",
        MailRecords::row, caseNumber, caseNumber);
  }

  private static final String COLUMNS =
      "mail_key, kind, recipient, team, task_id, case_number, decided_at, sent_at, outcome";

  private static MailRecord row(java.sql.ResultSet row, int i) throws java.sql.SQLException {
    Timestamp sent = row.getTimestamp(8);
    return new MailRecord(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
        row.getString(6), row.getTimestamp(7).toInstant(), sent == null ? null : sent.toInstant(), row.getString(9));
  }

  /** The engine's clock, which the rounds decide by (tests move it forward). */
  private static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }
}
