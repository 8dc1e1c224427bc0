package org.safepassage.firstcontact;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.safepassage.firstcontact.FirstContactProcess.CASE_ACCEPTED;
import static org.safepassage.firstcontact.FirstContactProcess.CASE_NOT_ACCEPTED;
import static org.safepassage.firstcontact.FirstContactProcess.DECISION;
import static org.safepassage.firstcontact.FirstContactProcess.HOLD_SAFETY_CALL;
import static org.safepassage.firstcontact.FirstContactProcess.OUTCOME;
import static org.safepassage.firstcontact.FirstContactProcess.SAFETY_CALL_HELD;
import static org.safepassage.firstcontact.FirstContactProcess.SET_URGENCY;
import static org.safepassage.firstcontact.FirstContactProcess.URGENCY;
import static org.safepassage.support.ProcessTestEngine.CASE_NUMBER;
import static org.safepassage.support.ProcessTestEngine.assertOfferedOnlyTo;
import static org.safepassage.support.ProcessTestEngine.startCase;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safepassage.support.ProcessTestEngine;

@Deployment(resources = {"processes/first-contact.bpmn", "processes/hold-safety-call.form", "processes/set-urgency.form"})
class FirstContactProcessTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage();

  @BeforeEach
  void useTestEngine() {
    init(engine.getProcessEngine());
  }

  @Test
  void acceptedCaseLeavesFirstContactWithUrgency() {
    ProcessInstance firstContact = startCase(FirstContactProcess.KEY);

    assertThat(firstContact).hasBusinessKey(CASE_NUMBER).isWaitingAt(HOLD_SAFETY_CALL);
    assertOfferedOnlyTo(task(firstContact), "intake");
    complete(task(firstContact), withVariables(SAFETY_CALL_HELD, true, DECISION, "TAKE_ON"));

    assertThat(firstContact).isWaitingAt(SET_URGENCY);
    assertOfferedOnlyTo(task(firstContact), "intake");
    complete(task(firstContact), withVariables(URGENCY, "P0"));

    assertThat(firstContact).isEnded().hasPassed(CASE_ACCEPTED).hasNotPassed(CASE_NOT_ACCEPTED);
    assertThat(firstContact).variables().containsEntry(OUTCOME, "ACCEPTED").containsEntry(URGENCY, "P0");
  }

  @Test
  void caseNotTakenOnEndsFirstContact() {
    ProcessInstance firstContact = startCase(FirstContactProcess.KEY);

    complete(task(firstContact), withVariables(SAFETY_CALL_HELD, true, DECISION, "NOT_ACCEPTED"));

    assertThat(firstContact).isEnded().hasPassed(CASE_NOT_ACCEPTED).hasNotPassed(SET_URGENCY, CASE_ACCEPTED);
    assertThat(firstContact).variables().containsEntry(OUTCOME, "NOT_ACCEPTED");
  }

  @Test
  void safetyCallWithoutADecisionIsRefused() {
    ProcessInstance firstContact = startCase(FirstContactProcess.KEY);
    Task safetyCall = task(firstContact);

    assertThatThrownBy(() -> complete(safetyCall, withVariables(SAFETY_CALL_HELD, true)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Please fix the form: Do we take the case on?: this is required");

    assertThat(firstContact).isWaitingAt(HOLD_SAFETY_CALL);
    assertThat(task(firstContact)).hasId(safetyCall.getId());
  }

  @Test
  void unknownDecisionIsRefusedWithTheChoicesOnOffer() {
    ProcessInstance firstContact = startCase(FirstContactProcess.KEY);

    assertThatThrownBy(() -> complete(task(firstContact), withVariables(SAFETY_CALL_HELD, true, DECISION, "MAYBE")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Do we take the case on?: choose one of TAKE_ON, NOT_ACCEPTED");
  }

  @Test
  void safetyCallNotTickedAsSecureIsRefused() {
    ProcessInstance firstContact = startCase(FirstContactProcess.KEY);

    assertThatThrownBy(() -> complete(task(firstContact), withVariables(SAFETY_CALL_HELD, false, DECISION, "TAKE_ON")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("The safety call took place over a secure channel: tick this box to go on");
  }
}
