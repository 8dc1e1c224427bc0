package org.safepassage.vetting;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.safepassage.support.ProcessTestEngine.CASE_NUMBER;
import static org.safepassage.support.ProcessTestEngine.assertOfferedOnlyTo;
import static org.safepassage.support.ProcessTestEngine.startCase;
import static org.safepassage.vetting.VettingProcess.DECIDE_ESCALATED_VETTING;
import static org.safepassage.vetting.VettingProcess.INTERVIEW_STANCE;
import static org.safepassage.vetting.VettingProcess.MANAGER_DECISION;
import static org.safepassage.vetting.VettingProcess.OUTCOME;
import static org.safepassage.vetting.VettingProcess.RECOMMENDATION;
import static org.safepassage.vetting.VettingProcess.SCREEN_FOR_EXCLUSION;
import static org.safepassage.vetting.VettingProcess.SECURITY_VERDICT;
import static org.safepassage.vetting.VettingProcess.STANCE_CREDIBILITY;
import static org.safepassage.vetting.VettingProcess.VERIFY_IDENTITY_AND_SERVICE;
import static org.safepassage.vetting.VettingProcess.VETTING_APPROVED;
import static org.safepassage.vetting.VettingProcess.VETTING_REJECTED;
import static org.safepassage.vetting.VettingProcess.VETTING_VETOED;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safepassage.support.ProcessTestEngine;

@Deployment(resources = {"processes/vetting.bpmn", "processes/verify-identity-and-service.form",
    "processes/interview-stance.form", "processes/decide-escalated-vetting.form", "processes/screen-for-exclusion.form"})
class VettingProcessTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage();

  @BeforeEach
  void useTestEngine() {
    init(engine.getProcessEngine());
  }

  @Test
  void approvedAndClearedCaseLeavesVettingApproved() {
    ProcessInstance vetting = startCase(VettingProcess.KEY);
    assertThat(vetting).hasBusinessKey(CASE_NUMBER);

    verifyIdentityAndService(vetting);
    interviewStance(vetting, "APPROVE");
    screenForExclusion(vetting, "CLEAR");

    assertThat(vetting).isEnded()
        .hasPassedInOrder(VERIFY_IDENTITY_AND_SERVICE, INTERVIEW_STANCE, SCREEN_FOR_EXCLUSION, VETTING_APPROVED)
        .hasNotPassed(DECIDE_ESCALATED_VETTING);
    assertThat(vetting).variables().containsEntry(OUTCOME, "APPROVED").containsEntry(STANCE_CREDIBILITY, 4);
  }

  @Test
  void moreInformationSendsVettingBackToIdentityCheck() {
    ProcessInstance vetting = startCase(VettingProcess.KEY);

    verifyIdentityAndService(vetting);
    interviewStance(vetting, "MORE_INFO");

    assertThat(vetting).isWaitingAt(VERIFY_IDENTITY_AND_SERVICE);
    verifyIdentityAndService(vetting);
    assertThatThrownBy(() -> complete(task(INTERVIEW_STANCE, vetting)))
        .as("the first interview's answers do not count for the second")
        .hasMessageContaining("this is required");
    interviewStance(vetting, "APPROVE");
    screenForExclusion(vetting, "CLEAR");

    assertThat(vetting).isEnded().hasPassed(VETTING_APPROVED);
    Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(vetting.getId())
        .activityId(VERIFY_IDENTITY_AND_SERVICE).count()).as("identity checks").isEqualTo(2);
  }

  @Test
  void escalatedCaseApprovedByManagerGoesToSecurityReview() {
    ProcessInstance vetting = startCase(VettingProcess.KEY);

    verifyIdentityAndService(vetting);
    interviewStance(vetting, "ESCALATE");
    decideEscalatedVetting(vetting, "APPROVE");

    assertThat(vetting).isWaitingAt(SCREEN_FOR_EXCLUSION);
    screenForExclusion(vetting, "CLEAR");
    assertThat(vetting).isEnded().hasPassed(DECIDE_ESCALATED_VETTING, VETTING_APPROVED);
    assertThat(vetting).variables().containsEntry(OUTCOME, "APPROVED");
  }

  @Test
  void escalatedCaseRejectedByManagerIsRejected() {
    ProcessInstance vetting = startCase(VettingProcess.KEY);

    verifyIdentityAndService(vetting);
    interviewStance(vetting, "ESCALATE");
    decideEscalatedVetting(vetting, "REJECT");

    assertThat(vetting).isEnded().hasPassed(VETTING_REJECTED).hasNotPassed(SCREEN_FOR_EXCLUSION);
    assertThat(vetting).variables().containsEntry(OUTCOME, "REJECTED");
  }

  @Test
  void vettingRecommendingRejectionRejectsTheCase() {
    ProcessInstance vetting = startCase(VettingProcess.KEY);

    verifyIdentityAndService(vetting);
    interviewStance(vetting, "REJECT");

    assertThat(vetting).isEnded().hasPassed(VETTING_REJECTED).hasNotPassed(DECIDE_ESCALATED_VETTING, SCREEN_FOR_EXCLUSION);
    assertThat(vetting).variables().containsEntry(OUTCOME, "REJECTED");
  }

  @Test
  void securityVetoRejectsTheCase() {
    ProcessInstance vetting = startCase(VettingProcess.KEY);

    verifyIdentityAndService(vetting);
    interviewStance(vetting, "APPROVE");
    screenForExclusion(vetting, "VETO");

    assertThat(vetting).isEnded().hasPassed(VETTING_VETOED).hasNotPassed(VETTING_APPROVED);
    assertThat(vetting).variables().containsEntry(OUTCOME, "REJECTED");
  }

  @Test
  void credibilityOutsideOneToFiveIsRefused() {
    ProcessInstance vetting = startCase(VettingProcess.KEY);
    verifyIdentityAndService(vetting);

    assertThatThrownBy(() -> complete(task(vetting), withVariables(STANCE_CREDIBILITY, 7, RECOMMENDATION, "APPROVE")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("How credible is the anti-war stance?")
        .hasMessageContaining("must be between 1 and 5");

    assertThat(vetting).isWaitingAt(INTERVIEW_STANCE);
  }

  private static void verifyIdentityAndService(ProcessInstance vetting) {
    assertThat(vetting).isWaitingAt(VERIFY_IDENTITY_AND_SERVICE);
    assertOfferedOnlyTo(task(vetting), "vetting");
    complete(task(vetting), withVariables("identityConfirmed", true, "serviceConfirmed", true, "desertionProven", true));
  }

  private static void interviewStance(ProcessInstance vetting, String recommendation) {
    assertThat(vetting).isWaitingAt(INTERVIEW_STANCE);
    assertOfferedOnlyTo(task(vetting), "vetting");
    complete(task(vetting), withVariables(STANCE_CREDIBILITY, 4, RECOMMENDATION, recommendation));
  }

  private static void decideEscalatedVetting(ProcessInstance vetting, String decision) {
    assertThat(vetting).isWaitingAt(DECIDE_ESCALATED_VETTING);
    assertOfferedOnlyTo(task(vetting), "managers");
    complete(task(vetting), withVariables(MANAGER_DECISION, decision));
  }

  private static void screenForExclusion(ProcessInstance vetting, String verdict) {
    assertThat(vetting).isWaitingAt(SCREEN_FOR_EXCLUSION);
    assertOfferedOnlyTo(task(vetting), "security-review");
    complete(task(vetting), withVariables(SECURITY_VERDICT, verdict));
  }
}
