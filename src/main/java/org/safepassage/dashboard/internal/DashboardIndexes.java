package org.safepassage.dashboard.internal;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the dashboard's queries need on Camunda's tables, which Camunda's own schema lacks
 * (found with EXPLAIN at 10,000 and 100,000 cases; see the README's dashboard figures). Not a
 * Flyway migration: Flyway runs before the engine creates its tables on a fresh database, so a
 * migration could not index them there. Created once when the app is ready, by the app's role
 * (which owns the ACT_* tables), on PostgreSQL only; the demo's H2 holds a few hundred cases.
 */
@Component
class DashboardIndexes {

  static final List<String> INDEXES = List.of(
      // Stages ended in a window (time in stage); open stages, only those rows, for the pipeline and the case list's filter.
      "create index if not exists sp_dash_stage_calls on %sACT_HI_ACTINST (ACT_TYPE_, PROC_DEF_KEY_, END_TIME_)",
      "create index if not exists sp_dash_open_stage on %sACT_HI_ACTINST (PROC_DEF_KEY_, ACT_TYPE_, PROC_INST_ID_, ACT_ID_)"
          + " where END_TIME_ is null",
      // Each open case's urgency, read from the index alone.
      "create index if not exists sp_dash_urgency on %sACT_RU_VARIABLE (EXECUTION_ID_, TEXT_) where NAME_ = 'urgency'",
      // Cases that entered a step in a window (visa stage, arrival, reception platform): the weekly flow.
      "create index if not exists sp_dash_step_started on %sACT_HI_ACTINST (ACT_ID_, START_TIME_)",
      // Journeys opened or ended in a window.
      "create index if not exists sp_dash_journey_started on %sACT_HI_PROCINST (PROC_DEF_KEY_, START_TIME_)",
      "create index if not exists sp_dash_journey_ended on %sACT_HI_PROCINST (PROC_DEF_KEY_, END_TIME_)",
      // Overdue tasks; safety incidents and deadline tasks by their definition key and due date.
      "create index if not exists sp_dash_task_due on %sACT_RU_TASK (DUE_DATE_)",
      "create index if not exists sp_dash_task_key_due on %sACT_RU_TASK (TASK_DEF_KEY_, DUE_DATE_)",
      // Stay limits coming up: only that variable's rows (short ISO dates) are indexed.
      "create index if not exists sp_dash_stay_limit on %sACT_RU_VARIABLE (TEXT_) where NAME_ = 'stayLimit'");

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;

  DashboardIndexes(ProcessEngine engine, JdbcTemplate jdbc) {
    this.engine = engine;
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationReadyEvent.class)
  void ensureIndexes() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (!"postgres".equals(configuration.getDatabaseType())) {
      return;
    }
    INDEXES.forEach(index -> jdbc.execute(index.formatted(configuration.getDatabaseTablePrefix())));
  }
}
