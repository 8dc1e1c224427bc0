package org.safepassage.vetting;

/** Process {@code vetting}: identity, stance, security review; four eyes across two teams. */
public final class VettingProcess {

  public static final String KEY = "vetting";

  public static final String VERIFY_IDENTITY_AND_SERVICE = "Task_VerifyIdentityAndService";
  public static final String INTERVIEW_STANCE = "Task_InterviewStance";
  public static final String DECIDE_ESCALATED_VETTING = "Task_DecideEscalatedVetting";
  public static final String SCREEN_FOR_EXCLUSION = "Task_ScreenForExclusion";
  public static final String VETTING_APPROVED = "Event_VettingApproved";
  public static final String VETTING_REJECTED = "Event_VettingRejected";
  public static final String VETTING_VETOED = "Event_VettingVetoed";

  public static final String STANCE_CREDIBILITY = "stanceCredibility";
  public static final String RECOMMENDATION = "vettingRecommendation";
  public static final String MANAGER_DECISION = "managerDecision";
  public static final String SECURITY_VERDICT = "securityVerdict";
  public static final String OUTCOME = "vettingOutcome";

  private VettingProcess() {
  }
}
