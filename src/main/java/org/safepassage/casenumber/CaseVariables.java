package org.safepassage.casenumber;

/**
 * The two process variables every stage of a case carries, by the names the processes use. Every
 * module that reads a task's case (the reminders, Tasklist's lists) needs them, and none of those
 * should depend on the stage that first sets one; the journey and first contact refer to them here.
 */
public final class CaseVariables {

  /** The case number, also the business key of the journey and of every stage. */
  public static final String CASE_NUMBER = "caseNumber";

  /** The urgency in force (P0, P1 or P2), once first contact has set it. Shown on every task. */
  public static final String URGENCY = "urgency";

  private CaseVariables() {
  }
}
