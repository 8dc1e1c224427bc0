package org.safepassage.dashboard.internal;

import java.util.List;
import org.safepassage.engine.EngineTableIndexes;
import org.springframework.stereotype.Component;

/**
 * Indexes the dashboard's queries need on Camunda's tables (found with EXPLAIN at 10,000 and
 * 100,000 cases; see the README's dashboard figures), most of them covering, so that the
 * queries read indexes only. Journeys opened in a window use Tasklist's index on journeys by
 * start time.
 */
@Component
class DashboardIndexes implements EngineTableIndexes {

  static final List<String> STATEMENTS = List.of(
      // Time in stage: the journey's stages ended in a window, per stage, with their durations (index only).
      "drop index if exists %ssp_dash_stage_calls",
      "create index if not exists sp_dash_stage_ended on %sACT_HI_ACTINST (ACT_ID_, END_TIME_) include (DURATION_, ACT_NAME_)"
          + " where ACT_TYPE_ = 'callActivity' and PROC_DEF_KEY_ = 'journey'",
      // Open stages, only those rows: the case list's stage filter (the pipeline keeps its own counts).
      "create index if not exists sp_dash_open_stage on %sACT_HI_ACTINST (PROC_DEF_KEY_, ACT_TYPE_, PROC_INST_ID_, ACT_ID_)"
          + " where END_TIME_ is null",
      // Each open case's urgency, read from the index alone (the case list's urgency filter).
      "create index if not exists sp_dash_urgency on %sACT_RU_VARIABLE (EXECUTION_ID_, TEXT_) where NAME_ = 'urgency'",
      // Cases that entered a step in a window (visa stage, arrival, reception platform): the flow's days not rolled up yet.
      "create index if not exists sp_dash_step_started on %sACT_HI_ACTINST (ACT_ID_, START_TIME_)",
      // Journeys ended in a window.
      "create index if not exists sp_dash_journey_ended on %sACT_HI_PROCINST (PROC_DEF_KEY_, END_TIME_)",
      // Safety incidents and deadline tasks by their definition key and due date; incidents in the order listed.
      "create index if not exists sp_dash_task_key_due on %sACT_RU_TASK (TASK_DEF_KEY_, DUE_DATE_)",
      "create index if not exists sp_dash_task_key_created on %sACT_RU_TASK (TASK_DEF_KEY_, CREATE_TIME_, ID_)",
      // Overdue work counted per team and task from indexes alone: tasks by due date, their candidate teams.
      "create index if not exists sp_dash_task_due on %sACT_RU_TASK (DUE_DATE_) include (ID_, NAME_)",
      "create index if not exists sp_dash_candidate_team on %sACT_RU_IDENTITYLINK (TASK_ID_) include (GROUP_ID_)"
          + " where TYPE_ = 'candidate'",
      // A task's or a variable's case number and journey, from the index alone.
      "create index if not exists sp_dash_execution_case on %sACT_RU_EXECUTION (ID_) include (BUSINESS_KEY_, ROOT_PROC_INST_ID_)",
      // An incident's kind.
      "create index if not exists sp_dash_incident_kind on %sACT_RU_VARIABLE (EXECUTION_ID_) include (TEXT_)"
          + " where NAME_ = 'incidentKind'",
      // Stay limits coming up: only that variable's rows (short ISO dates), with their execution, stage
      // instance and process (the journey's copies are skipped): listed and counted from the index alone.
      "drop index if exists %ssp_dash_stay_limit",
      "drop index if exists %ssp_dash_stay_limit_due",
      "create index if not exists sp_dash_stay_limit_stage on %sACT_RU_VARIABLE (TEXT_)"
          + " include (EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_) where NAME_ = 'stayLimit'");

  @Override
  public List<String> statements() {
    return STATEMENTS;
  }
}
