package org.safepassage.dashboard.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safepassage.journey.JourneyProcess;
import org.safepassage.security.StaffGroup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's main figures for Prometheus: open cases per stage and urgency, overdue tasks per
 * team, mails by outcome. Labels are stage ids, urgencies, team ids and outcomes: never a case
 * number or anything personal. A scrape reads a snapshot at most {@link #MAX_AGE} old, so
 * scrapers at any rate cost three grouped queries per half minute.
 */
@Component
class DashboardMetrics {

  static final Duration MAX_AGE = Duration.ofSeconds(30);
  private static final List<String> URGENCIES = List.of("P0", "P1", "P2", "none");
  private static final List<String> MAIL_OUTCOMES = List.of("sent", "not-needed", "waiting", "failed");

  private final OverviewQueries queries;
  private final JdbcTemplate jdbc;
  private Snapshot snapshot;

  /** One reading of all gauges. */
  record Snapshot(Instant at, Map<String, Long> openCases, Map<String, Long> overdueByTeam, Map<String, Long> mails) {}

  DashboardMetrics(OverviewQueries queries, JdbcTemplate jdbc, MeterRegistry registry) {
    this.queries = queries;
    this.jdbc = jdbc;
    for (String stage : JourneyProcess.STAGES) {
      String label = stage.replace("CallActivity_", "");
      for (String urgency : URGENCIES) {
        Gauge.builder("safepassage.cases.open", this, metrics -> metrics.current().openCases().getOrDefault(stage + "/" + urgency, 0L))
            .description("Open cases in a stage of the journey, by urgency").tag("stage", label).tag("urgency", urgency)
            .register(registry);
      }
    }
    for (StaffGroup team : StaffGroup.values()) {
      Gauge.builder("safepassage.tasks.overdue", this, metrics -> metrics.current().overdueByTeam().getOrDefault(team.id(), 0L))
          .description("Open tasks past their due date, by the team they are offered to").tag("team", team.id())
          .register(registry);
    }
    for (String outcome : MAIL_OUTCOMES) {
      Gauge.builder("safepassage.mails", this, metrics -> metrics.current().mails().getOrDefault(outcome, 0L))
          .description("Mails decided, by outcome: sent, not needed, waiting to be sent, failed (retries used up)")
          .tag("outcome", outcome).register(registry);
    }
  }

  synchronized Snapshot current() {
    Instant now = Instant.now();
    if (snapshot == null || snapshot.at().plus(MAX_AGE).isBefore(now)) {
      snapshot = read(now);
    }
    return snapshot;
  }

  private Snapshot read(Instant now) {
    Map<String, Long> open = new HashMap<>();
    queries.pipeline().forEach(cell -> open.merge(cell.stage() + "/" + cell.urgency(), cell.cases(), Long::sum));
    Map<String, Long> overdue = new HashMap<>();
    queries.overdue(ClockUtil.getCurrentTime().toInstant()).byTeam().forEach(count -> overdue.put(count.name(), count.count()));
    Map<String, Long> mails = new HashMap<>();
    jdbc.query("select coalesce(outcome, 'waiting') as outcome, count(*) as mails from mail_record group by coalesce(outcome, 'waiting')",
        (java.sql.ResultSet rs) -> {
          mails.put(rs.getString("outcome"), rs.getLong("mails"));
        });
    // A mail whose send step used up its retries shows as an incident on that step (notices.bpmn).
    mails.put("failed", jdbc.queryForObject(
        "select count(*) from act_ru_incident i join act_re_procdef d on d.id_ = i.proc_def_id_ where d.key_ = 'notices' and i.activity_id_ = 'Task_SendMail'", Long.class));
    return new Snapshot(now, open, overdue, mails);
  }
}
