package org.safepassage.reminders;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Notices waiting to be mailed. A notice is written in the same transaction as the task it
 * announces, so it exists exactly when the task does. Sending is at least once: a notice is
 * marked sent only after its mail went out.
 */
@Repository
class NoticeOutbox {

  /** How long a node may take to send a notice it claimed before another may try. */
  static final Duration CLAIM_LEASE = Duration.ofMinutes(5);

  /** One notice to send: a team and a case number, nothing personal. */
  record Notice(long id, String team, String caseNumber, int attempts) {}

  private final JdbcTemplate jdbc;

  NoticeOutbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void enqueue(String noticeKey, String team, String caseNumber) {
    Integer existing = jdbc.queryForObject("select count(*) from team_notice where notice_key = ?", Integer.class, noticeKey);
    if (existing != null && existing == 0) {
      jdbc.update("insert into team_notice (notice_key, team, case_number, created_at) values (?, ?, ?, ?)",
          noticeKey, team, caseNumber, now());
    }
  }

  /** Notices not yet sent whose claim, if any, has expired. */
  List<Notice> pending(int maxAttempts, int limit) {
    return jdbc.query(
        "select id, team, case_number, attempts from team_notice where sent_at is null and attempts < ?"
            // Fresh notices first: a backlog failing again and again must not hold up new ones.
            + " and (claimed_at is null or claimed_at < ?) order by attempts, id",
        ps -> {
          ps.setInt(1, maxAttempts);
          ps.setTimestamp(2, claimExpiry());
          ps.setMaxRows(limit);
        },
        (row, i) -> new Notice(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4)));
  }

  /** Takes a notice for sending; false if another node holds an unexpired claim on it. */
  boolean claim(Notice notice) {
    return jdbc.update("update team_notice set claimed_at = ? where id = ? and sent_at is null"
        + " and (claimed_at is null or claimed_at < ?)", now(), notice.id(), claimExpiry()) == 1;
  }

  void markSent(Notice notice) {
    jdbc.update("update team_notice set sent_at = ? where id = ?", now(), notice.id());
  }

  /** Gives a notice back after a failed send, counting the attempt. */
  void release(Notice notice, String reason) {
    String shortReason = reason == null ? "unknown" : reason.substring(0, Math.min(reason.length(), 250));
    jdbc.update("update team_notice set claimed_at = null, attempts = attempts + 1, last_error = ? where id = ?",
        shortReason, notice.id());
  }

  private static Timestamp claimExpiry() {
    return Timestamp.from(Instant.now().minus(CLAIM_LEASE));
  }

  private static Timestamp now() {
    return Timestamp.from(Instant.now());
  }
}
