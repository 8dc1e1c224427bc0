package org.safepassage.reminders;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Notices waiting to be mailed. A notice is written in the same transaction as the task it
 * announces, so it exists exactly when the task does; its key makes a second write a no-op.
 */
@Repository
class NoticeOutbox {

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

  List<Notice> pending(int maxAttempts, int limit) {
    return jdbc.query(
        "select id, team, case_number, attempts from team_notice where sent_at is null and attempts < ? order by id",
        ps -> {
          ps.setInt(1, maxAttempts);
          ps.setMaxRows(limit);
        },
        (row, i) -> new Notice(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4)));
  }

  /** Takes a notice for sending; false if another node already took it. */
  boolean claim(Notice notice) {
    return jdbc.update("update team_notice set sent_at = ? where id = ? and sent_at is null", now(), notice.id()) == 1;
  }

  /** Gives a notice back after a failed send, counting the attempt. */
  void release(Notice notice, String reason) {
    String shortReason = reason == null ? "unknown" : reason.substring(0, Math.min(reason.length(), 250));
    jdbc.update("update team_notice set sent_at = null, attempts = attempts + 1, last_error = ? where id = ?",
        shortReason, notice.id());
  }

  private static Timestamp now() {
    return Timestamp.from(Instant.now());
  }
}
