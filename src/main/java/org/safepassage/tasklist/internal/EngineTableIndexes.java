package org.safepassage.tasklist.internal;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes on the engine's own tables for the lists staff open most, so that PostgreSQL reads a
 * page in the list's order and stops there instead of sorting every row (the query plans are in
 * the README, "At 100,000 cases"). They are created here, right after the engine has created or
 * updated its schema, and not by a Flyway migration: Flyway runs before the engine, so on a new
 * database the tables do not exist yet. The app's role owns the engine's tables (it creates
 * them), so it may add indexes to them; {@code if not exists} makes every later start a no-op.
 */
@Component
class EngineTableIndexes extends AbstractProcessEnginePlugin {

  static final List<String> INDEXES = List.of(
      // Every Tasklist filter sorts by due date, then Tasklist's own "created, newest first".
      "create index if not exists ACT_IDX_TASK_DUE_CREATED on ACT_RU_TASK (DUE_DATE_, CREATE_TIME_ desc)",
      // The notice round's scan for tasks past their follow-up date (the overdue scan uses the one above).
      "create index if not exists ACT_IDX_TASK_FOLLOW_UP on ACT_RU_TASK (FOLLOW_UP_DATE_)",
      // The managers' case list: the newest journeys, a page at a time (CaseStories.latestCases).
      "create index if not exists ACT_IDX_HI_PRO_INST_KEY_START on ACT_HI_PROCINST (PROC_DEF_KEY_, START_TIME_ desc, ID_ desc)");

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    JdbcTemplate jdbc = new JdbcTemplate(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource());
    INDEXES.forEach(jdbc::execute);
  }
}
