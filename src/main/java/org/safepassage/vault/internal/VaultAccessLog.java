package org.safepassage.vault.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.safepassage.casenumber.CaseNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Records every read and write of a case file: who, when, which case, which fields. */
@Component
public class VaultAccessLog {

  public enum Action { READ, WRITE, ERASE }

  /** One line of the log, as a manager or auditor sees it. */
  public record Entry(Instant happenedAt, String actor, String caseNumber, Action action, String fields) {}

  private final JdbcTemplate jdbc;

  VaultAccessLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String actor, CaseNumber caseNumber, Action action, Collection<String> fields) {
    jdbc.update(
        "insert into vault_access_log (happened_at, actor, case_number, action, fields) values (?, ?, ?, ?, ?)",
        Timestamp.from(Instant.now()), actor, caseNumber.value(), action.name(),
        fields.stream().sorted().collect(Collectors.joining(",")));
  }

  public List<Entry> entriesFor(CaseNumber caseNumber) {
    return jdbc.query(
        "select happened_at, actor, case_number, action, fields from vault_access_log where case_number = ? order by id",
        (row, i) -> new Entry(row.getTimestamp(1).toInstant(), row.getString(2), row.getString(3),
            Action.valueOf(row.getString(4)), row.getString(5)),
        caseNumber.value());
  }
}
