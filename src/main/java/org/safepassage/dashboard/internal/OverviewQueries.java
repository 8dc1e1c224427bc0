package org.safepassage.dashboard.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safepassage.arrival.ArrivalProcess;
import org.safepassage.dashboard.JourneyOverview;
import org.safepassage.dashboard.JourneyOverview.Count;
import org.safepassage.dashboard.JourneyOverview.Deadline;
import org.safepassage.dashboard.JourneyOverview.Exit;
import org.safepassage.dashboard.JourneyOverview.FlowWeek;
import org.safepassage.dashboard.JourneyOverview.Listed;
import org.safepassage.dashboard.JourneyOverview.OpenIncident;
import org.safepassage.dashboard.JourneyOverview.Overdue;
import org.safepassage.dashboard.JourneyOverview.OverdueTask;
import org.safepassage.dashboard.JourneyOverview.PipelineCell;
import org.safepassage.dashboard.JourneyOverview.StageTime;
import org.safepassage.journey.JourneyProcess;
import org.safepassage.visa.ConsularVisaProcess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's figures, each one SQL statement over Camunda's runtime and history tables: the
 * database counts, groups and takes percentiles; Java only shapes the few result rows. Written in
 * SQL that both PostgreSQL and the demo's H2 accept ({@code percentile_cont ... within group} is
 * in both). Camunda stores its timestamps in the JVM's zone, so instants go in and come out as
 * local date-times of that zone.
 */
@Repository
class OverviewQueries {

  static final int WEEKS = 12;

  /** One count of the flow: on a day, a kind of step (0-5), for exits the end event's name and reason code. */
  record Happened(LocalDate day, int kind, String exitName, String reason, long cases) {}

  static final DayRollUps.Figure<Happened> FLOW = new DayRollUps.Figure<>("flow", "dashboard_flow_day",
      List.of("kind", "exit_name", "reason", "cases"),
      (rs, row) -> new Happened(rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5)),
      Happened::day, happened -> Arrays.asList(happened.kind(), happened.exitName(), happened.reason(), happened.cases()), false);
  static final Duration DEADLINE_HORIZON = Duration.ofDays(7);
  /** The longest list the dashboard shows (incidents, overdue tasks, deadlines); counts cover all. */
  static final int LISTED = 200;

  /** Tasks that carry a legal clock in their due date. */
  static final List<String> DEADLINE_TASKS = List.of(
      ArrivalProcess.FILE_ASYLUM_APPLICATION, ConsularVisaProcess.DECIDE_ON_APPEAL, ArrivalProcess.HANDLE_CNDA_APPEAL);

  private static final ZoneId ZONE = ZoneId.systemDefault();

  private final JdbcTemplate jdbc;
  private final DashboardReads reads;
  private final PipelineCounts pipelineCounts;
  private final DayRollUps rollUps;
  private final StageTimes stageTimes;

  OverviewQueries(JdbcTemplate jdbc, DashboardReads reads, PipelineCounts pipelineCounts, DayRollUps rollUps,
      StageTimes stageTimes) {
    this.jdbc = jdbc;
    this.reads = reads;
    this.pipelineCounts = pipelineCounts;
    this.rollUps = rollUps;
    this.stageTimes = stageTimes;
  }

  JourneyOverview overview(Instant now) {
    return reads.read(() -> new JourneyOverview(now, pipeline(), flow(now), timeInStage(now), incidents(), overdue(now),
        deadlines(now)));
  }

  /** Open cases per stage and urgency, as the journey's stages count them (see {@link PipelineCounts}). */
  List<PipelineCell> pipeline() {
    return pipelineCounts.cells();
  }

  /**
   * The last 12 ISO weeks, this one included: per day, how many cases were opened, entered the
   * visa stage (approved in vetting), entered arrival (visa granted), reached the reception
   * platform (arrived), ended protected, or ended otherwise (by end event and reason code). Days
   * that are over come from their roll-up ({@link DayRollUps}), the others from history.
   */
  List<FlowWeek> flow(Instant now) {
    return reads.read(() -> {
      LocalDate thisMonday = LocalDate.ofInstant(now, ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      LocalDate first = thisMonday.minusWeeks(WEEKS - 1);
      Map<LocalDate, long[]> steps = new LinkedHashMap<>();
      Map<LocalDate, List<Exit>> exits = new LinkedHashMap<>();
      for (int week = 0; week < WEEKS; week++) {
        steps.put(first.plusWeeks(week), new long[5]);
        exits.put(first.plusWeeks(week), new ArrayList<>());
      }
      LocalDate engineToday = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
      for (Happened happened : rollUps.between(FLOW, first, thisMonday.plusWeeks(1), engineToday, this::happened)) {
        LocalDate monday = happened.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (happened.kind() < 5) {
          steps.get(monday)[happened.kind()] += happened.cases();
        } else {
          exits.get(monday).add(new Exit(happened.exitName(), happened.reason(), happened.cases()));
        }
      }
      return steps.entrySet().stream().map(week -> {
        long[] n = week.getValue();
        return new FlowWeek(isoWeek(week.getKey()), week.getKey(), n[0], n[1], n[2], n[3], n[4], merged(exits.get(week.getKey())));
      }).toList();
    });
  }

  /** What happened from day {@code first} to day {@code end} (exclusive), counted from history per day. */
  private List<Happened> happened(LocalDate first, LocalDate end) {
    Timestamp from = Timestamp.valueOf(first.atStartOfDay());
    Timestamp to = Timestamp.valueOf(end.atStartOfDay());
    return jdbc.query("""
        select kind, exit_name, reason, on_day, count(*) as cases from (
          select 0 as kind, cast(null as varchar(255)) as exit_name, cast(null as varchar(4000)) as reason,
                 cast(start_time_ as date) as on_day
          from act_hi_procinst where proc_def_key_ = ? and start_time_ >= ? and start_time_ < ?
          union all
          select case when act_id_ = ? then 1 else 2 end, null, null, cast(start_time_ as date)
          from act_hi_actinst where proc_def_key_ = ? and act_id_ in (?, ?) and start_time_ >= ? and start_time_ < ?
          union all
          select 3, null, null, cast(start_time_ as date)
          from act_hi_actinst where proc_def_key_ = ? and act_id_ = ? and start_time_ >= ? and start_time_ < ?
          union all
          select 4, null, null, cast(end_time_ as date)
          from act_hi_procinst where proc_def_key_ = ? and end_act_id_ = ? and end_time_ >= ? and end_time_ < ?
          union all
          select 5, e.act_name_, r.text_, cast(p.end_time_ as date)
          from act_hi_procinst p
          left join act_hi_actinst e on e.proc_inst_id_ = p.id_ and e.act_id_ = p.end_act_id_
          left join act_hi_varinst r on r.proc_inst_id_ = p.id_ and r.name_ = ?
          where p.proc_def_key_ = ? and (p.end_act_id_ is null or p.end_act_id_ <> ?) and p.end_time_ >= ? and p.end_time_ < ?
        ) happened
        group by kind, exit_name, reason, on_day""",
        (rs, row) -> new Happened(rs.getDate("on_day").toLocalDate(), rs.getInt("kind"), rs.getString("exit_name"),
            rs.getString("reason"), rs.getLong("cases")),
        JourneyProcess.KEY, from, to,
        JourneyProcess.CONSULAR_VISA, JourneyProcess.KEY, JourneyProcess.CONSULAR_VISA, JourneyProcess.ARRIVAL, from, to,
        ArrivalProcess.KEY, ArrivalProcess.RECEIVE_AT_RECEPTION_PLATFORM, from, to,
        JourneyProcess.KEY, JourneyProcess.PERSON_PROTECTED, from, to,
        JourneyProcess.CLOSURE_REASON, JourneyProcess.KEY, JourneyProcess.PERSON_PROTECTED, from, to);
  }

  /** Median and 90th percentile days per stage, over the stages that ended in the last 90 days (see {@link StageTimes}). */
  List<StageTime> timeInStage(Instant now) {
    return reads.read(() -> stageTimes.asOf(now));
  }

  /** Safety incidents nobody has answered yet: legal's open "Respond to safety incident" tasks, the oldest first. */
  Listed<OpenIncident> incidents() {
    return reads.read(() -> {
      List<OpenIncident> first = jdbc.query("""
          select e.business_key_ as case_number, k.text_ as kind, t.create_time_, t.due_date_, t.id_ as task_id,
                 e.root_proc_inst_id_ as journey_id
          from act_ru_task t
          join act_ru_execution e on e.id_ = t.proc_inst_id_
          left join act_ru_variable k on k.execution_id_ = t.proc_inst_id_ and k.name_ = ?
          where t.task_def_key_ = ?
          order by t.create_time_, t.id_
          fetch first %d rows only""".formatted(LISTED),
          (rs, row) -> new OpenIncident(rs.getString("case_number"), rs.getString("kind"), instant(rs.getTimestamp("create_time_")),
              instant(rs.getTimestamp("due_date_")), rs.getString("task_id"), rs.getString("journey_id")),
          JourneyProcess.INCIDENT_KIND, JourneyProcess.RESPOND_TO_SAFETY_INCIDENT);
      long total = first.size() < LISTED ? first.size() : jdbc.queryForObject(
          "select count(*) from act_ru_task where task_def_key_ = ?", Long.class, JourneyProcess.RESPOND_TO_SAFETY_INCIDENT);
      return new Listed<>(total, first);
    });
  }

  /** Open human tasks past their due date: counts by team and by task, and the list, safety incidents first. */
  Overdue overdue(Instant now) {
    return reads.read(() -> {
      Timestamp at = local(now);
      List<Object[]> groups = jdbc.query("""
          select l.group_id_ as team, t.name_ as task, count(*) as tasks
          from act_ru_task t
          left join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ is not null
          where t.due_date_ < ?
          group by l.group_id_, t.name_""",
          (rs, row) -> new Object[] {rs.getString("team"), rs.getString("task"), rs.getLong("tasks")}, at);
      // Incidents first, then the rest; each the oldest due first, read in due-date order from an index.
      List<OverdueTask> tasks = new ArrayList<>(overdueTasks("t.task_def_key_ = ?", at));
      if (tasks.size() < LISTED) {
        List<OverdueTask> others = overdueTasks("t.task_def_key_ <> ?", at);
        tasks.addAll(others.subList(0, Math.min(LISTED - tasks.size(), others.size())));
      }
      Map<String, Long> byTeam = new LinkedHashMap<>();
      Map<String, Long> byTask = new LinkedHashMap<>();
      for (Object[] group : groups) {
        byTeam.merge(group[0] == null ? "(no team)" : (String) group[0], (Long) group[2], Long::sum);
        byTask.merge((String) group[1], (Long) group[2], Long::sum);
      }
      // A task offered to two teams counts once in the total and once for each team.
      long total = jdbc.queryForObject("select count(*) from act_ru_task where due_date_ < ?", Long.class, at);
      return new Overdue(total, counts(byTeam), counts(byTask), tasks);
    });
  }

  /** The oldest 200 overdue tasks that match {@code which} (on the safety incident's key), with case and team. */
  private List<OverdueTask> overdueTasks(String which, Timestamp at) {
    return jdbc.query("""
        select e.business_key_ as case_number, t.name_ as task, t.due_date_, t.task_def_key_, t.id_ as task_id,
               e.root_proc_inst_id_ as journey_id,
               (select min(l.group_id_) from act_ru_identitylink l
                where l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ is not null) as team
        from act_ru_task t
        join act_ru_execution e on e.id_ = t.proc_inst_id_
        where t.due_date_ < ? and %s
        order by t.due_date_, t.id_
        fetch first %d rows only""".formatted(which, LISTED),
        (rs, row) -> new OverdueTask(rs.getString("case_number"), rs.getString("task"), rs.getString("team"),
            instant(rs.getTimestamp("due_date_")), JourneyProcess.RESPOND_TO_SAFETY_INCIDENT.equals(rs.getString("task_def_key_")),
            rs.getString("task_id"), rs.getString("journey_id")),
        at, JourneyProcess.RESPOND_TO_SAFETY_INCIDENT);
  }

  /**
   * Legal clocks running out from now to 7 days ahead: deadline tasks' due dates, and the stay
   * limits cases in the visa or arrival stage carry (the stage's own {@code stayLimit}; the
   * journey's copy of it, handed on between stages, is not counted twice); the soonest 200, and
   * how many in all. Each part picks its soonest 200 from an index before it looks up their case
   * numbers, and counts from the index alone.
   */
  Listed<Deadline> deadlines(Instant now) {
    return reads.read(() -> {
      Object[] window = {DEADLINE_TASKS.get(0), DEADLINE_TASKS.get(1), DEADLINE_TASKS.get(2), local(now), local(now.plus(DEADLINE_HORIZON))};
      List<Deadline> deadlines = new ArrayList<>(jdbc.query("""
          select t.task_def_key_ as kind, t.name_ as what, e.business_key_ as case_number, t.due_date_,
                 e.root_proc_inst_id_ as journey_id
          from (select task_def_key_, name_, due_date_, proc_inst_id_ from act_ru_task
                where task_def_key_ in (?, ?, ?) and due_date_ >= ? and due_date_ < ?
                order by due_date_, id_ fetch first %d rows only) t
          join act_ru_execution e on e.id_ = t.proc_inst_id_""".formatted(LISTED),
          (rs, row) -> new Deadline(rs.getString("kind"), rs.getString("what"), rs.getString("case_number"),
              rs.getTimestamp("due_date_").toLocalDateTime().toLocalDate(), rs.getString("journey_id")),
          window));
      long tasks = deadlines.size() < LISTED ? deadlines.size() : jdbc.queryForObject(
          "select count(*) from act_ru_task t where t.task_def_key_ in (?, ?, ?) and t.due_date_ >= ? and t.due_date_ < ?",
          Long.class, window);
      LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
      Object[] days = {JourneyProcess.KEY + ":%", today.toString(), today.plusDays(DEADLINE_HORIZON.toDays()).toString()};
      String stageStayLimits = "from act_ru_variable where name_ = '%s' and proc_def_id_ not like ? and text_ >= ? and text_ <= ?"
          .formatted(ArrivalProcess.STAY_LIMIT);
      List<Deadline> stayLimits = jdbc.query("""
          select e.business_key_ as case_number, v.text_ as stay_limit, e.root_proc_inst_id_ as journey_id
          from (select execution_id_, text_ %s order by text_, execution_id_ fetch first %d rows only) v
          join act_ru_execution e on e.id_ = v.execution_id_""".formatted(stageStayLimits, LISTED),
          (rs, row) -> new Deadline(ArrivalProcess.STAY_LIMIT, "Last day of legal stay", rs.getString("case_number"),
              LocalDate.parse(rs.getString("stay_limit")), rs.getString("journey_id")),
          days);
      long cases = stayLimits.size() < LISTED ? stayLimits.size()
          : jdbc.queryForObject("select count(distinct proc_inst_id_) " + stageStayLimits, Long.class, days);
      deadlines.addAll(stayLimits);
      deadlines.sort(Comparator.comparing(Deadline::due).thenComparing(Deadline::caseNumber));
      return new Listed<>(tasks + cases, List.copyOf(deadlines.subList(0, Math.min(LISTED, deadlines.size()))));
    });
  }

  static String isoWeek(LocalDate day) {
    return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static List<Exit> merged(List<Exit> exits) {
    Map<List<String>, Long> byReason = new LinkedHashMap<>();
    exits.forEach(exit -> byReason.merge(Arrays.asList(exit.exit(), exit.reason()), exit.cases(), Long::sum));
    return byReason.entrySet().stream().map(entry -> new Exit(entry.getKey().get(0), entry.getKey().get(1), entry.getValue()))
        .sorted(Comparator.comparing(Exit::cases).reversed()).toList();
  }

  private static List<Count> counts(Map<String, Long> counts) {
    return counts.entrySet().stream().map(entry -> new Count(entry.getKey(), entry.getValue()))
        .sorted(Comparator.comparing(Count::count).reversed().thenComparing(Count::name)).toList();
  }

  static Timestamp local(Instant instant) {
    return Timestamp.from(instant);
  }

  private static Instant instant(Timestamp timestamp) throws SQLException {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
