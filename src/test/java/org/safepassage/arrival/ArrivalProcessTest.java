package org.safepassage.arrival;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.safepassage.arrival.ArrivalProcess.ACCOMPANY_TO_ASYLUM_DESK;
import static org.safepassage.arrival.ArrivalProcess.APPLICATION_FILED_ON;
import static org.safepassage.arrival.ArrivalProcess.ARRIVED_SAFELY;
import static org.safepassage.arrival.ArrivalProcess.ASYLUM_CERTIFICATE_DATE;
import static org.safepassage.arrival.ArrivalProcess.ASYLUM_DECISION;
import static org.safepassage.arrival.ArrivalProcess.CNDA_RESULT;
import static org.safepassage.arrival.ArrivalProcess.CONFIRM_ARRIVAL;
import static org.safepassage.arrival.ArrivalProcess.EXIT_CONTROL_RISK;
import static org.safepassage.arrival.ArrivalProcess.FILE_ASYLUM_APPLICATION;
import static org.safepassage.arrival.ArrivalProcess.HANDLE_CNDA_APPEAL;
import static org.safepassage.arrival.ArrivalProcess.OUTCOME;
import static org.safepassage.arrival.ArrivalProcess.PLAN_TRAVEL;
import static org.safepassage.arrival.ArrivalProcess.PROTECTION_GRANTED;
import static org.safepassage.arrival.ArrivalProcess.PROTECTION_REFUSED;
import static org.safepassage.arrival.ArrivalProcess.RECORD_ASYLUM_DECISION;
import static org.safepassage.arrival.ArrivalProcess.TRAVEL_PLANNED;
import static org.safepassage.support.ProcessTestEngine.CASE_NUMBER;
import static org.safepassage.support.ProcessTestEngine.assertOfferedOnlyTo;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.safepassage.arrival.ArrivalProcess.DEPARTURE_DATE;
import static org.safepassage.arrival.ArrivalProcess.STAY_LIMIT;
import static org.safepassage.arrival.ArrivalProcess.VISA_VALID_FROM;
import static org.safepassage.arrival.ArrivalProcess.VISA_VALID_UNTIL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import java.time.ZoneOffset;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safepassage.journey.JourneyProcess;
import org.safepassage.support.ProcessTestEngine;

@Deployment(resources = {"processes/arrival.bpmn", "processes/plan-travel.form", "processes/confirm-arrival.form",
    "processes/accompany-to-asylum-desk.form", "processes/file-asylum-application.form",
    "processes/record-asylum-decision.form", "processes/handle-cnda-appeal.form"})
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
        .hasPassedInOrder(PLAN_TRAVEL, CONFIRM_ARRIVAL, ACCOMPANY_TO_ASYLUM_DESK, FILE_ASYLUM_APPLICATION,
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
    assertThat(arrival).variables().containsEntry(OUTCOME, "NOT_PROTECTED");
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
    complete(task(arrival), withVariables(ARRIVED_SAFELY, true));

    assertThatThrownBy(() -> complete(task(arrival), withVariables(ASYLUM_CERTIFICATE_DATE, "next Tuesday")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Date on the asylum certificate: expected a date like 2026-12-01");
    assertThat(arrival).isWaitingAt(ACCOMPANY_TO_ASYLUM_DESK);
  }

  @ParameterizedTest
  @CsvSource({
      "-1, must be today",
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

    assertThat(arrival).isWaitingAt(CONFIRM_ARRIVAL);
  }

  @Test
  void arrivalNotConfirmedADayAfterDepartureRaisesAContactLostIncident() {
    ProcessInstance arrival = startArrival();
    complete(task(arrival), withVariables(TRAVEL_PLANNED, true, EXIT_CONTROL_RISK, "HIGH", DEPARTURE_DATE, DEPARTURE));
    Instant overdue = TODAY.plusDays(21).atStartOfDay(ZoneOffset.UTC).toInstant();
    Assertions.assertThat(task(arrival).getDueDate()).isEqualTo(Date.from(overdue));
    try {
      ClockUtil.setCurrentTime(Date.from(overdue.minusSeconds(60)));
      Assertions.assertThat(managementService().createJobQuery().executable().count()).as("not a minute early").isZero();
      ClockUtil.setCurrentTime(Date.from(overdue));
      execute(managementService().createJobQuery().executable().singleResult());
    } finally {
      ClockUtil.reset();
    }

    assertThat(arrival).isWaitingAt(CONFIRM_ARRIVAL).hasPassed(ArrivalProcess.SAFETY_INCIDENT_RAISED);
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

    assertThat(arrival).isWaitingAt(CONFIRM_ARRIVAL);
    assertOfferedOnlyTo(task(arrival), "reception");
    complete(task(arrival), withVariables(ARRIVED_SAFELY, true));

    assertThat(arrival).isWaitingAt(ACCOMPANY_TO_ASYLUM_DESK);
    assertOfferedOnlyTo(task(arrival), "reception");
    complete(task(arrival), withVariables(ASYLUM_CERTIFICATE_DATE, "2027-01-12"));

    assertThat(arrival).isWaitingAt(FILE_ASYLUM_APPLICATION);
    assertOfferedOnlyTo(task(arrival), "legal");
    complete(task(arrival), withVariables(APPLICATION_FILED_ON, "2027-02-03"));
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
