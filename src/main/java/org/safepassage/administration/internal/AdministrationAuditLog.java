package org.safepassage.administration.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The append-only record of who changed which account, team membership or permission, and when.
 * Never a password: a password change is recorded as the fact that it happened. The app's
 * database role may only insert and read here (see db/postgresql).
 */
@Component
public class AdministrationAuditLog {

  /** Recorded when nobody is logged in: the app itself, at start-up or in a job. */
  static final String SYSTEM = "(system)";

  /** One line of the log. */
  public record Entry(String actor, String action, String subject, String detail) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  AdministrationAuditLog(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void record(String actor, Entry entry) {
    jdbc.update("insert into administration_audit_log (happened_at, actor, action, subject, detail) values (?, ?, ?, ?, ?)",
        Timestamp.from(clock.instant()), actor == null ? SYSTEM : actor, entry.action(), entry.subject(), entry.detail());
  }

  /** Everything recorded about one user, group or authorization, oldest first. */
  public List<Entry> entriesAbout(String subject) {
    return jdbc.query("select actor, action, subject, detail from administration_audit_log where subject = ? order by id",
        (row, i) -> new Entry(row.getString(1), row.getString(2), row.getString(3), row.getString(4)), subject);
  }
}
