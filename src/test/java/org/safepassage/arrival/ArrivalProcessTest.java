package org.safepassage.arrival;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.safepassage.arrival.ArrivalProcess.ACCOMMODATION_ARRANGED;
import static org.safepassage.arrival.ArrivalProcess.ACCOMPANY_TO_ASYLUM_DESK;
import static org.safepassage.arrival.ArrivalProcess.APPLICATION_FILED_ON;
import static org.safepassage.arrival.ArrivalProcess.ARRIVED_SAFELY;
import static org.safepassage.arrival.ArrivalProcess.ASYLUM_CERTIFICATE_DATE;
import static org.safepassage.arrival.ArrivalProcess.ASYLUM_DECISION;
import static org.safepassage.arrival.ArrivalProcess.CNDA_RESULT;
import static org.safepassage.arrival.ArrivalProcess.CONFIRM_ARRIVAL;
import static org.safepassage.arrival.ArrivalProcess.CONFIRM_DEPARTURE;
import static org.safepassage.arrival.ArrivalProcess.DEPARTED;
import static org.safepassage.arrival.ArrivalProcess.DEADLINE_ESCALATION;
import static org.safepassage.arrival.ArrivalProcess.DEPARTURE_DATE;
import static org.safepassage.arrival.ArrivalProcess.EXIT_CONTROL_RISK;
import static org.safepassage.arrival.ArrivalProcess.FILE_ASYLUM_APPLICATION;
import static org.safepassage.arrival.ArrivalProcess.HANDLE_CNDA_APPEAL;
import static org.safepassage.arrival.ArrivalProcess.OFPRA_FILING_DEADLINE_REACHED;
import static org.safepassage.arrival.ArrivalProcess.OUTCOME;
import static org.safepassage.arrival.ArrivalProcess.PLAN_TRAVEL;
import static org.safepassage.arrival.ArrivalProcess.PROTECTION_GRANTED;
import static org.safepassage.arrival.ArrivalProcess.PROTECTION_REFUSED;
import static org.safepassage.arrival.ArrivalProcess.RECEIVE_AT_RECEPTION_PLATFORM;
import static org.safepassage.arrival.ArrivalProcess.RECORD_ASYLUM_DECISION;
import static org.safepassage.arrival.ArrivalProcess.REMIND_OF_OFPRA_FILING;
import static org.safepassage.arrival.ArrivalProcess.STAY_LIMIT;
import static org.safepassage.arrival.ArrivalProcess.TRAVEL_PLANNED;
import static org.safepassage.arrival.ArrivalProcess.VISA_VALID_FROM;
import static org.safepassage.arrival.ArrivalProcess.VISA_VALID_UNTIL;
import static org.safepassage.support.ProcessTestEngine.CASE_NUMBER;
import static org.safepassage.support.ProcessTestEngine.assertOfferedOnlyTo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safepassage.arrival.internal.WorkingDays;
import org.safepassage.journey.JourneyProcess;
import org.safepassage.support.ProcessTestEngine;
import org.safepassage.visa.VisaDates;

@Deployment(resources = {"processes/arrival.bpmn", "processes/plan-travel.form", "processes/confirm-departure.form",
    "processes/confirm-arrival.form", "processes/act-on-stay-limit.form",
    "processes/accompany-to-asylum-desk.form", "processes/file-asylum-application.form",
    "processes/record-asylum-decision.form", "processes/handle-cnda-appeal.form",
    "processes/receive-at-reception-platform.form", "processes/ofpra-filing-deadline-reached.form"})
class ArrivalProcessTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  private static final String DEPARTURE = TODAY.plusDays(20).toString();

  @RegisterExtension
  static final ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage();

  @BeforeEach
  void useTestEngine() {
    init(engine.getProcessEngine());
  }

  @Test
  void asylumGrantedByOfpraProtectsThePerson() {
    ProcessInstance arrival = startArrival();
    assertThat(arrival).hasBusinessKey(CASE_NUMBER);

    travelAndFileForAsylum(arrival);
    recordAsylumDecision(arrival, "PROTECTION_GRANTED");

    assertThat(arrival).isEnded()
        .hasPassedInOrder(PLAN_TRAVEL, CONFIRM_ARRIVAL, RECEIVE_AT_RECEPTION_PLATFORM, ACCOMPANY_TO_ASYLUM_DESK, FILE_ASYLUM_APPLICATION,
            RECORD_ASYLUM_DECISION, PROTECTION_GRANTED)
        .hasNotPassed(HANDLE_CNDA_APPEAL);
    assertThat(arrival).variables().containsEntry(OUTCOME, "PROTECTED");
  }

  @Test
  void refusedAsylumWonAtTheCndaProtectsThePerson() {
    ProcessInstance arrival = startArrival();

    travelAndFileForAsylum(arrival);
    recordAsylumDecision(arrival, "REFUSED");
    handleCndaAppeal(arrival, "APPEAL_WON");

    assertThat(arrival).isEnded().hasPassed(HANDLE_CNDA_APPEAL, PROTECTION_GRANTED).hasNotPassed(PROTECTION_REFUSED);
    assertThat(arrival).variables().containsEntry(OUTCOME, "PROTECTED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"APPEAL_LOST", "NOT_APPEALED"})
  void refusedAsylumNotWonAtTheCndaLeavesThePersonUnprotected(String cndaResult) {
    ProcessInstance arrival = startArrival();

    travelAndFileForAsylum(arrival);
    recordAsylumDecision(arrival, "REFUSED");
    handleCndaAppeal(arrival, cndaResult);

    assertThat(arrival).isEnded().hasPassed(PROTECTION_REFUSED).hasNotPassed(PROTECTION_GRANTED);
    assertThat(arrival).variables().containsEntry(OUTCOME, "NOT_PROTECTED").containsEntry(ArrivalProcess.REASON, cndaResult);
  }

  @Test
  void exitControlRiskOutsideTheScaleIsRefused() {
    ProcessInstance arrival = startArrival();

    assertThatThrownBy(() -> complete(task(arrival), withVariables(TRAVEL_PLANNED, true, EXIT_CONTROL_RISK, "EXTREME", DEPARTURE_DATE, DEPARTURE)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Risk at exit control: choose one of LOW, MEDIUM, HIGH");
    assertThat(arrival).isWaitingAt(PLAN_TRAVEL);
  }

  @Test
  void certificateDateThatIsNoDateIsRefused() {
    ProcessInstance arrival = startArrival();
    complete(task(arrival), withVariables(TRAVEL_PLANNED, true, EXIT_CONTROL_RISK, "LOW", DEPARTURE_DATE, DEPARTURE));
    complete(task(arrival), withVariables(DEPARTED, true));
    complete(task(arrival), withVariables(ARRIVED_SAFELY, true));
    complete(task(arrival), withVariables(ACCOMMODATION_ARRANGED, true));

    assertThatThrownBy(() -> complete(task(arrival), withVariables(ASYLUM_CERTIFICATE_DATE, "next Tuesday")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Date on the asylum certificate: expected a date like 2026-12-01");
    assertThat(arrival).isWaitingAt(ACCOMPANY_TO_ASYLUM_DESK);
  }

  @ParameterizedTest
  @CsvSource({
      "-1, must be on or after today",
      "5, must be on or after the first day of the visa's validity",
      "61, must be on or before the last day of legal stay in the transit country",
      "101, must be on or before the last day of the visa's validity"})
  void departureOutsideTheLimitsIsRefusedNamingTheLimit(int daysFromToday, String limit) {
    ProcessInstance arrival = startArrival();

    assertThatThrownBy(() -> complete(task(arrival), withVariables(TRAVEL_PLANNED, true, EXIT_CONTROL_RISK, "LOW",
        DEPARTURE_DATE, TODAY.plusDays(daysFromToday).toString())))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Departure date: " + limit);
    assertThat(arrival).isWaitingAt(PLAN_TRAVEL);
  }

  @Test
  void departureOnTheLastDayOfLegalStayIsAccepted() {
    ProcessInstance arrival = startArrival();

    complete(task(arrival), withVariables(TRAVEL_PLANNED, true, EXIT_CONTROL_RISK, "LOW",
        DEPARTURE_DATE, TODAY.plusDays(60).toString()));

    assertThat(arrival).isWaitingAt(CONFIRM_DEPARTURE);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void arrivalNotConfirmedADayAfterDepartureRaisesAContactLostIncident(boolean departureConfirmed) {
    ProcessInstance arrival = startArrival();
    complete(task(arrival), withVariables(TRAVEL_PLANNED, true, EXIT_CONTROL_RISK, "HIGH", DEPARTURE_DATE, DEPARTURE));
    if (departureConfirmed) {
      confirmByMessage(ArrivalProcess.DEPARTURE_CONFIRMED_MESSAGE);
    }
    String awaited = departureConfirmed ? CONFIRM_ARRIVAL : CONFIRM_DEPARTURE;
    Instant overdue = TODAY.plusDays(21).atStartOfDay(ZoneOffset.UTC).toInstant();
    Assertions.assertThat(task(arrival).getDueDate()).isEqualTo(Date.from(overdue));
    try {
      fireAt(overdue);
    } finally {
      ClockUtil.reset();
    }

    assertThat(arrival).isWaitingAt(awaited).hasPassed(ArrivalProcess.SAFETY_INCIDENT_RAISED);
  }

  @Test
  void departureAndArrivalConfirmedByMessageEndTheirTasks() {
    ProcessInstance arrival = startArrival();
    complete(task(arrival), withVariables(TRAVEL_PLANNED, true, EXIT_CONTROL_RISK, "LOW", DEPARTURE_DATE, DEPARTURE));

    confirmByMessage(ArrivalProcess.DEPARTURE_CONFIRMED_MESSAGE);
    assertThat(arrival).isWaitingAt(CONFIRM_ARRIVAL).hasPassed(ArrivalProcess.DEPARTURE_CONFIRMED);
    assertOfferedOnlyTo(task(arrival), "reception");
    confirmByMessage(ArrivalProcess.ARRIVAL_CONFIRMED_MESSAGE);

    assertThat(arrival).isWaitingAt(RECEIVE_AT_RECEPTION_PLATFORM).hasPassed(ArrivalProcess.ARRIVAL_CONFIRMED);
    assertThat(arrival).variables().containsEntry(DEPARTED, true).containsEntry(ARRIVED_SAFELY, true);
    Assertions.assertThat(taskService().createTaskQuery().processInstanceId(arrival.getId()).count())
        .as("only reception's next step is open").isOne();
  }

  @Test
  void arrivalConfirmedByMessageBeforeTheDepartureEndsBothConfirmations() {
    ProcessInstance arrival = startArrival();
    complete(task(arrival), withVariables(TRAVEL_PLANNED, true, EXIT_CONTROL_RISK, "LOW", DEPARTURE_DATE, DEPARTURE));
    assertThat(arrival).isWaitingAt(CONFIRM_DEPARTURE);

    confirmByMessage(ArrivalProcess.ARRIVAL_CONFIRMED_MESSAGE);

    assertThat(arrival).isWaitingAt(RECEIVE_AT_RECEPTION_PLATFORM).hasNotPassed(CONFIRM_ARRIVAL);
    Assertions.assertThat(taskService().createTaskQuery().processInstanceId(arrival.getId()).count()).isOne();
  }

  @ParameterizedTest(name = "confirmed by message: {0}")
  @ValueSource(booleans = {false, true})
  void arrivalConfirmedOnTimeRaisesNoIncident(boolean byMessage) {
    ProcessInstance arrival = startArrival();
    complete(task(arrival), withVariables(TRAVEL_PLANNED, true, EXIT_CONTROL_RISK, "LOW", DEPARTURE_DATE, DEPARTURE));
    Instant dayAfterDeparture = TODAY.plusDays(21).atStartOfDay(ZoneOffset.UTC).toInstant();
    try {
      moveClockTo(dayAfterDeparture.minusSeconds(60));
      if (byMessage) {
        confirmByMessage(ArrivalProcess.DEPARTURE_CONFIRMED_MESSAGE);
        confirmByMessage(ArrivalProcess.ARRIVAL_CONFIRMED_MESSAGE);
      } else {
        complete(task(arrival), withVariables(DEPARTED, true));
        complete(task(arrival), withVariables(ARRIVED_SAFELY, true));
      }
      moveClockTo(TODAY.plusDays(100).atStartOfDay(ZoneOffset.UTC).toInstant());
      Assertions.assertThat(timersDue()).as("no incident, and no stay-limit alert once the person is in France").isZero();
    } finally {
      ClockUtil.reset();
    }
    assertThat(arrival).isWaitingAt(RECEIVE_AT_RECEPTION_PLATFORM).hasNotPassed(ArrivalProcess.SAFETY_INCIDENT_RAISED);
  }

  @Test
  void stayLimitAlertsFireThreeWeeksAndOneWeekAheadWhileTravelIsPlannedAndUnderWayAndEndOnArrival() {
    ProcessInstance arrival = startArrival();
    Instant threeWeeksAhead = TODAY.plusDays(60 - 21).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant oneWeekAhead = TODAY.plusDays(60 - 7).atStartOfDay(ZoneOffset.UTC).toInstant();
    try {
      fireAt(threeWeeksAhead);
      assertThat(arrival).isWaitingAt(PLAN_TRAVEL, ArrivalProcess.ACT_ON_STAY_LIMIT)
          .hasPassed(ArrivalProcess.STAY_LIMIT_IN_THREE_WEEKS);
      Task alert = task(ArrivalProcess.ACT_ON_STAY_LIMIT, arrival);
      assertOfferedOnlyTo(alert, "legal");
      Assertions.assertThat(alert.getDueDate()).isEqualTo(midnight(TODAY.plusDays(60).toString()));
      complete(alert, withVariables("stayLimitActedOn", true));

      complete(task(arrival), withVariables(TRAVEL_PLANNED, true, EXIT_CONTROL_RISK, "LOW",
          DEPARTURE_DATE, TODAY.plusDays(58).toString()));
      fireAt(oneWeekAhead);
      assertThat(arrival).isWaitingAt(CONFIRM_DEPARTURE, ArrivalProcess.ACT_ON_STAY_LIMIT)
          .hasPassed(ArrivalProcess.STAY_LIMIT_IN_ONE_WEEK);
    } finally {
      ClockUtil.reset();
    }

    complete(task(CONFIRM_DEPARTURE, arrival), withVariables(DEPARTED, true));
    complete(task(CONFIRM_ARRIVAL, arrival), withVariables(ARRIVED_SAFELY, true));
    assertThat(arrival).isWaitingAt(RECEIVE_AT_RECEPTION_PLATFORM).hasPassed(ArrivalProcess.PERSON_IN_FRANCE);
    Assertions.assertThat(taskService().createTaskQuery().processInstanceId(arrival.getId()).list())
        .as("once the person is in France the transit country's stay limit is no longer anyone's work")
        .extracting(Task::getTaskDefinitionKey).containsExactly(RECEIVE_AT_RECEPTION_PLATFORM);
  }

  @Test
  void unfiledApplicationRemindsLegalOnDay19AndEscalatesToManagersOnDay21() {
    ProcessInstance arrival = arrivedWithCertificateOf("2027-01-12");
    Instant day19 = midnight("2027-01-31").toInstant();
    Instant day21 = midnight("2027-02-02").toInstant();
    try {
      moveClockTo(day19.minusSeconds(60));
      Assertions.assertThat(timersDue()).as("no reminder a minute before day 19").isZero();
      moveClockTo(day19);
      execute(managementService().createJobQuery().executable().singleResult());
      Assertions.assertThat(task(arrival).getFollowUpDate()).as("second reminder, day 19").isEqualTo(Date.from(day19));

      moveClockTo(day21.minusSeconds(60));
      Assertions.assertThat(timersDue()).as("no escalation a minute before day 21").isZero();
      moveClockTo(day21);
      execute(managementService().createJobQuery().executable().singleResult());
    } finally {
      ClockUtil.reset();
    }

    assertThat(arrival).isWaitingAt(FILE_ASYLUM_APPLICATION, OFPRA_FILING_DEADLINE_REACHED)
        .hasPassed(REMIND_OF_OFPRA_FILING);
    Task escalation = task(OFPRA_FILING_DEADLINE_REACHED, arrival);
    assertOfferedOnlyTo(escalation, "managers");
    complete(escalation, withVariables(DEADLINE_ESCALATION, "FILE_LATE"));
    complete(task(arrival), withVariables(APPLICATION_FILED_ON, "2027-02-03"));
    recordAsylumDecision(arrival, "PROTECTION_GRANTED");

    assertThat(arrival).isEnded();
  }

  @Test
  void protectionEndsTheStageEvenWithTheManagersEscalationOpen() {
    ProcessInstance arrival = arrivedWithCertificateOf("2027-01-12");
    try {
      moveClockTo(midnight("2027-02-02").toInstant());
      managementService().createJobQuery().executable().list().forEach(job -> execute(job));
    } finally {
      ClockUtil.reset();
    }
    complete(task(FILE_ASYLUM_APPLICATION, arrival), withVariables(APPLICATION_FILED_ON, "2027-02-03"));
    assertThat(arrival).isWaitingAt(RECORD_ASYLUM_DECISION, OFPRA_FILING_DEADLINE_REACHED);
    complete(task(RECORD_ASYLUM_DECISION, arrival), withVariables(ASYLUM_DECISION, "PROTECTION_GRANTED"));

    assertThat(arrival).isEnded();
    Assertions.assertThat(taskService().createTaskQuery().processInstanceId(arrival.getId()).count()).isZero();
  }

  @Test
  void refusalGivesLegalOneMonthForTheCndaAppeal() {
    Instant decidedAt = Instant.parse("2027-03-10T09:30:00Z");
    ProcessInstance arrival = startArrival();
    travelAndFileForAsylum(arrival);
    try {
      moveClockTo(decidedAt);
      recordAsylumDecision(arrival, "REFUSED");
    } finally {
      ClockUtil.reset();
    }

    Assertions.assertThat(task(arrival).getDueDate())
        .isEqualTo(Date.from(decidedAt.atZone(ZoneId.systemDefault()).plusMonths(1).toInstant()));
    handleCndaAppeal(arrival, "APPEAL_WON");
  }

  /** Arrival as the journey starts it: the visa valid from day 10 to day 100, legal stay until day 60. */
  private static ProcessInstance startArrival() {
    return runtimeService().startProcessInstanceByKey(ArrivalProcess.KEY, CASE_NUMBER, Map.of(
        JourneyProcess.CASE_NUMBER, CASE_NUMBER, VISA_VALID_FROM, TODAY.plusDays(10).toString(),
        VISA_VALID_UNTIL, TODAY.plusDays(100).toString(), STAY_LIMIT, TODAY.plusDays(60).toString()));
  }

  /** Travel (logistics), arrival and asylum desk (reception), filing with OFPRA (legal). */
  private static void travelAndFileForAsylum(ProcessInstance arrival) {
    assertThat(arrival).isWaitingAt(PLAN_TRAVEL);
    assertOfferedOnlyTo(task(arrival), "logistics");
    complete(task(arrival), withVariables(TRAVEL_PLANNED, true, EXIT_CONTROL_RISK, "MEDIUM", DEPARTURE_DATE, DEPARTURE));

    assertThat(arrival).isWaitingAt(CONFIRM_DEPARTURE);
    assertOfferedOnlyTo(task(arrival), "logistics");
    complete(task(arrival), withVariables(DEPARTED, true));

    assertThat(arrival).isWaitingAt(CONFIRM_ARRIVAL);
    assertOfferedOnlyTo(task(arrival), "reception");
    complete(task(arrival), withVariables(ARRIVED_SAFELY, true));
    receiveAndFileCertificate(arrival, "2027-01-12");

    assertThat(arrival).isWaitingAt(FILE_ASYLUM_APPLICATION);
    assertOfferedOnlyTo(task(arrival), "legal");
    Assertions.assertThat(task(arrival).getDueDate()).as("21 days after the certificate").isEqualTo(midnight("2027-02-02"));
    Assertions.assertThat(task(arrival).getFollowUpDate()).as("first reminder, day 14").isEqualTo(midnight("2027-01-26"));
    complete(task(arrival), withVariables(APPLICATION_FILED_ON, "2027-02-03"));
  }

  private static ProcessInstance arrivedWithCertificateOf(String certificateDate) {
    ProcessInstance arrival = startArrival();
    complete(task(arrival), withVariables(TRAVEL_PLANNED, true, EXIT_CONTROL_RISK, "LOW", DEPARTURE_DATE, DEPARTURE));
    complete(task(arrival), withVariables(DEPARTED, true));
    complete(task(arrival), withVariables(ARRIVED_SAFELY, true));
    receiveAndFileCertificate(arrival, certificateDate);
    return arrival;
  }

  /** Reception receives the person, then the asylum desk within 3 working days issues the certificate. */
  private static void receiveAndFileCertificate(ProcessInstance arrival, String certificateDate) {
    assertThat(arrival).isWaitingAt(RECEIVE_AT_RECEPTION_PLATFORM);
    assertOfferedOnlyTo(task(arrival), "reception");
    complete(task(arrival), withVariables(ACCOMMODATION_ARRANGED, true));

    assertThat(arrival).isWaitingAt(ACCOMPANY_TO_ASYLUM_DESK);
    assertOfferedOnlyTo(task(arrival), "reception");
    Assertions.assertThat(task(arrival).getDueDate()).as("the end of the third working day from today")
        .isEqualTo(midnight(WorkingDays.after(VisaDates.today(), 3).plusDays(1).toString()));
    complete(task(arrival), withVariables(ASYLUM_CERTIFICATE_DATE, certificateDate));
  }

  private static Date midnight(String day) {
    return Date.from(LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  private static void moveClockTo(Instant now) {
    ClockUtil.setCurrentTime(Date.from(now));
  }

  /** Nothing is due a minute before {@code due}; at {@code due} exactly one timer fires. */
  private static void fireAt(Instant due) {
    moveClockTo(due.minusSeconds(60));
    Assertions.assertThat(timersDue()).as("nothing due a minute before %s", due).isZero();
    moveClockTo(due);
    execute(managementService().createJobQuery().executable().singleResult());
  }

  /** Departure or arrival confirmed through the app's API: the message, by case number. */
  private static void confirmByMessage(String message) {
    runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(CASE_NUMBER)
        .setVariables(Map.of(ArrivalProcess.DEPARTURE_CONFIRMED_MESSAGE.equals(message) ? DEPARTED : ARRIVED_SAFELY, true))
        .correlate();
  }

  private static long timersDue() {
    return managementService().createJobQuery().executable().count();
  }

  private static void recordAsylumDecision(ProcessInstance arrival, String decision) {
    assertThat(arrival).isWaitingAt(RECORD_ASYLUM_DECISION);
    assertOfferedOnlyTo(task(arrival), "legal");
    complete(task(arrival), withVariables(ASYLUM_DECISION, decision));
  }

  private static void handleCndaAppeal(ProcessInstance arrival, String cndaResult) {
    assertThat(arrival).isWaitingAt(HANDLE_CNDA_APPEAL);
    assertOfferedOnlyTo(task(arrival), "legal");
    complete(task(arrival), withVariables(CNDA_RESULT, cndaResult));
  }
}
