package org.safepassage.dashboard.internal;

import java.util.List;
import org.safepassage.engine.EngineTableIndexes;
import org.springframework.stereotype.Component;

/**
 * Indexes the dashboard's queries need on Camunda's tables (found with EXPLAIN at 10,000 and
 * 100,000 cases; see the README's dashboard figures). Overdue tasks and journeys opened in a
 * window use Tasklist's indexes on due date and on journeys by start time.
 */
@Component
class DashboardIndexes implements EngineTableIndexes {

  static final List<String> STATEMENTS = List.of(
      // Stages ended in a window (time in stage); open stages, only those rows, for the pipeline and the case list's filter.
      "create index if not exists sp_dash_stage_calls on %sACT_HI_ACTINST (ACT_TYPE_, PROC_DEF_KEY_, END_TIME_)",
      "create index if not exists sp_dash_open_stage on %sACT_HI_ACTINST (PROC_DEF_KEY_, ACT_TYPE_, PROC_INST_ID_, ACT_ID_)"
          + " where END_TIME_ is null",
      // Each open case's urgency, read from the index alone.
      "create index if not exists sp_dash_urgency on %sACT_RU_VARIABLE (EXECUTION_ID_, TEXT_) where NAME_ = 'urgency'",
      // Cases that entered a step in a window (visa stage, arrival, reception platform): the weekly flow.
      "create index if not exists sp_dash_step_started on %sACT_HI_ACTINST (ACT_ID_, START_TIME_)",
      // Journeys ended in a window.
      "create index if not exists sp_dash_journey_ended on %sACT_HI_PROCINST (PROC_DEF_KEY_, END_TIME_)",
      // Safety incidents and deadline tasks by their definition key and due date.
      "create index if not exists sp_dash_task_key_due on %sACT_RU_TASK (TASK_DEF_KEY_, DUE_DATE_)",
      // Stay limits coming up: only that variable's rows (short ISO dates) are indexed.
      "create index if not exists sp_dash_stay_limit on %sACT_RU_VARIABLE (TEXT_) where NAME_ = 'stayLimit'");

  @Override
  public List<String> statements() {
    return STATEMENTS;
  }
}
