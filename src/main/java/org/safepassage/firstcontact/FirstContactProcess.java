package org.safepassage.firstcontact;

/** Process {@code first-contact}: safety call and urgency, then the case is taken on or not. */
public final class FirstContactProcess {

  public static final String KEY = "first-contact";

  public static final String HOLD_SAFETY_CALL = "Task_HoldSafetyCall";
  public static final String SET_URGENCY = "Task_SetUrgency";
  public static final String CASE_ACCEPTED = "Event_CaseAccepted";
  public static final String CASE_NOT_ACCEPTED = "Event_CaseNotAccepted";

  public static final String SAFETY_CALL_HELD = "safetyCallHeld";
  public static final String DECISION = "firstContactDecision";
  public static final String URGENCY = "urgency";
  public static final String OUTCOME = "firstContactOutcome";

  private FirstContactProcess() {
  }
}
