package org.safepassage.visa;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.safepassage.support.ProcessTestEngine.CASE_NUMBER;
import static org.safepassage.support.ProcessTestEngine.assertOfferedOnlyTo;
import static org.safepassage.support.ProcessTestEngine.startCase;
import static org.safepassage.visa.ConsularVisaProcess.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safepassage.support.Facts;
import org.safepassage.support.ProcessTestEngine;

@Deployment(resources = {"processes/consular-visa.bpmn", "processes/route.dmn", "processes/assess-route.form",
    "processes/confirm-route.form", "processes/prepare-visa-dossier.form", "processes/arrange-laissez-passer.form",
    "processes/refer-file-to-authorities.form", "processes/book-consulate-appointment.form",
    "processes/record-interview.form", "processes/prepare-for-appointment.form", "processes/chase-visa-decision.form",
    "processes/decide-on-appeal.form", "processes/act-on-stay-limit.form"})
class ConsularVisaProcessTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage();

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  private static final String APPOINTMENT = "2026-12-20";
  private static final String FAR_STAY_LIMIT = "2027-06-30";

  @BeforeEach
  void useTestEngine() {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void frenchRouteWithPassportIsGrantedWithItsValidity() {
    ProcessInstance visa = startCase(ConsularVisaProcess.KEY);
    assertThat(visa).hasBusinessKey(CASE_NUMBER);

    assessRoute(visa, facts().with(VALID_PASSPORT, true).with(FRENCH_VISA_ELIGIBLE, true));
    assertThat(visa).variables().containsEntry(RECOMMENDED_ROUTE, "FR_ASYLUM_VISA")
        .containsEntry(ROUTE_REASON, "FR_VISA_ELIGIBLE");
    confirmRoute(visa, Map.of(ROUTE, "FR_ASYLUM_VISA"));
    applyAtTheConsulate(visa);
    decide(Map.of(VISA_DECISION, "GRANTED", VISA_VALID_FROM, "2027-01-05", VISA_VALID_UNTIL, "2027-04-05"));

    assertThat(visa).isEnded()
        .hasPassedInOrder(ASSESS_ROUTE, DECIDE_ROUTE, CONFIRM_ROUTE, PREPARE_VISA_DOSSIER, REFER_FILE_TO_AUTHORITIES,
            BOOK_CONSULATE_APPOINTMENT, RECORD_INTERVIEW, AWAIT_VISA_DECISION, VISA_GRANTED)
        .hasNotPassed(ARRANGE_LAISSEZ_PASSER, DECIDE_ON_APPEAL);
    assertThat(visa).variables().containsEntry(OUTCOME, Outcome.GRANTED).containsEntry(VISA_VALID_UNTIL, "2027-04-05");
  }

  @Test
  void withoutPassportConsularArrangesALaissezPasser() {
    ProcessInstance visa = startCase(ConsularVisaProcess.KEY);

    assessRoute(visa, facts().with(FRENCH_VISA_ELIGIBLE, true));
    confirmRoute(visa, Map.of(ROUTE, "FR_ASYLUM_VISA"));
    work(visa, PREPARE_VISA_DOSSIER, "legal", Map.of(DOSSIER_READY, true));
    work(visa, ARRANGE_LAISSEZ_PASSER, "consular", Map.of(LAISSEZ_PASSER_ARRANGED, true));

    assertThat(visa).isWaitingAt(REFER_FILE_TO_AUTHORITIES);
  }

  @Test
  void legalOverridesTheRecommendedRouteOnlyWithAReasonCode() {
    ProcessInstance visa = startCase(ConsularVisaProcess.KEY);
    assessRoute(visa, facts().with(VALID_PASSPORT, true).with(FRENCH_VISA_ELIGIBLE, true));

    assertThatThrownBy(() -> complete(taskAt(visa, CONFIRM_ROUTE), withVariables(ROUTE, "DE_HUMANITARIAN_ADMISSION")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Reason for choosing another route")
        .hasMessageContaining("recommended FR_ASYLUM_VISA");
    assertThat(visa).isWaitingAt(CONFIRM_ROUTE);

    confirmRoute(visa, Map.of(ROUTE, "DE_HUMANITARIAN_ADMISSION", ROUTE_OVERRIDE_REASON, "SECURITY_RISK"));
    assertThat(visa).isWaitingAt(PREPARE_VISA_DOSSIER);
    assertThat(visa).variables().containsEntry(ROUTE, "DE_HUMANITARIAN_ADMISSION")
        .containsEntry(RECOMMENDED_ROUTE, "FR_ASYLUM_VISA");
  }

  @Test
  void noRouteFitsSoProtectionInPlaceEndsTheStage() {
    ProcessInstance visa = startCase(ConsularVisaProcess.KEY);

    assessRoute(visa, facts());
    assertThat(visa).variables().containsEntry(RECOMMENDED_ROUTE, "PROTECT_IN_PLACE").containsEntry(ROUTE_REASON, "NO_VISA_ROUTE");
    confirmRoute(visa, Map.of(ROUTE, "PROTECT_IN_PLACE"));

    assertThat(visa).isEnded().hasPassed(PROTECT_IN_PLACE).hasNotPassed(PREPARE_VISA_DOSSIER);
    assertThat(visa).variables().containsEntry(OUTCOME, Outcome.NOT_PURSUED);
  }

  @Test
  void appointmentInThePastIsRefusedNamingToday() {
    ProcessInstance visa = startCase(ConsularVisaProcess.KEY);
    assessRoute(visa, facts().with(VALID_PASSPORT, true).with(FRENCH_VISA_ELIGIBLE, true));
    confirmRoute(visa, Map.of(ROUTE, "FR_ASYLUM_VISA"));
    work(visa, PREPARE_VISA_DOSSIER, "legal", Map.of(DOSSIER_READY, true));
    work(visa, REFER_FILE_TO_AUTHORITIES, "consular", Map.of(REFERRAL_SENT, true));

    assertThatThrownBy(() -> complete(taskAt(visa, BOOK_CONSULATE_APPOINTMENT), withVariables(APPOINTMENT_DATE, "2026-11-30")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Date of the consulate interview: must be on or after today (2026-12-01)");
    assertThat(visa).isWaitingAt(BOOK_CONSULATE_APPOINTMENT);
  }

  @Test
  void remindersComeSevenDaysAndOneDayBeforeTheAppointment() {
    ProcessInstance visa = startCase(ConsularVisaProcess.KEY);
    assessRoute(visa, facts().with(VALID_PASSPORT, true).with(FRENCH_VISA_ELIGIBLE, true));
    confirmRoute(visa, Map.of(ROUTE, "FR_ASYLUM_VISA"));
    work(visa, PREPARE_VISA_DOSSIER, "legal", Map.of(DOSSIER_READY, true));
    work(visa, REFER_FILE_TO_AUTHORITIES, "consular", Map.of(REFERRAL_SENT, true));
    work(visa, BOOK_CONSULATE_APPOINTMENT, "consular", Map.of(APPOINTMENT_DATE, APPOINTMENT));
    Task interview = taskAt(visa, RECORD_INTERVIEW);
    Assertions.assertThat(interview.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-20T00:00:00Z")));
    Assertions.assertThat(interview.getFollowUpDate()).isEqualTo(Date.from(Instant.parse("2026-12-19T00:00:00Z")));

    fireAt(visa, Instant.parse("2026-12-13T00:00:00Z"));
    Task firstReminder = taskAt(visa, PREPARE_FOR_APPOINTMENT);
    assertOfferedOnlyTo(firstReminder, "consular");
    Assertions.assertThat(firstReminder.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-20T00:00:00Z")));
    complete(firstReminder, withVariables(PERSON_PREPARED, true));

    fireAt(visa, Instant.parse("2026-12-19T00:00:00Z"));
    complete(taskAt(visa, PREPARE_FOR_APPOINTMENT), withVariables(PERSON_PREPARED, true));

    assertThat(visa).isWaitingAt(RECORD_INTERVIEW).hasPassed(APPOINTMENT_IN_SEVEN_DAYS, APPOINTMENT_TOMORROW);
  }

  @Test
  void awaitedDecisionIsChasedEveryFourteenDays() {
    ProcessInstance visa = startCase(ConsularVisaProcess.KEY);
    assessRoute(visa, facts().with(VALID_PASSPORT, true).with(FRENCH_VISA_ELIGIBLE, true));
    confirmRoute(visa, Map.of(ROUTE, "FR_ASYLUM_VISA"));
    applyAtTheConsulate(visa);

    fireAt(visa, NOW.plus(14, ChronoUnit.DAYS));
    Task chase = taskAt(visa, CHASE_VISA_DECISION);
    assertOfferedOnlyTo(chase, "consular");
    complete(chase, withVariables(DECISION_CHASED, true));

    fireAt(visa, NOW.plus(28, ChronoUnit.DAYS));
    assertThat(visa).isWaitingAt(AWAIT_VISA_DECISION, CHASE_VISA_DECISION);
    Assertions.assertThat(historicCount(CHASE_VISA_DECISION)).isEqualTo(2);
  }

  @Test
  void refusalAppealedAndWonIsGranted() {
    ProcessInstance visa = refusedVisa();

    Task decideOnAppeal = taskAt(visa, DECIDE_ON_APPEAL);
    assertOfferedOnlyTo(decideOnAppeal, "legal");
    Assertions.assertThat(decideOnAppeal.getDueDate()).isEqualTo(Date.from(NOW.plus(30, ChronoUnit.DAYS)));
    complete(decideOnAppeal, withVariables(APPEAL_DECISION, "APPEAL"));
    assertThat(visa).isWaitingAt(AWAIT_VISA_DECISION);
    decide(Map.of(VISA_DECISION, "GRANTED", VISA_VALID_FROM, "2027-02-01", VISA_VALID_UNTIL, "2027-05-01"));

    assertThat(visa).isEnded().hasPassed(DECIDE_ON_APPEAL, VISA_GRANTED).hasNotPassed(VISA_REFUSED);
    assertThat(visa).variables().containsEntry(OUTCOME, Outcome.GRANTED);
  }

  @Test
  void refusalLeadsBackToTheRouteChoiceWhenLegalTriesAnotherRoute() {
    ProcessInstance visa = refusedVisa();

    complete(taskAt(visa, DECIDE_ON_APPEAL), withVariables(APPEAL_DECISION, "TRY_ANOTHER_ROUTE"));
    confirmRoute(visa, Map.of(ROUTE, "PROTECT_IN_PLACE", ROUTE_OVERRIDE_REASON, "EARLIER_ROUTE_FAILED"));

    assertThat(visa).isEnded().hasPassed(PROTECT_IN_PLACE);
    assertThat(visa).variables().containsEntry(OUTCOME, Outcome.NOT_PURSUED);
  }

  @Test
  void refusalClosedByLegalEndsTheStageRefused() {
    ProcessInstance visa = refusedVisa();

    complete(taskAt(visa, DECIDE_ON_APPEAL), withVariables(APPEAL_DECISION, "CLOSE"));

    assertThat(visa).isEnded().hasPassed(VISA_REFUSED).hasNotPassed(VISA_GRANTED);
    assertThat(visa).variables().containsEntry(OUTCOME, Outcome.REFUSED);
  }

  @Test
  void stayLimitAlertsFireThreeWeeksAndOneWeekAheadWhateverTheStageIsDoing() {
    ProcessInstance visa = startCase(ConsularVisaProcess.KEY);
    assessRoute(visa, facts().with(VALID_PASSPORT, true).with(FRENCH_VISA_ELIGIBLE, true).with(STAY_LIMIT, "2026-12-29"));

    fireAt(visa, Instant.parse("2026-12-08T00:00:00Z"));
    Task alert = taskAt(visa, ACT_ON_STAY_LIMIT);
    assertOfferedOnlyTo(alert, "legal");
    Assertions.assertThat(alert.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-29T00:00:00Z")));
    assertThat(visa).isWaitingAt(CONFIRM_ROUTE, ACT_ON_STAY_LIMIT);
    complete(alert, withVariables(STAY_LIMIT_ACTED_ON, true));

    confirmRoute(visa, Map.of(ROUTE, "FR_ASYLUM_VISA"));
    work(visa, PREPARE_VISA_DOSSIER, "legal", Map.of(DOSSIER_READY, true));
    fireAt(visa, Instant.parse("2026-12-22T00:00:00Z"));
    assertThat(visa).isWaitingAt(REFER_FILE_TO_AUTHORITIES, ACT_ON_STAY_LIMIT).hasPassed(STAY_LIMIT_IN_ONE_WEEK);

    work(visa, REFER_FILE_TO_AUTHORITIES, "consular", Map.of(REFERRAL_SENT, true));
    work(visa, BOOK_CONSULATE_APPOINTMENT, "consular", Map.of(APPOINTMENT_DATE, "2026-12-28"));
    work(visa, RECORD_INTERVIEW, "consular", Map.of(INTERVIEW_HELD, true));
    decide(Map.of(VISA_DECISION, "GRANTED", VISA_VALID_FROM, "2026-12-28", VISA_VALID_UNTIL, "2027-03-28"));

    assertThat(visa).isEnded();
    Assertions.assertThat(taskService().createTaskQuery().processInstanceId(visa.getId()).count())
        .as("an alert still open when the visa comes is no longer anyone's work").isZero();
  }

  private static ProcessInstance refusedVisa() {
    ProcessInstance visa = startCase(ConsularVisaProcess.KEY);
    assessRoute(visa, facts().with(VALID_PASSPORT, true).with(FRENCH_VISA_ELIGIBLE, true));
    confirmRoute(visa, Map.of(ROUTE, "FR_ASYLUM_VISA"));
    applyAtTheConsulate(visa);
    decide(Map.of(VISA_DECISION, "REFUSED"));
    return visa;
  }

  /** Nothing is due a minute before {@code due}; at {@code due} exactly one timer fires. */
  private static void fireAt(ProcessInstance visa, Instant due) {
    ClockUtil.setCurrentTime(Date.from(due.minus(1, ChronoUnit.MINUTES)));
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(visa.getId()).executable().count())
        .as("nothing due before %s", due).isZero();
    ClockUtil.setCurrentTime(Date.from(due));
    execute(managementService().createJobQuery().processInstanceId(visa.getId()).executable().singleResult());
  }

  private static long historicCount(String taskKey) {
    return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService().createHistoricTaskInstanceQuery()
        .taskDefinitionKey(taskKey).count();
  }

  /** The authorities' decision arrives as message VisaDecision, by case number. */
  private static void decide(Map<String, Object> decision) {
    runtimeService().createMessageCorrelation(VISA_DECISION_MESSAGE).processInstanceBusinessKey(CASE_NUMBER)
        .setVariables(decision).correlate();
  }

  private static void assessRoute(ProcessInstance visa, Facts facts) {
    work(visa, ASSESS_ROUTE, "legal", facts.values());
  }

  private static void confirmRoute(ProcessInstance visa, Map<String, Object> choice) {
    work(visa, CONFIRM_ROUTE, "legal", choice);
  }

  /** Dossier (legal), then referral, appointment and interview (consular); then the decision is awaited. */
  private static void applyAtTheConsulate(ProcessInstance visa) {
    work(visa, PREPARE_VISA_DOSSIER, "legal", Map.of(DOSSIER_READY, true));
    work(visa, REFER_FILE_TO_AUTHORITIES, "consular", Map.of(REFERRAL_SENT, true));
    work(visa, BOOK_CONSULATE_APPOINTMENT, "consular", Map.of(APPOINTMENT_DATE, APPOINTMENT));
    work(visa, RECORD_INTERVIEW, "consular", Map.of(INTERVIEW_HELD, true));
    assertThat(visa).isWaitingAt(AWAIT_VISA_DECISION);
  }

  private static void work(ProcessInstance visa, String taskKey, String team, Map<String, Object> form) {
    Task task = taskAt(visa, taskKey);
    assertOfferedOnlyTo(task, team);
    complete(task, form);
  }

  private static Task taskAt(ProcessInstance visa, String taskKey) {
    Task task = taskService().createTaskQuery().processInstanceId(visa.getId()).taskDefinitionKey(taskKey).singleResult();
    Assertions.assertThat(task).as("open task %s", taskKey).isNotNull();
    return task;
  }

  /** Route facts: nothing speaks for any route, Russian only, the stay limit far off. */
  static Facts facts() {
    return new Facts().with(VALID_PASSPORT, false).with(FRENCH_VISA_ELIGIBLE, false).with(GERMAN_ROUTE_PROFILE, false)
        .with(FAMILY_IN_EU, false).with(LANGUAGE, "RUSSIAN_ONLY").with(STAY_LIMIT, FAR_STAY_LIMIT);
  }

}
