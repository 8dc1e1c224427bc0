package org.safepassage.journey;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.safepassage.journey.JourneyProcess.ARRIVAL;
import static org.safepassage.journey.JourneyProcess.CASE_NOT_ACCEPTED;
import static org.safepassage.journey.JourneyProcess.CONSULAR_VISA;
import static org.safepassage.journey.JourneyProcess.FIRST_CONTACT;
import static org.safepassage.journey.JourneyProcess.LOST_CONTACT_IN_VETTING;
import static org.safepassage.journey.JourneyProcess.PERSON_PROTECTED;
import static org.safepassage.journey.JourneyProcess.PROTECTED_IN_PLACE;
import static org.safepassage.journey.JourneyProcess.PROTECTION_REFUSED;
import static org.safepassage.journey.JourneyProcess.REJECTED_IN_VETTING;
import static org.safepassage.journey.JourneyProcess.VETTING;
import static org.safepassage.journey.JourneyProcess.VISA_REFUSED;
import static org.safepassage.support.ProcessTestEngine.CASE_NUMBER;
import static org.safepassage.support.ProcessTestEngine.assertOfferedOnlyTo;
import static org.safepassage.support.ProcessTestEngine.startCase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safepassage.arrival.ArrivalProcess;
import org.safepassage.firstcontact.FirstContactProcess;
import org.safepassage.support.ProcessTestEngine;
import org.safepassage.vetting.VettingProcess;
import org.safepassage.visa.ConsularVisaProcess;

/**
 * A case through the real stages. The engine needs no forms to complete tasks (the validation
 * reads them from the classpath), so only the BPMN is deployed.
 */
@Deployment(resources = {"processes/journey.bpmn", "processes/first-contact.bpmn", "processes/triage-urgency.dmn", "processes/vetting.bpmn",
    "processes/vetting-outcome.dmn",
    "processes/consular-visa.bpmn", "processes/route.dmn", "processes/arrival.bpmn"})
class JourneyProcessTest {

  /** Appointment and visa dates must lie ahead of the real clock this test runs on. */
  private static final LocalDate IN_A_MONTH = LocalDate.now().plusMonths(1);

  /** Triage answers that the urgency table rates P1: still in a unit. */
  private static final Map<String, Object> TRIAGE_P1 = Map.of(FirstContactProcess.WHEREABOUTS, "IN_UNIT",
      FirstContactProcess.TRAVEL_DOCUMENTS, "INTERNAL_ID_ONLY");

  private static final Map<String, Object> PROVEN = Map.of(VettingProcess.IDENTITY_CONFIRMED, true,
      VettingProcess.SERVICE_CONFIRMED, true, VettingProcess.DESERTION_PROVEN, true);

  /** Interview findings with nothing against the person but, perhaps, their credibility. */
  private static Map<String, Object> findings(int credibility) {
    return Map.of(VettingProcess.STANCE_CREDIBILITY, credibility, VettingProcess.ACCOUNT_CONSISTENCY, "CONSISTENT",
        VettingProcess.UNIT_FLAG, "NONE", VettingProcess.PERSONAL_PARTICIPATION, false,
        VettingProcess.INFILTRATOR_INDICATORS, false);
  }

  /** Each stage's own test holds it to full coverage; this one holds the journey to it. */
  @RegisterExtension
  static final ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage(
      FirstContactProcess.KEY, VettingProcess.KEY, ConsularVisaProcess.KEY, ArrivalProcess.KEY);

  @BeforeEach
  void useTestEngine() {
    init(engine.getProcessEngine());
  }

  @Test
  void caseWalksThroughAllFourStagesToProtection() {
    ProcessInstance journey = startCase(JourneyProcess.KEY);

    acceptInFirstContact(journey);
    approveInVetting(journey);
    grantVisa(journey);
    ProcessInstance arrival = stage(journey, ARRIVAL, ArrivalProcess.KEY);
    travelAndFileForAsylum(arrival);
    work(arrival, ArrivalProcess.RECORD_ASYLUM_DECISION, withVariables(ArrivalProcess.ASYLUM_DECISION, "PROTECTION_GRANTED"));

    assertThat(journey).isEnded().hasPassedInOrder(FIRST_CONTACT, VETTING, CONSULAR_VISA, ARRIVAL, PERSON_PROTECTED);
    assertThat(journey).variables()
        .containsEntry(FirstContactProcess.OUTCOME, "ACCEPTED")
        .containsEntry(VettingProcess.OUTCOME, "APPROVED")
        .containsEntry(ConsularVisaProcess.OUTCOME, "GRANTED")
        .containsEntry(ArrivalProcess.OUTCOME, "PROTECTED");
  }

  @Test
  void caseReferredElsewhereEndsTheJourneyWithItsReason() {
    ProcessInstance journey = startCase(JourneyProcess.KEY);

    ProcessInstance firstContact = stage(journey, FIRST_CONTACT, FirstContactProcess.KEY);
    work(firstContact, FirstContactProcess.ASSESS_URGENCY, TRIAGE_P1);
    work(firstContact, FirstContactProcess.HOLD_SAFETY_CALL, withVariables(
        FirstContactProcess.SAFETY_CALL_OUTCOME, "REFER_ELSEWHERE"));

    assertThat(journey).isEnded().hasPassed(CASE_NOT_ACCEPTED).hasNotPassed(VETTING);
    assertThat(journey).variables().containsEntry(FirstContactProcess.OUTCOME, FirstContactProcess.Outcome.REFERRED_ELSEWHERE)
        .containsEntry(JourneyProcess.CLOSURE_REASON, FirstContactProcess.Outcome.REFERRED_ELSEWHERE);
  }

  @Test
  void caseRejectedInVettingEndsTheJourney() {
    ProcessInstance journey = startCase(JourneyProcess.KEY);

    acceptInFirstContact(journey);
    ProcessInstance vetting = stage(journey, VETTING, VettingProcess.KEY);
    work(vetting, VettingProcess.VERIFY_IDENTITY_AND_SERVICE, PROVEN);
    work(vetting, VettingProcess.INTERVIEW_STANCE, findings(2));

    assertThat(journey).isEnded().hasPassed(REJECTED_IN_VETTING).hasNotPassed(CONSULAR_VISA);
    assertThat(journey).variables().containsEntry(VettingProcess.OUTCOME, VettingProcess.Outcome.REJECTED)
        .containsEntry(JourneyProcess.CLOSURE_REASON, "STANCE_NOT_CREDIBLE");
  }

  @Test
  void caseLostInVettingEndsTheJourneyWithItsReason() {
    ProcessInstance journey = startCase(JourneyProcess.KEY);

    acceptInFirstContact(journey);
    ProcessInstance vetting = stage(journey, VETTING, VettingProcess.KEY);
    work(vetting, VettingProcess.VERIFY_IDENTITY_AND_SERVICE, Map.of(VettingProcess.IDENTITY_CONFIRMED, false));
    work(vetting, VettingProcess.INTERVIEW_STANCE, findings(4));
    assertThat(vetting).isWaitingAt(VettingProcess.AWAIT_INFORMATION);
    for (int week = 1; week <= 3; week++) {
      execute(job(vetting));
      if (week < 3) {
        work(vetting, VettingProcess.CHASE_MISSING_INFORMATION, Map.of(VettingProcess.INFORMATION_CHASE, "STILL_WAITING"));
      }
    }

    assertThat(journey).isEnded().hasPassed(LOST_CONTACT_IN_VETTING).hasNotPassed(CONSULAR_VISA);
    assertThat(journey).variables().containsEntry(JourneyProcess.CLOSURE_REASON, "NO_INFORMATION");
  }

  @Test
  void stagesHandBackOnlyTheirOutcomesAndTheUrgency() {
    ProcessInstance journey = startCase(JourneyProcess.KEY);

    acceptInFirstContact(journey);
    ProcessInstance vetting = stage(journey, VETTING, VettingProcess.KEY);

    assertThat(vetting).variables().containsOnlyKeys(JourneyProcess.CASE_NUMBER, FirstContactProcess.URGENCY);
    assertThat(journey).variables().containsOnlyKeys(JourneyProcess.CASE_NUMBER, FirstContactProcess.OUTCOME,
        FirstContactProcess.URGENCY);
  }

  @Test
  void visaRefusedEndsTheJourney() {
    ProcessInstance journey = startCase(JourneyProcess.KEY);

    acceptInFirstContact(journey);
    approveInVetting(journey);
    ProcessInstance visa = stage(journey, CONSULAR_VISA, ConsularVisaProcess.KEY);
    applyForVisa(visa);
    decideVisa(withVariables(ConsularVisaProcess.VISA_DECISION, "REFUSED"));
    work(visa, ConsularVisaProcess.DECIDE_ON_APPEAL, withVariables(ConsularVisaProcess.APPEAL_DECISION, "CLOSE"));

    assertThat(journey).isEnded().hasPassed(VISA_REFUSED).hasNotPassed(ARRIVAL);
    assertThat(journey).variables().containsEntry(ConsularVisaProcess.OUTCOME, "REFUSED");
  }

  @Test
  void protectionInPlaceEndsTheJourneyWithoutTravel() {
    ProcessInstance journey = startCase(JourneyProcess.KEY);

    acceptInFirstContact(journey);
    approveInVetting(journey);
    ProcessInstance visa = stage(journey, CONSULAR_VISA, ConsularVisaProcess.KEY);
    work(visa, ConsularVisaProcess.ASSESS_ROUTE, routeFacts(false));
    work(visa, ConsularVisaProcess.CONFIRM_ROUTE, withVariables(ConsularVisaProcess.ROUTE, "PROTECT_IN_PLACE"));

    assertThat(journey).isEnded().hasPassed(PROTECTED_IN_PLACE).hasNotPassed(ARRIVAL);
    assertThat(journey).variables().containsEntry(ConsularVisaProcess.OUTCOME, "NOT_PURSUED");
  }

  @Test
  void protectionRefusedEndsTheJourney() {
    ProcessInstance journey = startCase(JourneyProcess.KEY);

    acceptInFirstContact(journey);
    approveInVetting(journey);
    grantVisa(journey);
    ProcessInstance arrival = stage(journey, ARRIVAL, ArrivalProcess.KEY);
    travelAndFileForAsylum(arrival);
    work(arrival, ArrivalProcess.RECORD_ASYLUM_DECISION, withVariables(ArrivalProcess.ASYLUM_DECISION, "REFUSED"));
    work(arrival, ArrivalProcess.HANDLE_CNDA_APPEAL, withVariables(ArrivalProcess.CNDA_RESULT, "NOT_APPEALED"));

    assertThat(journey).isEnded().hasPassed(PROTECTION_REFUSED).hasNotPassed(PERSON_PROTECTED);
    assertThat(journey).variables().containsEntry(ArrivalProcess.OUTCOME, "NOT_PROTECTED")
        .containsEntry(JourneyProcess.CLOSURE_REASON, "NOT_APPEALED");
  }

  @Test
  void arrivalGetsOnlyTheVisaValidityAndStayLimitItPlansTravelBy() {
    ProcessInstance journey = journeyIn(ARRIVAL);
    ProcessInstance arrival = stage(journey, ARRIVAL, ArrivalProcess.KEY);

    assertThat(arrival).variables().containsOnlyKeys(JourneyProcess.CASE_NUMBER, FirstContactProcess.URGENCY,
        ArrivalProcess.VISA_VALID_FROM, ArrivalProcess.VISA_VALID_UNTIL, ArrivalProcess.STAY_LIMIT)
        .containsEntry(ArrivalProcess.VISA_VALID_UNTIL, IN_A_MONTH.plusMonths(3).toString());
  }

  @Test
  void personNotArrivedADayAfterDepartureBecomesAContactLostIncident() {
    ProcessInstance journey = journeyIn(ARRIVAL);
    ProcessInstance arrival = stage(journey, ARRIVAL, ArrivalProcess.KEY);
    work(arrival, ArrivalProcess.PLAN_TRAVEL, withVariables(ArrivalProcess.TRAVEL_PLANNED, true,
        ArrivalProcess.EXIT_CONTROL_RISK, "HIGH", ArrivalProcess.DEPARTURE_DATE, IN_A_MONTH.toString()));

    ClockUtil.setCurrentTime(Date.from(IN_A_MONTH.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
    execute(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService().createJobQuery()
        .processInstanceId(arrival.getId()).executable().singleResult());

    assertThat(arrival).as("stopped at exit control, perhaps: departure was never confirmed")
        .isWaitingAt(ArrivalProcess.CONFIRM_DEPARTURE);
    assertThat(journey).isWaitingAt(ARRIVAL, JourneyProcess.RESPOND_TO_SAFETY_INCIDENT);
    assertThat(journey).variables().containsEntry(JourneyProcess.INCIDENT_KIND, "CONTACT_LOST");
  }

  @ParameterizedTest
  @ValueSource(strings = {FIRST_CONTACT, VETTING, CONSULAR_VISA, ARRIVAL})
  void safetyIncidentOpensAnUrgentLegalTaskAndLeavesTheStagesWorkRunning(String stage) {
    ProcessInstance journey = journeyIn(stage);
    List<String> stageWork = openTaskIds();
    Assertions.assertThat(stageWork).as("work in %s", stage).isNotEmpty();
    Instant reported = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(reported));

    reportIncident("DETAINED", reported);

    Task response = taskService().createTaskQuery().processInstanceId(journey.getId())
        .taskDefinitionKey(JourneyProcess.RESPOND_TO_SAFETY_INCIDENT).singleResult();
    assertOfferedOnlyTo(response, "legal");
    Assertions.assertThat(response.getDueDate()).as("due within the hour").isEqualTo(Date.from(reported.plus(1, ChronoUnit.HOURS)));
    Assertions.assertThat(response.getPriority()).as("above every other task, P0 work (100) included").isEqualTo(110);
    Assertions.assertThat(openTaskIds()).containsAll(stageWork).hasSize(stageWork.size() + 1);
    assertThat(journey).variables().containsEntry(JourneyProcess.INCIDENT_KIND, "DETAINED")
        .containsEntry(JourneyProcess.INCIDENT_REPORTED_AT, reported.toString());

    complete(response, withVariables("incidentResponded", true));
    assertThat(journey).isWaitingAt(stage).hasPassed(JourneyProcess.SAFETY_INCIDENT_REPORTED);
    Assertions.assertThat(openTaskIds()).containsExactlyInAnyOrderElementsOf(stageWork);
  }

  @ParameterizedTest
  @ValueSource(strings = {FIRST_CONTACT, VETTING, CONSULAR_VISA, ARRIVAL})
  void closingFromAnyStageLeavesNoOpenTaskAndSaysWhy(String stage) {
    ProcessInstance journey = journeyIn(stage);
    reportIncident("CONTACT_LOST", Instant.now());

    runtimeService().createMessageCorrelation(JourneyProcess.CASE_CLOSURE_MESSAGE).processInstanceBusinessKey(CASE_NUMBER)
        .setVariable(JourneyProcess.CLOSURE_REASON, "LOST_CONTACT").correlate();

    assertThat(journey).isEnded().hasPassed(JourneyProcess.CASE_CLOSED).hasNotPassed(PERSON_PROTECTED);
    assertThat(journey).variables().containsEntry(JourneyProcess.CLOSURE_REASON, "LOST_CONTACT");
    Assertions.assertThat(openTaskIds()).as("open tasks after closing in %s", stage).isEmpty();
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(CASE_NUMBER).count())
        .as("stages still running").isZero();
  }

  @Test
  void closingWhileTravelIsUnderWayLeavesNoTaskAndNoTimerToRaiseAnIncidentLater() {
    ProcessInstance journey = journeyIn(ARRIVAL);
    ProcessInstance arrival = stage(journey, ARRIVAL, ArrivalProcess.KEY);
    work(arrival, ArrivalProcess.PLAN_TRAVEL, withVariables(ArrivalProcess.TRAVEL_PLANNED, true,
        ArrivalProcess.EXIT_CONTROL_RISK, "LOW", ArrivalProcess.DEPARTURE_DATE, IN_A_MONTH.toString()));

    runtimeService().createMessageCorrelation(JourneyProcess.CASE_CLOSURE_MESSAGE).processInstanceBusinessKey(CASE_NUMBER)
        .setVariable(JourneyProcess.CLOSURE_REASON, "WITHDRAWN").correlate();

    assertThat(journey).isEnded().hasPassed(JourneyProcess.CASE_CLOSED);
    Assertions.assertThat(openTaskIds()).isEmpty();
    Assertions.assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService().createJobQuery()
        .processInstanceId(arrival.getId()).count()).as("contact-lost and stay-limit timers").isZero();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static ProcessInstance journeyIn(String stage) {
    ProcessInstance journey = startCase(JourneyProcess.KEY);
    List<String> order = List.of(FIRST_CONTACT, VETTING, CONSULAR_VISA, ARRIVAL);
    int steps = order.indexOf(stage);
    if (steps > 0) {
      acceptInFirstContact(journey);
    }
    if (steps > 1) {
      approveInVetting(journey);
    }
    if (steps > 2) {
      grantVisa(journey);
    }
    assertThat(journey).isWaitingAt(stage);
    return journey;
  }

  private static void reportIncident(String kind, Instant at) {
    runtimeService().createMessageCorrelation(JourneyProcess.SAFETY_INCIDENT_MESSAGE).processInstanceBusinessKey(CASE_NUMBER)
        .setVariable(JourneyProcess.INCIDENT_KIND, kind).setVariable(JourneyProcess.INCIDENT_REPORTED_AT, at.toString())
        .correlate();
  }

  private static List<String> openTaskIds() {
    return taskService().createTaskQuery().processInstanceBusinessKey(CASE_NUMBER).list().stream().map(Task::getId).toList();
  }

  /** The journey waits in the stage, which runs under the journey's business key and case number. */
  private static ProcessInstance stage(ProcessInstance journey, String callActivity, String stageKey) {
    assertThat(journey).isWaitingAt(callActivity);
    ProcessInstance stage = calledProcessInstance(stageKey, journey);
    assertThat(stage).hasBusinessKey(journey.getBusinessKey()).hasBusinessKey(CASE_NUMBER);
    assertThat(stage).variables().containsEntry(JourneyProcess.CASE_NUMBER, CASE_NUMBER);
    return stage;
  }

  private static void work(ProcessInstance stage, String taskId, Map<String, Object> form) {
    assertThat(stage).isWaitingAt(taskId);
    complete(task(stage), form);
  }

  private static void acceptInFirstContact(ProcessInstance journey) {
    ProcessInstance firstContact = stage(journey, FIRST_CONTACT, FirstContactProcess.KEY);
    work(firstContact, FirstContactProcess.ASSESS_URGENCY, TRIAGE_P1);
    work(firstContact, FirstContactProcess.HOLD_SAFETY_CALL, withVariables(FirstContactProcess.SAFETY_CALL_HELD, true,
        FirstContactProcess.SAFETY_CALL_OUTCOME, "TAKE_ON"));
  }

  private static void approveInVetting(ProcessInstance journey) {
    ProcessInstance vetting = stage(journey, VETTING, VettingProcess.KEY);
    work(vetting, VettingProcess.VERIFY_IDENTITY_AND_SERVICE, PROVEN);
    work(vetting, VettingProcess.INTERVIEW_STANCE, findings(5));
    work(vetting, VettingProcess.SCREEN_FOR_EXCLUSION, withVariables(VettingProcess.SECURITY_VERDICT, "CLEAR"));
  }

  private static void grantVisa(ProcessInstance journey) {
    ProcessInstance visa = stage(journey, CONSULAR_VISA, ConsularVisaProcess.KEY);
    applyForVisa(visa);
    decideVisa(withVariables(ConsularVisaProcess.VISA_DECISION, "GRANTED", ConsularVisaProcess.VISA_VALID_FROM,
        IN_A_MONTH.toString(), ConsularVisaProcess.VISA_VALID_UNTIL, IN_A_MONTH.plusMonths(3).toString()));
  }

  private static void travelAndFileForAsylum(ProcessInstance arrival) {
    work(arrival, ArrivalProcess.PLAN_TRAVEL, withVariables(ArrivalProcess.TRAVEL_PLANNED, true,
        ArrivalProcess.EXIT_CONTROL_RISK, "LOW", ArrivalProcess.DEPARTURE_DATE, IN_A_MONTH.plusDays(7).toString()));
    work(arrival, ArrivalProcess.CONFIRM_DEPARTURE, withVariables(ArrivalProcess.DEPARTED, true));
    work(arrival, ArrivalProcess.CONFIRM_ARRIVAL, withVariables(ArrivalProcess.ARRIVED_SAFELY, true));
    work(arrival, ArrivalProcess.RECEIVE_AT_RECEPTION_PLATFORM, withVariables(ArrivalProcess.ACCOMMODATION_ARRANGED, true));
    work(arrival, ArrivalProcess.ACCOMPANY_TO_ASYLUM_DESK, withVariables(ArrivalProcess.ASYLUM_CERTIFICATE_DATE, "2027-01-12"));
    work(arrival, ArrivalProcess.FILE_ASYLUM_APPLICATION, withVariables(ArrivalProcess.APPLICATION_FILED_ON, "2027-02-03"));
  }

  private static void applyForVisa(ProcessInstance visa) {
    work(visa, ConsularVisaProcess.ASSESS_ROUTE, routeFacts(true));
    work(visa, ConsularVisaProcess.CONFIRM_ROUTE, withVariables(ConsularVisaProcess.ROUTE, "FR_ASYLUM_VISA"));
    work(visa, ConsularVisaProcess.PREPARE_VISA_DOSSIER, withVariables(ConsularVisaProcess.DOSSIER_READY, true));
    work(visa, ConsularVisaProcess.REFER_FILE_TO_AUTHORITIES, withVariables(ConsularVisaProcess.REFERRAL_SENT, true));
    work(visa, ConsularVisaProcess.BOOK_CONSULATE_APPOINTMENT,
        withVariables(ConsularVisaProcess.APPOINTMENT_DATE, IN_A_MONTH.toString()));
    work(visa, ConsularVisaProcess.RECORD_INTERVIEW, withVariables(ConsularVisaProcess.INTERVIEW_HELD, true));
  }

  /** The authorities' decision, as the app's API delivers it: message VisaDecision by case number. */
  private static void decideVisa(Map<String, Object> decision) {
    runtimeService().createMessageCorrelation(ConsularVisaProcess.VISA_DECISION_MESSAGE)
        .processInstanceBusinessKey(CASE_NUMBER).setVariables(decision).correlate();
  }

  /** Route facts: a passport and the French visa's eligibility, or nothing that opens a route. */
  private static Map<String, Object> routeFacts(boolean frenchRoute) {
    return withVariables(ConsularVisaProcess.VALID_PASSPORT, frenchRoute, ConsularVisaProcess.FRENCH_VISA_ELIGIBLE,
        frenchRoute, ConsularVisaProcess.LANGUAGE, "RUSSIAN_ONLY", ConsularVisaProcess.STAY_LIMIT,
        IN_A_MONTH.plusMonths(6).toString());
  }
}
