package org.safepassage.firstcontact;

import org.safepassage.casenumber.CaseVariables;

/**
 * Process {@code first-contact} (processes/first-contact.bpmn): triage, the urgency table, the
 * safety call and, when the person cannot be reached, attempts on a timer.
 */
public final class FirstContactProcess {

  public static final String KEY = "first-contact";
  public static final String URGENCY_TABLE = "triage-urgency";

  public static final String CHECK_FOR_DUPLICATES = "Task_CheckForDuplicates";
  public static final String REVIEW_POSSIBLE_DUPLICATE = "Task_ReviewPossibleDuplicate";
  public static final String MERGED_INTO_EARLIER_CASE = "Event_MergedIntoEarlierCase";
  public static final String ASSESS_URGENCY = "Task_AssessUrgency";
  public static final String DECIDE_URGENCY = "Task_DecideUrgency";
  public static final String SET_RESPONSE_DEADLINE = "Task_SetResponseDeadline";
  public static final String HOLD_SAFETY_CALL = "Task_HoldSafetyCall";
  public static final String RESPOND_TO_DETENTION_RISK = "Task_RespondToDetentionRisk";
  public static final String NEXT_CONTACT_ATTEMPT_DUE = "Event_NextContactAttemptDue";
  public static final String REVIEW_LOST_CONTACT = "Task_ReviewLostContact";
  public static final String CASE_ACCEPTED = "Event_CaseAccepted";
  public static final String REFERRED_ELSEWHERE = "Event_ReferredElsewhere";
  public static final String CONTACT_LOST = "Event_ContactLost";

  /** The earlier case this one likely duplicates (a case number, no personal data), or null. */
  public static final String POSSIBLE_DUPLICATE_OF = "possibleDuplicateOf";
  public static final String DUPLICATE_DECISION = "duplicateDecision";

  /** Triage facts (form assess-urgency), the inputs of the urgency table. */
  public static final String WHEREABOUTS = "whereabouts";
  public static final String DETAINED = "detained";
  public static final String APPROACHED_BY_POLICE = "approachedByPolice";
  public static final String CRIMINAL_CASE = "criminalCase";
  public static final String WANTED = "wanted";
  public static final String DAYS_OF_LEGAL_STAY_LEFT = "daysOfLegalStayLeft";
  public static final String TRAVEL_DOCUMENTS = "travelDocuments";
  public static final String DEPENDANTS = "dependants";

  /** The table's answer; kept as it was even when intake overrides it. */
  public static final String URGENCY_BY_TABLE = "urgencyByTable";
  public static final String URGENCY_OVERRIDE = "urgencyOverride";
  public static final String URGENCY_OVERRIDE_REASON = "urgencyOverrideReason";
  /** The urgency in force: the override if any, else the table's answer. Shown on every task. */
  public static final String URGENCY = CaseVariables.URGENCY;
  public static final String SAFETY_CALL_DUE = "safetyCallDue";
  public static final String SAFETY_CALL_PRIORITY = "safetyCallPriority";

  public static final String SAFETY_CALL_HELD = "safetyCallHeld";
  public static final String SAFETY_CALL_OUTCOME = "safetyCallOutcome";
  public static final String FAILED_CONTACT_ATTEMPTS = "failedContactAttempts";
  /** After this many failed safety calls the case closes as lost contact (see the BPMN's gateway). */
  public static final int MAX_FAILED_CONTACT_ATTEMPTS = 3;

  /** What the stage hands back to the journey. */
  public static final String OUTCOME = "firstContactOutcome";

  /** The values of {@link #OUTCOME}; journey.bpmn routes on them. */
  public static final class Outcome {
    public static final String ACCEPTED = "ACCEPTED";
    public static final String REFERRED_ELSEWHERE = "REFERRED_ELSEWHERE";
    public static final String LOST_CONTACT = "LOST_CONTACT";
    public static final String MERGED = "MERGED";

    private Outcome() {
    }
  }

  private FirstContactProcess() {
  }
}
