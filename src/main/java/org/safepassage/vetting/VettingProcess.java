package org.safepassage.vetting;

/**
 * Process {@code vetting} (processes/vetting.bpmn): structured findings, the vetting-outcome
 * table, security review by a second person, and waiting for more information.
 */
public final class VettingProcess {

  public static final String KEY = "vetting";
  public static final String OUTCOME_TABLE = "vetting-outcome";
  public static final String INFORMATION_RECEIVED_MESSAGE = "InformationReceived";

  public static final String VERIFY_IDENTITY_AND_SERVICE = "Task_VerifyIdentityAndService";
  public static final String INTERVIEW_STANCE = "Task_InterviewStance";
  public static final String DECIDE_VETTING_OUTCOME = "Task_DecideVettingOutcome";
  public static final String DECIDE_ESCALATED_VETTING = "Task_DecideEscalatedVetting";
  public static final String SCREEN_FOR_EXCLUSION = "Task_ScreenForExclusion";
  public static final String AWAIT_INFORMATION = "Gateway_AwaitInformation";
  public static final String INFORMATION_RECEIVED = "Event_InformationReceived";
  public static final String INFORMATION_OVERDUE = "Event_InformationOverdue";
  public static final String CHASE_MISSING_INFORMATION = "Task_ChaseMissingInformation";
  public static final String VETTING_APPROVED = "Event_VettingApproved";
  public static final String VETTING_REJECTED = "Event_VettingRejected";
  public static final String VETTING_VETOED = "Event_VettingVetoed";
  public static final String VETTING_UNREACHABLE = "Event_VettingUnreachable";

  /** Findings (forms verify-identity-and-service and interview-stance), the table's inputs. */
  public static final String IDENTITY_CONFIRMED = "identityConfirmed";
  public static final String SERVICE_CONFIRMED = "serviceConfirmed";
  public static final String DESERTION_PROVEN = "desertionProven";
  public static final String STANCE_CREDIBILITY = "stanceCredibility";
  public static final String ACCOUNT_CONSISTENCY = "accountConsistency";
  public static final String UNIT_FLAG = "unitFlag";
  public static final String PERSONAL_PARTICIPATION = "personalParticipation";
  public static final String INFILTRATOR_INDICATORS = "infiltratorIndicators";

  /** The table's answer: APPROVE, REJECT, MORE_INFO or ESCALATE, and a reason code. */
  public static final String RECOMMENDATION = "vettingRecommendation";
  public static final String REASON = "vettingReason";
  public static final String MANAGER_DECISION = "managerDecision";
  public static final String SECURITY_VERDICT = "securityVerdict";
  public static final String INFORMATION_CHASE = "informationChase";
  public static final String INFORMATION_REMINDERS = "informationReminders";

  /** Staff ids (not personal data of the client): who recorded the findings, who approved an escalation. */
  public static final String FINDINGS_RECORDED_BY = "findingsRecordedBy";
  public static final String ESCALATION_DECIDED_BY = "escalationDecidedBy";

  /** What the stage hands back to the journey, with {@link #REASON} when it is not an approval. */
  public static final String OUTCOME = "vettingOutcome";

  /** The values of {@link #OUTCOME}; journey.bpmn routes on them. */
  public static final class Outcome {
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";
    public static final String UNREACHABLE = "UNREACHABLE";

    private Outcome() {
    }
  }

  private VettingProcess() {
  }
}
