package org.safepassage.firstcontact;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.safepassage.firstcontact.FirstContactProcess.ASSESS_URGENCY;
import static org.safepassage.firstcontact.FirstContactProcess.CASE_ACCEPTED;
import static org.safepassage.firstcontact.FirstContactProcess.CONTACT_LOST;
import static org.safepassage.firstcontact.FirstContactProcess.HOLD_SAFETY_CALL;
import static org.safepassage.firstcontact.FirstContactProcess.NEXT_CONTACT_ATTEMPT_DUE;
import static org.safepassage.firstcontact.FirstContactProcess.OUTCOME;
import static org.safepassage.firstcontact.FirstContactProcess.REFERRED_ELSEWHERE;
import static org.safepassage.firstcontact.FirstContactProcess.RESPOND_TO_DETENTION_RISK;
import static org.safepassage.firstcontact.FirstContactProcess.REVIEW_LOST_CONTACT;
import static org.safepassage.firstcontact.FirstContactProcess.SAFETY_CALL_HELD;
import static org.safepassage.firstcontact.FirstContactProcess.SAFETY_CALL_OUTCOME;
import static org.safepassage.firstcontact.FirstContactProcess.URGENCY;
import static org.safepassage.firstcontact.FirstContactProcess.URGENCY_BY_TABLE;
import static org.safepassage.support.ProcessTestEngine.CASE_NUMBER;
import static org.safepassage.support.ProcessTestEngine.assertOfferedOnlyTo;
import static org.safepassage.support.ProcessTestEngine.startCase;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
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
import org.safepassage.firstcontact.FirstContactProcess.Outcome;
import org.safepassage.firstcontact.internal.KnownDuplicates;
import org.safepassage.support.ProcessTestEngine;

@Deployment(resources = {"processes/first-contact.bpmn", "processes/triage-urgency.dmn",
    "processes/assess-urgency.form", "processes/hold-safety-call.form", "processes/respond-to-detention-risk.form",
    "processes/review-lost-contact.form", "processes/review-possible-duplicate.form"})
class FirstContactProcessTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage();

  private static final Instant OPENED = Instant.parse("2026-11-02T09:00:00Z");

  @BeforeEach
  void useTestEngine() {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(OPENED));
  }

  @AfterEach
  void resetClockAndDuplicates() {
    ClockUtil.reset();
    KnownDuplicates.forgetAll();
  }

  @Test
  void likelyDuplicateMergedIntoTheEarlierCaseEndsThisOne() {
    KnownDuplicates.caseDuplicates(CASE_NUMBER, "SP-EARL-IER1");
    ProcessInstance firstContact = startCase(FirstContactProcess.KEY);

    assertThat(firstContact).isWaitingAt(FirstContactProcess.REVIEW_POSSIBLE_DUPLICATE)
        .variables().containsEntry(FirstContactProcess.POSSIBLE_DUPLICATE_OF, "SP-EARL-IER1");
    assertOfferedOnlyTo(task(firstContact), "intake");
    Assertions.assertThat(task(firstContact).getName()).isEqualTo("Review possible duplicate");
    complete(task(firstContact), withVariables(FirstContactProcess.DUPLICATE_DECISION, "MERGE"));

    assertThat(firstContact).isEnded().hasPassed(FirstContactProcess.MERGED_INTO_EARLIER_CASE).hasNotPassed(ASSESS_URGENCY);
    assertThat(firstContact).variables().containsEntry(OUTCOME, Outcome.MERGED);
  }

  @Test
  void likelyDuplicateFoundToBeSomeoneElseContinuesAsANewCase() {
    KnownDuplicates.caseDuplicates(CASE_NUMBER, "SP-EARL-IER1");
    ProcessInstance firstContact = startCase(FirstContactProcess.KEY);

    complete(task(firstContact), withVariables(FirstContactProcess.DUPLICATE_DECISION, "CONTINUE_AS_NEW"));

    assertThat(firstContact).isWaitingAt(ASSESS_URGENCY);
  }

  @Test
  void personInSafetyIsP2AndTheSafetyCallIsDueIn72Hours() {
    ProcessInstance firstContact = startCase(FirstContactProcess.KEY);
    assertThat(firstContact).hasBusinessKey(CASE_NUMBER);

    assessUrgency(firstContact, TriageFacts.safe());

    Task safetyCall = safetyCall(firstContact);
    Assertions.assertThat(safetyCall.getDueDate()).isEqualTo(Date.from(OPENED.plus(Duration.ofHours(72))));
    Assertions.assertThat(safetyCall.getPriority()).isEqualTo(50);
    assertThat(firstContact).variables().containsEntry(URGENCY, "P2").containsEntry(URGENCY_BY_TABLE, "P2");
    complete(safetyCall, withVariables(SAFETY_CALL_HELD, true, SAFETY_CALL_OUTCOME, "TAKE_ON"));

    assertThat(firstContact).isEnded().hasPassed(CASE_ACCEPTED).hasNotPassed(RESPOND_TO_DETENTION_RISK);
    assertThat(firstContact).variables().containsEntry(OUTCOME, Outcome.ACCEPTED);
  }

  @Test
  void detainedPersonIsP0AndLegalMustRespondWithinTheHourAlongsideTheSafetyCall() {
    ProcessInstance firstContact = startCase(FirstContactProcess.KEY);

    assessUrgency(firstContact, TriageFacts.safe().with(FirstContactProcess.DETAINED, true));

    Date withinTheHour = Date.from(OPENED.plus(Duration.ofHours(1)));
    assertThat(firstContact).isWaitingAt(HOLD_SAFETY_CALL, RESPOND_TO_DETENTION_RISK);
    Task legal = task(RESPOND_TO_DETENTION_RISK, firstContact);
    assertOfferedOnlyTo(legal, "legal");
    Assertions.assertThat(legal.getName()).isEqualTo("Respond to detention or extradition risk");
    Assertions.assertThat(legal.getDueDate()).isEqualTo(withinTheHour);
    Task safetyCall = task(HOLD_SAFETY_CALL, firstContact);
    Assertions.assertThat(safetyCall.getDueDate()).isEqualTo(withinTheHour);
    Assertions.assertThat(safetyCall.getPriority()).isEqualTo(100);

    complete(legal, withVariables("detentionResponse", "LAWYER_ENGAGED"));
    complete(safetyCall, withVariables(SAFETY_CALL_HELD, true, SAFETY_CALL_OUTCOME, "TAKE_ON"));
    assertThat(firstContact).isEnded().hasPassed(CASE_ACCEPTED, FirstContactProcess.RESPOND_TO_DETENTION_RISK);
  }

  @Test
  void intakeOverridesTheTableWithAReasonAndTheTablesAnswerStays() {
    ProcessInstance firstContact = startCase(FirstContactProcess.KEY);

    assessUrgency(firstContact, TriageFacts.safe().with(FirstContactProcess.URGENCY_OVERRIDE, "P1")
        .with(FirstContactProcess.URGENCY_OVERRIDE_REASON, "DANGER_UNDERSTATED"));

    Assertions.assertThat(safetyCall(firstContact).getDueDate()).isEqualTo(Date.from(OPENED.plus(Duration.ofHours(24))));
    assertThat(firstContact).variables().containsEntry(URGENCY, "P1").containsEntry(URGENCY_BY_TABLE, "P2");
    Assertions.assertThat(historyService().createHistoricDecisionInstanceQuery().processInstanceId(firstContact.getId())
        .includeOutputs().singleResult().getOutputs())
        .as("the table's own answer, in the decision history")
        .singleElement().satisfies(output -> Assertions.assertThat(output.getValue()).isEqualTo("P2"));
  }

  @Test
  void overrideWithoutAReasonIsRefused() {
    ProcessInstance firstContact = startCase(FirstContactProcess.KEY);

    assertThatThrownBy(() -> complete(task(firstContact), TriageFacts.safe().with(FirstContactProcess.URGENCY_OVERRIDE, "P0").values))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Reason for the override: choose one when you override the urgency");
    assertThat(firstContact).isWaitingAt(ASSESS_URGENCY);
  }

  @Test
  void missingTriageAnswerIsRefused() {
    ProcessInstance firstContact = startCase(FirstContactProcess.KEY);
    Map<String, Object> facts = TriageFacts.safe().values;
    facts.remove(FirstContactProcess.WHEREABOUTS);

    assertThatThrownBy(() -> complete(task(firstContact), facts))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Where is the person now?: this is required");
  }

  @Test
  void takingTheCaseOnNeedsTheSafetyCallTicked() {
    ProcessInstance firstContact = startCase(FirstContactProcess.KEY);
    assessUrgency(firstContact, TriageFacts.safe());

    assertThatThrownBy(() -> complete(safetyCall(firstContact), withVariables(SAFETY_CALL_OUTCOME, "TAKE_ON")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("The safety call took place over a secure channel: tick this box to take the case on");
    assertThat(firstContact).isWaitingAt(HOLD_SAFETY_CALL);
  }

  @Test
  void referringElsewhereNeedsNoTickAndEndsFirstContact() {
    ProcessInstance firstContact = startCase(FirstContactProcess.KEY);
    assessUrgency(firstContact, TriageFacts.safe());

    complete(safetyCall(firstContact), withVariables(SAFETY_CALL_OUTCOME, "REFER_ELSEWHERE"));

    assertThat(firstContact).isEnded().hasPassed(REFERRED_ELSEWHERE).hasNotPassed(CASE_ACCEPTED);
    assertThat(firstContact).variables().containsEntry(OUTCOME, Outcome.REFERRED_ELSEWHERE);
  }

  @Test
  void unreachablePersonIsCalledAgainAfter48HoursAndNotBefore() {
    ProcessInstance firstContact = startCase(FirstContactProcess.KEY);
    assessUrgency(firstContact, TriageFacts.safe());

    complete(safetyCall(firstContact), withVariables(SAFETY_CALL_OUTCOME, "UNREACHABLE"));
    assertThat(firstContact).isWaitingAt(NEXT_CONTACT_ATTEMPT_DUE);

    Instant again = nextAttemptAfter48Hours(firstContact, OPENED);
    Task secondCall = safetyCall(firstContact);
    Assertions.assertThat(secondCall.getDueDate()).as("a fresh deadline for the new attempt")
        .isEqualTo(Date.from(again.plus(Duration.ofHours(72))));
    complete(secondCall, withVariables(SAFETY_CALL_HELD, true, SAFETY_CALL_OUTCOME, "TAKE_ON"));

    assertThat(firstContact).isEnded().hasPassed(CASE_ACCEPTED);
  }

  @Test
  void thirdFailedAttemptClosesTheCaseAsLostContactAfterManagersReviewIt() {
    ProcessInstance firstContact = startCase(FirstContactProcess.KEY);
    assessUrgency(firstContact, TriageFacts.safe());

    Instant now = OPENED;
    for (int attempt = 1; attempt < FirstContactProcess.MAX_FAILED_CONTACT_ATTEMPTS; attempt++) {
      complete(safetyCall(firstContact), withVariables(SAFETY_CALL_OUTCOME, "UNREACHABLE"));
      now = nextAttemptAfter48Hours(firstContact, now);
    }
    complete(safetyCall(firstContact), withVariables(SAFETY_CALL_OUTCOME, "UNREACHABLE"));

    assertThat(firstContact).isWaitingAt(REVIEW_LOST_CONTACT);
    assertOfferedOnlyTo(task(firstContact), "managers");
    complete(task(firstContact), withVariables("lostContactReviewed", true));
    assertThat(firstContact).isEnded().hasPassed(CONTACT_LOST).hasNotPassed(CASE_ACCEPTED);
    assertThat(firstContact).variables().containsEntry(OUTCOME, Outcome.LOST_CONTACT);
  }

  /** The timer waits 48 hours: not a minute less. Returns the moment the new attempt opened. */
  private static Instant nextAttemptAfter48Hours(ProcessInstance firstContact, Instant failedAt) {
    ClockUtil.setCurrentTime(Date.from(failedAt.plus(Duration.ofHours(48)).minus(Duration.ofMinutes(1))));
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(firstContact.getId()).executable().count())
        .as("no new attempt before 48 hours").isZero();
    Instant due = failedAt.plus(Duration.ofHours(48));
    ClockUtil.setCurrentTime(Date.from(due));
    execute(managementService().createJobQuery().processInstanceId(firstContact.getId()).executable().singleResult());
    assertThat(firstContact).isWaitingAt(HOLD_SAFETY_CALL);
    return due;
  }

  private static void assessUrgency(ProcessInstance firstContact, TriageFacts facts) {
    assertThat(firstContact).isWaitingAt(ASSESS_URGENCY);
    assertOfferedOnlyTo(task(firstContact), "intake");
    complete(task(firstContact), facts.values);
  }

  private static Task safetyCall(ProcessInstance firstContact) {
    assertThat(firstContact).isWaitingAt(HOLD_SAFETY_CALL);
    Task call = taskQuery().processInstanceId(firstContact.getId()).taskDefinitionKey(HOLD_SAFETY_CALL).singleResult();
    assertOfferedOnlyTo(call, "intake");
    return call;
  }

  /** Answers to the triage form. */
  static final class TriageFacts {
    final Map<String, Object> values = new HashMap<>();

    /** Someone already in a safe country, no police, no case, with a passport: the table's P2. */
    static TriageFacts safe() {
      return new TriageFacts()
          .with(FirstContactProcess.WHEREABOUTS, "SAFE_COUNTRY")
          .with(FirstContactProcess.DETAINED, false)
          .with(FirstContactProcess.APPROACHED_BY_POLICE, false)
          .with(FirstContactProcess.CRIMINAL_CASE, false)
          .with(FirstContactProcess.WANTED, false)
          .with(FirstContactProcess.TRAVEL_DOCUMENTS, "PASSPORT")
          .with(FirstContactProcess.DEPENDANTS, false);
    }

    TriageFacts with(String name, Object value) {
      values.put(name, value);
      return this;
    }
  }
}
