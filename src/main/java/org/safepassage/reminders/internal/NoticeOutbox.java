package org.safepassage.reminders.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * New tasks waiting to be announced to their team. A row is written in the same transaction as
 * the task it announces, so it exists exactly when the task does; a "new work" summary takes
 * all of a team's waiting rows at once.
 */
@Repository
class NoticeOutbox {

  /** A new task as a summary lists it: nothing personal. */
  record NewTask(String caseNumber, String taskId, String taskName) {}

  /** A team with new tasks not yet in a summary, and whether any of them is P0. */
  record Waiting(String team, boolean urgent) {}

  private final JdbcTemplate jdbc;

  NoticeOutbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void enqueue(String noticeKey, String team, String caseNumber, String taskId, String taskName, boolean urgent) {
    jdbc.update("insert into team_notice (notice_key, team, case_number, task_id, task_name, urgent, created_at)"
        + " select ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from team_notice where notice_key = ?)",
        noticeKey, team, caseNumber, taskId, taskName, urgent, Timestamp.from(Instant.now()), noticeKey);
  }

  List<Waiting> waitingTeams() {
    return jdbc.query("select team, max(case when urgent then 1 else 0 end) from team_notice"
        + " where summary_key is null group by team order by team",
        (row, i) -> new Waiting(row.getString(1), row.getInt(2) == 1));
  }

  /** Puts every waiting new task of the team into the summary; how many it took. */
  int takeIntoSummary(String team, String summaryKey) {
    return jdbc.update("update team_notice set summary_key = ? where team = ? and summary_key is null",
        summaryKey, team);
  }

  List<NewTask> inSummary(String summaryKey) {
    return jdbc.query("select case_number, task_id, task_name from team_notice where summary_key = ? order by id",
        (row, i) -> new NewTask(row.getString(1), row.getString(2), row.getString(3)), summaryKey);
  }
}
