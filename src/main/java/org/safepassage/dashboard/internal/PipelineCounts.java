package org.safepassage.dashboard.internal;

import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.safepassage.dashboard.JourneyOverview.PipelineCell;
import org.safepassage.engine.CallActivityHook;
import org.safepassage.firstcontact.FirstContactProcess;
import org.safepassage.journey.JourneyProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Open cases per stage and urgency, kept as the journey moves rather than counted over every open
 * case: when one of the journey's stage call activities starts, the journey is recorded in that
 * stage at its urgency and a +1 row is written for the pair; when it ends (completed, cancelled,
 * closed, deleted) the row goes and a -1 is written for the pair it was counted under. Both in the
 * engine's transaction, so the figure is exact. The journey's urgency only changes when first
 * contact hands it back (its output mapping, before the call activity ends), and the -1 goes to
 * the urgency the journey was counted under, so the count follows it.
 *
 * <p>The pipeline sums the delta rows; once there are more than {@link #FOLD_AT} of them the read
 * folds them into one row per pair, in a repeatable-read transaction that deletes only the rows it
 * summed, so concurrent journeys lose nothing (a fold that collides with another gives way).
 */
@Component
class PipelineCounts implements CallActivityHook {

  static final String NONE = "none";
  static final int FOLD_AT = 2_000;

  private static final Logger log = LoggerFactory.getLogger(PipelineCounts.class);
  /**
   * The journeys' open stages not counted yet, found from the open-stage index alone (sp_dash_open_stage:
   * at 100,000 open journeys, reading their history rows for the stage name took 10 s on a cold start),
   * then each one's row for its name and its urgency ({@code offset 0 rows} keeps PostgreSQL from
   * merging the two reads of the table back into one that visits every row).
   */
  private static final String OPEN_STAGES = """
      from (select n.proc_inst_id_, n.act_id_ from act_hi_actinst n
            where n.proc_def_key_ = '%2$s' and n.act_type_ = 'callActivity' and n.end_time_ is null
              and not exists (select 1 from dashboard_open_stage o where o.journey_id = n.proc_inst_id_ and o.stage = n.act_id_)
            offset 0 rows) uncounted
      join act_hi_actinst a on a.proc_inst_id_ = uncounted.proc_inst_id_ and a.act_id_ = uncounted.act_id_
        and a.end_time_ is null and a.act_type_ = 'callActivity'
      left join act_ru_variable u on u.execution_id_ = a.proc_inst_id_ and u.name_ = '%1$s'"""
      .formatted(FirstContactProcess.URGENCY, JourneyProcess.KEY);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate snapshot;

  PipelineCounts(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.snapshot = new TransactionTemplate(transactions);
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void started(String processKey, String activityId, DelegateExecution execution) {
    if (!JourneyProcess.KEY.equals(processKey)) {
      return;
    }
    Object urgency = execution.getVariable(FirstContactProcess.URGENCY);
    String counted = urgency == null ? NONE : urgency.toString();
    jdbc.update("insert into dashboard_open_stage (journey_id, stage, urgency) values (?, ?, ?)",
        execution.getProcessInstanceId(), activityId, counted);
    jdbc.update("insert into dashboard_stage_delta (stage, stage_name, urgency, delta) values (?, ?, ?, 1)",
        activityId, execution.getCurrentActivityName(), counted);
  }

  @Override
  public void ended(String processKey, String activityId, DelegateExecution execution) {
    if (!JourneyProcess.KEY.equals(processKey)) {
      return;
    }
    List<String> counted = jdbc.queryForList("select urgency from dashboard_open_stage where journey_id = ? and stage = ?",
        String.class, execution.getProcessInstanceId(), activityId);
    if (counted.isEmpty()) {
      return;
    }
    jdbc.update("delete from dashboard_open_stage where journey_id = ? and stage = ?", execution.getProcessInstanceId(), activityId);
    jdbc.update("insert into dashboard_stage_delta (stage, stage_name, urgency, delta) values (?, ?, ?, -1)",
        activityId, execution.getCurrentActivityName(), counted.get(0));
  }

  /** The pipeline: the deltas summed per stage and urgency (folded first if they have piled up). */
  List<PipelineCell> cells() {
    long[] rows = {0};
    List<PipelineCell> cells = jdbc.query("""
        select stage, max(stage_name) as stage_name, urgency, sum(delta) as cases, count(*) as delta_rows
        from dashboard_stage_delta group by stage, urgency""",
        (rs, row) -> {
          rows[0] += rs.getLong("delta_rows");
          return new PipelineCell(rs.getString("stage"), rs.getString("stage_name"), rs.getString("urgency"), rs.getLong("cases"));
        });
    if (rows[0] > FOLD_AT) {
      fold();
    }
    return cells.stream().filter(cell -> cell.cases() != 0)
        .sorted(Comparator.comparing((PipelineCell cell) -> JourneyProcess.STAGES.indexOf(cell.stage()))
            .thenComparing(PipelineCell::urgency)).toList();
  }

  /** Replaces the delta rows by one per stage and urgency. */
  void fold() {
    try {
      snapshot.executeWithoutResult(status -> {
        Long last = jdbc.queryForObject("select max(id) from dashboard_stage_delta", Long.class);
        if (last == null) {
          return;
        }
        List<Object[]> sums = jdbc.query("""
            select stage, max(stage_name) as stage_name, urgency, sum(delta) as cases from dashboard_stage_delta
            where id <= ? group by stage, urgency""",
            (rs, row) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)}, last);
        jdbc.update("delete from dashboard_stage_delta where id <= ?", last);
        jdbc.batchUpdate("insert into dashboard_stage_delta (stage, stage_name, urgency, delta) values (?, ?, ?, ?)",
            sums.stream().filter(sum -> (Long) sum[3] != 0).toList());
      });
    } catch (DataAccessException collided) {
      log.debug("Pipeline fold gave way to a concurrent one", collided);
    }
  }

  /**
   * Counts the journeys that are in a stage but not counted yet: those open before these counts
   * existed (or written around the engine). One repeatable-read snapshot, so the deltas and the
   * rows are the same set; a journey moving meanwhile makes it give way until the next start.
   */
  @EventListener(ApplicationReadyEvent.class)
  void countUncountedJourneys() {
    try {
      snapshot.executeWithoutResult(status -> {
        jdbc.update("insert into dashboard_stage_delta (stage, stage_name, urgency, delta)"
            + " select a.act_id_, max(a.act_name_), coalesce(u.text_, '" + NONE + "'), count(*) " + OPEN_STAGES
            + " group by a.act_id_, coalesce(u.text_, '" + NONE + "')");
        jdbc.update("insert into dashboard_open_stage (journey_id, stage, urgency)"
            + " select a.proc_inst_id_, a.act_id_, coalesce(u.text_, '" + NONE + "') " + OPEN_STAGES);
      });
    } catch (DataAccessException collided) {
      log.warn("Open journeys not counted in the pipeline yet: {}", collided.getMessage());
    }
  }
}
