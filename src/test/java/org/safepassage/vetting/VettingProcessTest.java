package org.safepassage.vetting;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processEngine;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.safepassage.support.ProcessTestEngine.CASE_NUMBER;
import static org.safepassage.support.ProcessTestEngine.assertOfferedOnlyTo;
import static org.safepassage.support.ProcessTestEngine.startCase;
import static org.safepassage.vetting.VettingProcess.AWAIT_INFORMATION;
import static org.safepassage.vetting.VettingProcess.CHASE_MISSING_INFORMATION;
import static org.safepassage.vetting.VettingProcess.DECIDE_ESCALATED_VETTING;
import static org.safepassage.vetting.VettingProcess.INFORMATION_CHASE;
import static org.safepassage.vetting.VettingProcess.INFORMATION_RECEIVED;
import static org.safepassage.vetting.VettingProcess.INTERVIEW_STANCE;
import static org.safepassage.vetting.VettingProcess.MANAGER_DECISION;
import static org.safepassage.vetting.VettingProcess.OUTCOME;
import static org.safepassage.vetting.VettingProcess.REASON;
import static org.safepassage.vetting.VettingProcess.SCREEN_FOR_EXCLUSION;
import static org.safepassage.vetting.VettingProcess.SECURITY_VERDICT;
import static org.safepassage.vetting.VettingProcess.STANCE_CREDIBILITY;
import static org.safepassage.vetting.VettingProcess.VERIFY_IDENTITY_AND_SERVICE;
import static org.safepassage.vetting.VettingProcess.VETTING_APPROVED;
import static org.safepassage.vetting.VettingProcess.VETTING_REJECTED;
import static org.safepassage.vetting.VettingProcess.VETTING_UNREACHABLE;
import static org.safepassage.vetting.VettingProcess.VETTING_VETOED;

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
import org.safepassage.support.ProcessTestEngine;
import org.safepassage.vetting.VettingProcess.Outcome;

@Deployment(resources = {"processes/vetting.bpmn", "processes/vetting-outcome.dmn",
    "processes/verify-identity-and-service.form", "processes/interview-stance.form",
    "processes/decide-escalated-vetting.form", "processes/screen-for-exclusion.form",
    "processes/chase-missing-information.form"})
class VettingProcessTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage();

  private static final Instant ASKED = Instant.parse("2026-11-10T10:00:00Z");

  @BeforeEach
  void useTestEngine() {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(ASKED));
  }

  @AfterEach
  void signOutAndResetClock() {
    as(null);
    ClockUtil.reset();
  }

  @Test
  void provenCaseIsApprovedOnceAColleagueClearsIt() {
    ProcessInstance vetting = startCase(VettingProcess.KEY);
    assertThat(vetting).hasBusinessKey(CASE_NUMBER);

    verifyIdentityAndService(vetting, "viktor", true);
    interviewStance(vetting, "viktor", Findings.credible());
    assertThat(vetting).variables().containsEntry(VettingProcess.RECOMMENDATION, "APPROVE")
        .containsEntry(VettingProcess.FINDINGS_RECORDED_BY, "viktor");
    screenForExclusion(vetting, "sara", "CLEAR");

    assertThat(vetting).isEnded()
        .hasPassedInOrder(VERIFY_IDENTITY_AND_SERVICE, INTERVIEW_STANCE, SCREEN_FOR_EXCLUSION, VETTING_APPROVED)
        .hasNotPassed(DECIDE_ESCALATED_VETTING);
    assertThat(vetting).variables().containsEntry(OUTCOME, Outcome.APPROVED);
  }

  @Test
  void whoeverRecordedTheFindingsCannotGiveTheSecurityVerdictAndTheTaskStaysOpen() {
    ProcessInstance vetting = startCase(VettingProcess.KEY);
    verifyIdentityAndService(vetting, "viktor", true);
    interviewStance(vetting, "nadia", Findings.credible());
    Task screening = task(vetting);

    as("nadia");
    assertThatThrownBy(() -> complete(screening, withVariables(SECURITY_VERDICT, "CLEAR")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Four eyes: you recorded the vetting findings or approved this case");

    assertThat(vetting).isWaitingAt(SCREEN_FOR_EXCLUSION);
    assertThat(task(vetting)).hasId(screening.getId());
    screenForExclusion(vetting, "sara", "CLEAR");
    assertThat(vetting).isEnded().hasPassed(VETTING_APPROVED);
  }

  @Test
  void managerWhoApprovedAnEscalationCannotGiveTheSecurityVerdict() {
    ProcessInstance vetting = startCase(VettingProcess.KEY);
    verifyIdentityAndService(vetting, "viktor", true);
    interviewStance(vetting, "viktor", Findings.credible().with(VettingProcess.INFILTRATOR_INDICATORS, true));
    decideEscalatedVetting(vetting, "max", "APPROVE");

    as("max");
    assertThatThrownBy(() -> complete(task(vetting), withVariables(SECURITY_VERDICT, "CLEAR")))
        .hasMessageContaining("Four eyes");
    screenForExclusion(vetting, "sara", "CLEAR");

    assertThat(vetting).isEnded().hasPassed(DECIDE_ESCALATED_VETTING, VETTING_APPROVED);
    assertThat(vetting).variables().containsEntry(OUTCOME, Outcome.APPROVED);
  }

  @Test
  void escalatedCaseRejectedByManagerEndsWithItsReasonCode() {
    ProcessInstance vetting = startCase(VettingProcess.KEY);
    verifyIdentityAndService(vetting, "viktor", true);
    interviewStance(vetting, "viktor", Findings.credible().with(VettingProcess.UNIT_FLAG, "LINKED_TO_ATROCITIES"));
    assertThat(vetting).variables().containsEntry(REASON, "UNIT_LINKED_TO_ATROCITIES");

    decideEscalatedVetting(vetting, "max", "REJECT");

    assertThat(vetting).isEnded().hasPassed(VETTING_REJECTED).hasNotPassed(SCREEN_FOR_EXCLUSION);
    assertThat(vetting).variables().containsEntry(OUTCOME, Outcome.REJECTED).containsEntry(REASON, "MANAGER_REJECTED");
  }

  @Test
  void signsOfPersonalParticipationRejectTheCaseWithAReasonCode() {
    ProcessInstance vetting = startCase(VettingProcess.KEY);
    verifyIdentityAndService(vetting, "viktor", true);
    interviewStance(vetting, "viktor", Findings.credible().with(VettingProcess.PERSONAL_PARTICIPATION, true));

    assertThat(vetting).isEnded().hasPassed(VETTING_REJECTED).hasNotPassed(DECIDE_ESCALATED_VETTING, SCREEN_FOR_EXCLUSION);
    assertThat(vetting).variables().containsEntry(OUTCOME, Outcome.REJECTED).containsEntry(REASON, "PERSONAL_PARTICIPATION");
  }

  @Test
  void securityVetoRejectsTheCase() {
    ProcessInstance vetting = startCase(VettingProcess.KEY);
    verifyIdentityAndService(vetting, "viktor", true);
    interviewStance(vetting, "viktor", Findings.credible());
    screenForExclusion(vetting, "sara", "VETO");

    assertThat(vetting).isEnded().hasPassed(VETTING_VETOED).hasNotPassed(VETTING_APPROVED);
    assertThat(vetting).variables().containsEntry(OUTCOME, Outcome.REJECTED).containsEntry(REASON, "SECURITY_VETO");
  }

  @Test
  void missingProofWaitsForInformationAndItsArrivalResumesVetting() {
    ProcessInstance vetting = startCase(VettingProcess.KEY);
    verifyIdentityAndService(vetting, "viktor", false);
    interviewStance(vetting, "viktor", Findings.credible());
    assertThat(vetting).isWaitingAt(AWAIT_INFORMATION)
        .variables().containsEntry(REASON, "EVIDENCE_MISSING");

    runtimeService().createMessageCorrelation(VettingProcess.INFORMATION_RECEIVED_MESSAGE)
        .processInstanceBusinessKey(CASE_NUMBER).correlate();

    verifyIdentityAndService(vetting, "viktor", true);
    assertThatThrownBy(() -> complete(task(INTERVIEW_STANCE, vetting)))
        .as("the first interview's answers do not count for the second")
        .hasMessageContaining("this is required");
    interviewStance(vetting, "viktor", Findings.credible());
    screenForExclusion(vetting, "sara", "CLEAR");

    assertThat(vetting).isEnded().hasPassed(INFORMATION_RECEIVED, VETTING_APPROVED);
    Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(vetting.getId())
        .activityId(VERIFY_IDENTITY_AND_SERVICE).count()).as("identity checks").isEqualTo(2);
  }

  @Test
  void aWeekWithoutInformationRemindsVettingAndNotADayBefore() {
    ProcessInstance vetting = startCase(VettingProcess.KEY);
    verifyIdentityAndService(vetting, "viktor", false);
    interviewStance(vetting, "viktor", Findings.credible());

    Instant reminded = oneWeekLater(vetting, ASKED);
    assertThat(vetting).isWaitingAt(CHASE_MISSING_INFORMATION);
    assertOfferedOnlyTo(task(vetting), "vetting");
    complete(task(vetting), withVariables(INFORMATION_CHASE, "STILL_WAITING"));
    assertThat(vetting).isWaitingAt(AWAIT_INFORMATION);

    oneWeekLater(vetting, reminded);
    complete(task(vetting), withVariables(INFORMATION_CHASE, "RECEIVED"));
    assertThat(vetting).isWaitingAt(VERIFY_IDENTITY_AND_SERVICE);
  }

  @Test
  void threeWeeksWithoutInformationCloseTheCaseAsUnreachable() {
    ProcessInstance vetting = startCase(VettingProcess.KEY);
    verifyIdentityAndService(vetting, "viktor", false);
    interviewStance(vetting, "viktor", Findings.credible());

    Instant now = ASKED;
    for (int reminder = 1; reminder <= 2; reminder++) {
      now = oneWeekLater(vetting, now);
      complete(task(vetting), withVariables(INFORMATION_CHASE, "STILL_WAITING"));
    }
    oneWeekLater(vetting, now);

    assertThat(vetting).isEnded().hasPassed(VETTING_UNREACHABLE).hasNotPassed(VETTING_APPROVED, VETTING_REJECTED);
    assertThat(vetting).variables().containsEntry(OUTCOME, Outcome.UNREACHABLE).containsEntry(REASON, "NO_INFORMATION");
  }

  @Test
  void credibilityOutsideOneToFiveIsRefused() {
    ProcessInstance vetting = startCase(VettingProcess.KEY);
    verifyIdentityAndService(vetting, "viktor", true);

    assertThatThrownBy(() -> complete(task(vetting), Findings.credible().with(STANCE_CREDIBILITY, 7).values))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("How credible is the anti-war stance?")
        .hasMessageContaining("must be between 1 and 5");

    assertThat(vetting).isWaitingAt(INTERVIEW_STANCE);
  }

  /** The 7-day timer fires at 7 days, not a minute before. Returns when it fired. */
  private static Instant oneWeekLater(ProcessInstance vetting, Instant from) {
    assertThat(vetting).isWaitingAt(AWAIT_INFORMATION);
    ClockUtil.setCurrentTime(Date.from(from.plus(Duration.ofDays(7)).minus(Duration.ofMinutes(1))));
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(vetting.getId()).executable().count())
        .as("no reminder before a week").isZero();
    Instant due = from.plus(Duration.ofDays(7));
    ClockUtil.setCurrentTime(Date.from(due));
    execute(managementService().createJobQuery().processInstanceId(vetting.getId()).executable().singleResult());
    return due;
  }

  /** Acts as this member of staff, as the REST API does for a logged-in user (null: nobody). */
  private static void as(String staffId) {
    processEngine().getIdentityService().setAuthenticatedUserId(staffId);
  }

  private static void verifyIdentityAndService(ProcessInstance vetting, String officer, boolean proven) {
    assertThat(vetting).isWaitingAt(VERIFY_IDENTITY_AND_SERVICE);
    assertOfferedOnlyTo(task(vetting), "vetting");
    as(officer);
    complete(task(vetting), withVariables(VettingProcess.IDENTITY_CONFIRMED, true, VettingProcess.SERVICE_CONFIRMED, true,
        VettingProcess.DESERTION_PROVEN, proven));
  }

  private static void interviewStance(ProcessInstance vetting, String officer, Findings findings) {
    assertThat(vetting).isWaitingAt(INTERVIEW_STANCE);
    assertOfferedOnlyTo(task(vetting), "vetting");
    as(officer);
    complete(task(vetting), findings.values);
  }

  private static void decideEscalatedVetting(ProcessInstance vetting, String manager, String decision) {
    assertThat(vetting).isWaitingAt(DECIDE_ESCALATED_VETTING);
    assertOfferedOnlyTo(task(vetting), "managers");
    as(manager);
    complete(task(vetting), withVariables(MANAGER_DECISION, decision));
  }

  private static void screenForExclusion(ProcessInstance vetting, String reviewer, String verdict) {
    assertThat(vetting).isWaitingAt(SCREEN_FOR_EXCLUSION);
    assertOfferedOnlyTo(task(vetting), "security-review");
    as(reviewer);
    complete(task(vetting), withVariables(SECURITY_VERDICT, verdict));
  }

  /** Interview findings. */
  static final class Findings {
    final Map<String, Object> values = new HashMap<>();

    /** A credible, consistent account from a clean unit, no red flags. */
    static Findings credible() {
      return new Findings().with(STANCE_CREDIBILITY, 4).with(VettingProcess.ACCOUNT_CONSISTENCY, "CONSISTENT")
          .with(VettingProcess.UNIT_FLAG, "NONE").with(VettingProcess.PERSONAL_PARTICIPATION, false)
          .with(VettingProcess.INFILTRATOR_INDICATORS, false);
    }

    Findings with(String name, Object value) {
      values.put(name, value);
      return this;
    }
  }
}
