package org.safepassage.journey;

/** Process {@code journey} (processes/journey.bpmn): the four stages in order, and their exits. */
public final class JourneyProcess {

  public static final String KEY = "journey";

  /** The case number, also the business key of the journey and of every stage. */
  public static final String CASE_NUMBER = "caseNumber";

  public static final String FIRST_CONTACT = "CallActivity_FirstContact";
  public static final String VETTING = "CallActivity_Vetting";
  public static final String CONSULAR_VISA = "CallActivity_ConsularVisa";
  public static final String ARRIVAL = "CallActivity_Arrival";

  public static final String CASE_NOT_ACCEPTED = "Event_CaseNotAccepted";
  public static final String REJECTED_IN_VETTING = "Event_RejectedInVetting";
  public static final String VISA_REFUSED = "Event_VisaRefused";
  public static final String PROTECTED_IN_PLACE = "Event_ProtectedInPlace";
  public static final String PROTECTION_REFUSED = "Event_ProtectionRefused";
  public static final String PERSON_PROTECTED = "Event_PersonProtected";

  private JourneyProcess() {
  }
}
