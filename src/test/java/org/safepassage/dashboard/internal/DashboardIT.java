package org.safepassage.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safepassage.dashboard.JourneyOverview;
import org.safepassage.dashboard.JourneyOverview.FlowWeek;
import org.safepassage.dashboard.JourneyOverview.Listed;
import org.safepassage.dashboard.JourneyOverview.StageTime;
import org.safepassage.dashboard.AgingJourney;
import org.safepassage.dashboard.AgingJourney.Life;
import org.safepassage.support.BrowserSession;
import org.safepassage.support.EngineClock;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffApi.Demo;
import org.safepassage.vault.CaseVault;
import org.safepassage.vault.PersonalDetails;
import org.safepassage.vault.PersonalField;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's figures on a known set of six cases, lived in the past (a moment of its own per
 * run, decades back, so that no other test's cases fall into its windows), and who may see them.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIT {

  /** A Monday noon decades ago: "now" for the figures. */
  private static final Instant NOW = LocalDate.of(1975, 1, 6).plusWeeks(ThreadLocalRandom.current().nextInt(0, 2000))
      .atTime(12, 0).toInstant(ZoneOffset.UTC);
  private static final String METRICS_TOKEN = "test-metrics-token-not-secret";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired AgingJourney agingJourney;
  @Autowired OverviewQueries queries;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseVault vault;
  @Autowired DayRollUps rollUps;
  @Autowired PipelineCounts pipelineCounts;

  private final Map<String, String> cases = new HashMap<>();
  private List<JourneyOverview.PipelineCell> pipelineBefore;

  @BeforeAll
  void liveSixCases() {
    pipelineBefore = queries.pipeline();
    place("A", life("P0", List.of(10), null, null, null, null, null, "DETAINED"));
    place("B", life("P1", List.of(20, 18), null, null, null, null, null, null));
    place("C", life("P2", List.of(30, 26, 16), null, null, null, day(3), null, null));
    place("D", life("P1", List.of(60, 54, 40, 20), 17, null, null, null, day(-16), null));
    place("E", life("P2", List.of(80, 72, 52, 30), 25, 5, null, null, null, null));
    place("F", life("P2", List.of(40, 39), null, 3, "WITHDRAWN", null, null, null));
  }

  @AfterAll
  void forgetThem() {
    cases.values().forEach(number -> {
      runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).list().stream()
          .filter(instance -> instance.getRootProcessInstanceId().equals(instance.getId()))
          .forEach(journey -> runtimeService.deleteProcessInstance(journey.getId(), "test over"));
      List<String> history = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).list()
          .stream().map(instance -> instance.getId()).toList();
      if (!history.isEmpty()) {
        historyService.deleteHistoricProcessInstancesBulk(history);
      }
    });
    // Their history is gone: so are the dashboard's roll-ups of the days they lived in.
    rollUps.forget(LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(1000), LocalDate.ofInstant(NOW, ZoneOffset.UTC).plusDays(30));
  }

  @Test
  void timeInStageIsTheMedianAndNinetiethPercentileOfStagesFinishedInNinetyDays() {
    // Read twice: first from history (rolling up the window's whole days), then from the roll-up.
    for (int read = 0; read < 2; read++) {
      assertThat(queries.timeInStage(NOW)).as("read %d", read + 1)
          .extracting(StageTime::stageName, StageTime::finished, StageTime::medianDays, StageTime::p90Days)
          .containsExactly(
              tuple("First contact", 5L, 4.0, 7.2),   // 1, 2, 4, 6, 8 days
              tuple("Vetting", 4L, 17.0, 31.2),       // 10, 14, 20, 36 (closed while in vetting)
              tuple("Consular visa", 2L, 21.0, 21.8), // 20, 22
              tuple("Arrival", 1L, 25.0, 25.0));
    }
    // The 89 whole days between the window's ends are kept; the ends themselves are parts of days.
    LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    assertThat(jdbc.queryForObject("select count(*) from dashboard_day_done where figure = 'timeInStage' and on_day >= ? and on_day < ?",
        Long.class, today.minusDays(89), today)).isEqualTo(89L);
    assertThat(jdbc.queryForObject("select coalesce(sum(cases), 0) from dashboard_stage_time_day where on_day >= ? and on_day < ?",
        Long.class, today.minusDays(89), today)).as("stages ended on those days").isEqualTo(12L);
  }

  @Test
  void placingALivedCaseLeavesTheEngineClockAloneAndBackDatesItsHistory() throws Exception {
    // Two years before NOW, closed in vetting: outside every window the other tests look at.
    Instant opened = NOW.minus(Duration.ofDays(800));
    Life life = new Life("P1", List.of(opened, opened.plus(Duration.ofDays(3))), Optional.empty(),
        Optional.of(opened.plus(Duration.ofDays(40))), Optional.of("WITHDRAWN"), Optional.empty(), Optional.empty(),
        Optional.empty());
    assertThat(EngineClock.furthestMoveDuring(() -> place("G", life))).as("the engine clock moved by (ms)").isLessThan(1_000);
    String journey = jdbc.queryForObject("select id_ from act_hi_procinst where business_key_ = ? and super_process_instance_id_ is null",
        String.class, cases.get("G"));
    // Each step's rows keep the milliseconds the engine took within the step.
    Map<String, Object> journeyRow = jdbc.queryForList("select start_time_, end_time_ from act_hi_procinst where id_ = ?", journey).get(0);
    assertThat(((Timestamp) journeyRow.get("start_time_")).toInstant()).isCloseTo(opened, within(1, ChronoUnit.SECONDS));
    assertThat(((Timestamp) journeyRow.get("end_time_")).toInstant()).isCloseTo(opened.plus(Duration.ofDays(40)), within(1, ChronoUnit.SECONDS));
    List<Map<String, Object>> stages = jdbc.queryForList("select act_id_, start_time_, end_time_, duration_ from act_hi_actinst"
        + " where proc_inst_id_ = ? and act_type_ = 'callActivity' order by start_time_", journey);
    assertThat(stages).extracting(row -> row.get("act_id_")).containsExactly("CallActivity_FirstContact", "CallActivity_Vetting");
    assertThat(((Timestamp) stages.get(1).get("start_time_")).toInstant())
        .isCloseTo(opened.plus(Duration.ofDays(3)), within(1, ChronoUnit.SECONDS));
    assertThat(((Timestamp) stages.get(1).get("end_time_")).toInstant())
        .isCloseTo(opened.plus(Duration.ofDays(40)), within(1, ChronoUnit.SECONDS));
    assertThat((Long) stages.get(0).get("duration_")).isCloseTo(Duration.ofDays(3).toMillis(), Offset.offset(1_000L));
    assertThat((Long) stages.get(1).get("duration_")).isCloseTo(Duration.ofDays(37).toMillis(), Offset.offset(1_000L));
    // History cleanup (nightly, 01:00-05:00) removes history past its removal time: a life that
    // ended decades back keeps the removal time of its real end, so cleanup leaves it to the test.
    assertThat(jdbc.queryForObject("select min(removal_time_) from act_hi_actinst where root_proc_inst_id_ = ?", Timestamp.class,
        journey).toInstant()).isAfter(Instant.now());
    // The figures read that history: the vetting it finished counts in the time in stage of its day.
    assertThat(queries.timeInStage(opened.plus(Duration.ofDays(41))))
        .filteredOn(time -> time.stage().equals("CallActivity_Vetting")).isNotEmpty()
        .allSatisfy(time -> assertThat(time.finished()).isPositive());
  }

  @Test
  void theWeeklyFlowCountsEachStepInItsIsoWeek() {
    List<FlowWeek> flow = queries.flow(NOW);
    assertThat(flow).hasSize(12);
    assertThat(flow.get(11).from()).isEqualTo(LocalDate.ofInstant(NOW, ZoneOffset.UTC));
    assertThat(flow.stream().mapToLong(FlowWeek::opened).sum()).isEqualTo(5);          // E opened 80 days back, before the window
    assertThat(flow.stream().mapToLong(FlowWeek::approvedInVetting).sum()).isEqualTo(3); // C, D, E
    assertThat(flow.stream().mapToLong(FlowWeek::visaGranted).sum()).isEqualTo(2);       // D, E
    assertThat(flow.stream().mapToLong(FlowWeek::arrived).sum()).isEqualTo(2);
    assertThat(flow.stream().mapToLong(FlowWeek::protectedCount).sum()).isEqualTo(1);
    assertThat(flow.get(10).week()).isEqualTo(OverviewQueries.isoWeek(LocalDate.ofInstant(NOW.minus(Duration.ofDays(3)), ZoneOffset.UTC)));
    assertThat(flow.get(10).exits()).extracting(JourneyOverview.Exit::exit, JourneyOverview.Exit::reason, JourneyOverview.Exit::cases)
        .containsExactly(tuple("Case closure", "WITHDRAWN", 1L));
    assertThat(flow.get(10).protectedCount()).isEqualTo(1);                             // E, the Wednesday before NOW's Monday
  }

  @Test
  void openCasesAreCountedPerStageAndUrgency() {
    Map<String, Long> added = new HashMap<>();
    queries.pipeline().forEach(cell -> added.merge(cell.stageName() + " " + cell.urgency(), cell.cases(), Long::sum));
    pipelineBefore.forEach(cell -> added.merge(cell.stageName() + " " + cell.urgency(), -cell.cases(), Long::sum));
    added.values().removeIf(count -> count == 0);
    assertThat(added).containsExactlyInAnyOrderEntriesOf(Map.of(
        "First contact P0", 1L, "Vetting P1", 1L, "Consular visa P2", 1L, "Arrival P1", 1L));
  }

  @Test
  void aJourneyInAStageBeforeThePipelineCountedItIsCountedAtStart() {
    Map<String, Long> before = pipelineByStageAndUrgency();
    Map<String, Object> counted = jdbc.queryForMap("select o.journey_id, o.stage, o.urgency from dashboard_open_stage o"
        + " join act_hi_procinst p on p.id_ = o.journey_id where p.business_key_ = ?", cases.get("B"));
    String cell = counted.get("stage") + " " + counted.get("urgency");
    // As if B had entered its stage before the counts existed: its row and its +1 taken back.
    jdbc.update("delete from dashboard_open_stage where journey_id = ?", counted.get("journey_id"));
    jdbc.update("insert into dashboard_stage_delta (stage, stage_name, urgency, delta) values (?, null, ?, -1)",
        counted.get("stage"), counted.get("urgency"));
    assertThat(pipelineByStageAndUrgency().getOrDefault(cell, 0L)).isEqualTo(before.get(cell) - 1);

    pipelineCounts.countUncountedJourneys();
    assertThat(pipelineByStageAndUrgency()).as("after the count at start").isEqualTo(before);
    pipelineCounts.countUncountedJourneys();
    assertThat(pipelineByStageAndUrgency()).as("counted once, however often it starts").isEqualTo(before);
  }

  private Map<String, Long> pipelineByStageAndUrgency() {
    return queries.pipeline().stream().collect(Collectors.toMap(cell -> cell.stage() + " " + cell.urgency(),
        JourneyOverview.PipelineCell::cases));
  }

  @Test
  void overdueWorkListsTheUnansweredIncidentFirstWithItsCase() {
    JourneyOverview.Overdue overdue = queries.overdue(NOW);
    // Only this test's cases: a task another test's case creates while these lives are lived
    // (the engine clock set back to them) is due back then too.
    assertThat(overdue.tasks()).filteredOn(task -> cases.containsValue(task.caseNumber()))
        .extracting(JourneyOverview.OverdueTask::caseNumber, JourneyOverview.OverdueTask::task,
            JourneyOverview.OverdueTask::team, JourneyOverview.OverdueTask::safetyIncident)
        .containsExactly(tuple(cases.get("A"), "Respond to safety incident", "legal", true));
    assertThat(overdue.tasks().get(0).safetyIncident()).as("incidents first").isTrue();
    assertThat(overdue.byTeam()).as("per team, the tasks listed").extracting(JourneyOverview.Count::name, JourneyOverview.Count::count)
        .containsExactlyInAnyOrderElementsOf(overdue.tasks().stream()
            .collect(Collectors.groupingBy(JourneyOverview.OverdueTask::team, Collectors.counting()))
            .entrySet().stream().map(team -> tuple(team.getKey(), team.getValue())).toList());
    assertThat(queries.incidents().first()).filteredOn(incident -> cases.containsValue(incident.caseNumber()))
        .extracting(JourneyOverview.OpenIncident::caseNumber, JourneyOverview.OpenIncident::kind)
        .containsExactly(tuple(cases.get("A"), "DETAINED"));
  }

  @Test
  void deadlinesInTheNextSevenDaysAreTheStayLimitAndTheOfpraFiling() {
    assertThat(queries.deadlines(NOW).first()).extracting(JourneyOverview.Deadline::caseNumber, JourneyOverview.Deadline::kind,
        JourneyOverview.Deadline::due)
        .containsExactly(tuple(cases.get("C"), "stayLimit", day(3)), tuple(cases.get("D"), "Task_FileAsylumApplication", day(5)));
  }

  @Test
  void aCaseInArrivalCountsItsStageStayLimitOnceThoughItsJourneyKeepsACopy() {
    // 400 days before NOW, outside every other test's window: in arrival for 40 days, so the stay
    // limit the granted visa handed over (45 days from the grant) falls 5 days after that "now";
    // then the stay is extended by a day in the arrival stage, and the journey's copy is stale.
    Instant then = NOW.minus(Duration.ofDays(400));
    List<Instant> starts = Stream.of(80, 75, 60, 40).map(days -> then.minus(Duration.ofDays(days))).toList();
    place("H", new Life("P2", starts, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty()));
    String journey = jdbc.queryForObject("select id_ from act_ru_execution where business_key_ = ? and super_exec_ is null"
        + " and id_ = proc_inst_id_", String.class, cases.get("H"));
    LocalDate thatDay = LocalDate.ofInstant(then, ZoneOffset.UTC);
    try {
      String arrival = runtimeService.createProcessInstanceQuery().superProcessInstanceId(journey).singleResult().getId();
      runtimeService.setVariableLocal(arrival, "stayLimit", thatDay.plusDays(6).toString());
      assertThat(jdbc.queryForObject("select count(*) from act_ru_variable v join act_ru_execution e on e.id_ = v.execution_id_"
          + " where v.name_ = 'stayLimit' and e.business_key_ = ?", Long.class, cases.get("H")))
          .as("the journey's and the arrival stage's stayLimit").isEqualTo(2L);
      Listed<JourneyOverview.Deadline> deadlines = queries.deadlines(then);
      assertThat(deadlines.first()).filteredOn(deadline -> deadline.caseNumber().equals(cases.get("H")))
          .extracting(JourneyOverview.Deadline::kind, JourneyOverview.Deadline::due)
          .containsExactly(tuple("stayLimit", thatDay.plusDays(6)));
      assertThat(deadlines.total()).as("counted as listed").isEqualTo(deadlines.first().size());
    } finally {
      deleteWhileItsTimersFire(journey);
    }
  }

  /** Deletes a journey whose past-due timers the job executor may be firing: a deadlock with one is tried again. */
  private void deleteWhileItsTimersFire(String journey) {
    assertThat(EngineClock.eventually(Duration.ofSeconds(10), () -> {
      try {
        runtimeService.deleteProcessInstance(journey, "test over");
        return true;
      } catch (RuntimeException concurrent) {
        return false;
      }
    })).as("journey %s deleted", journey).isTrue();
  }

  @Test
  void aBarOfThePipelineOpensTheCasesBehindIt() {
    BrowserSession max = BrowserSession.loggedInAs("http://localhost:" + port, Demo.MAX);
    String vettingP1 = max.get("/cases?stage=CallActivity_Vetting&urgency=P1").body();
    assertThat(vettingP1).contains("in <strong>Vetting</strong>", cases.get("B"))
        .doesNotContain(cases.get("A"), cases.get("C"), cases.get("F"));
    assertThat(max.get("/cases?stage=Event_CaseClosed").statusCode()).isEqualTo(400);
    String story = max.get("/cases/" + cases.get("F") + "/story").body();
    assertThat(story).contains("Ended in <strong>Vetting</strong>", "Case closure (WITHDRAWN)").doesNotContain("Event_");
  }

  @Test
  void theDashboardIsForManagersOnly() throws Exception {
    assertThat(http.withBasicAuth("max", "max-demo").getForEntity("/api/dashboard", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth("lea", "lea-demo").getForEntity("/api/dashboard", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    String base = "http://localhost:" + port;
    BrowserSession lea = BrowserSession.loggedInAs(base, Demo.LEA);
    assertThat(lea.get("/dashboard/overview").statusCode()).isEqualTo(403);
    assertThat(lea.get("/camunda/app/safe-passage/journey-overview.js").statusCode()).isEqualTo(403);
    BrowserSession max = BrowserSession.loggedInAs(base, Demo.MAX);
    assertThat(http.withBasicAuth("max", "max-demo").getForObject("/api/dashboard", String.class)).contains("\"pipeline\"");
    assertThat(max.get("/dashboard/overview").statusCode()).isNotEqualTo(403);
    assertThat(max.get("/camunda/app/safe-passage/journey-overview.js").body()).contains("cockpit.dashboard");
    assertThat(max.get("/camunda/app/cockpit/scripts/config.js").body()).contains("../safe-passage/journey-overview");
  }

  @Test
  void metricsNeedTheScrapersTokenAndCarryNoCaseNumbers() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    URI metrics = URI.create("http://localhost:" + port + MetricsSecurity.PATH);
    assertThat(client.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    assertThat(client.send(HttpRequest.newBuilder(metrics).header("Authorization", "Bearer wrong").build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    assertThat(http.withBasicAuth("max", "max-demo").getForEntity(MetricsSecurity.PATH, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    HttpResponse<String> scraped = client.send(HttpRequest.newBuilder(metrics).header("Authorization", "Bearer " + METRICS_TOKEN).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(scraped.statusCode()).isEqualTo(200);
    assertThat(scraped.body()).contains("safepassage_cases_open{stage=\"Vetting\",urgency=\"P1\"}")
        .contains("safepassage_tasks_overdue{team=\"legal\"}").contains("safepassage_mails{outcome=\"sent\"}")
        .doesNotContain("SP-");
  }

  private void place(String name, Life life) {
    String caseNumber = vault.openCaseFile(PersonalDetails.of(Map.of(PersonalField.FULL_NAME, "Dashboard Person " + name)),
        "dashboard-test").value();
    agingJourney.place(caseNumber, life);
    cases.put(name, caseNumber);
    jdbc.update("update team_notice set sent_at = now(), summary_key = 'seeded' where case_number = ?", caseNumber);
  }

  /** A life in days before NOW: stage starts, arrival, end; dates as days from NOW's day. */
  private static Life life(String urgency, List<Integer> stageDaysAgo, Integer arrivedDaysAgo, Integer endedDaysAgo,
      String closureReason, LocalDate stayLimit, LocalDate certificate, String incident) {
    List<Instant> starts = new ArrayList<>();
    stageDaysAgo.forEach(days -> starts.add(NOW.minus(Duration.ofDays(days))));
    return new Life(urgency, starts, Optional.ofNullable(arrivedDaysAgo).map(days -> NOW.minus(Duration.ofDays(days))),
        Optional.ofNullable(endedDaysAgo).map(days -> NOW.minus(Duration.ofDays(days))), Optional.ofNullable(closureReason),
        Optional.ofNullable(stayLimit), Optional.ofNullable(certificate), Optional.ofNullable(incident));
  }

  private static LocalDate day(int fromNow) {
    return LocalDate.ofInstant(NOW, ZoneOffset.UTC).plusDays(fromNow);
  }
}
