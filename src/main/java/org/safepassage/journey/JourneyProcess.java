package org.safepassage.journey;

import java.util.List;
import org.safepassage.casenumber.CaseVariables;

/**
 * Process {@code journey} (processes/journey.bpmn): the four stages in order, and their exits.
 * Each call activity passes a stage only the case number (and the urgency once set) and takes
 * back only its outcome (and reason code); the outcome values are the stages' Outcome constants.
 */
public final class JourneyProcess {

  public static final String KEY = "journey";

  /** The case number, also the business key of the journey and of every stage. */
  public static final String CASE_NUMBER = CaseVariables.CASE_NUMBER;

  /** Why a case ended before protection: a stage's outcome or reason code, never personal data. */
  public static final String CLOSURE_REASON = "closureReason";

  public static final String FIRST_CONTACT = "CallActivity_FirstContact";
  public static final String VETTING = "CallActivity_Vetting";
  public static final String CONSULAR_VISA = "CallActivity_ConsularVisa";
  public static final String ARRIVAL = "CallActivity_Arrival";
  /** The stages in the order a case goes through them. */
  public static final List<String> STAGES = List.of(FIRST_CONTACT, VETTING, CONSULAR_VISA, ARRIVAL);

  public static final String CASE_NOT_ACCEPTED = "Event_CaseNotAccepted";
  public static final String REJECTED_IN_VETTING = "Event_RejectedInVetting";
  public static final String LOST_CONTACT_IN_VETTING = "Event_LostContactInVetting";
  public static final String VISA_REFUSED = "Event_VisaRefused";
  public static final String PROTECTED_IN_PLACE = "Event_ProtectedInPlace";
  public static final String PROTECTION_REFUSED = "Event_ProtectionRefused";
  public static final String PERSON_PROTECTED = "Event_PersonProtected";

  /** A safety incident reaches the case wherever it is and leaves the stage's work running. */
  public static final String SAFETY_INCIDENT_MESSAGE = "SafetyIncident";
  public static final String SAFETY_INCIDENT_REPORTED = "Event_SafetyIncidentReported";
  public static final String RESPOND_TO_SAFETY_INCIDENT = "Task_RespondToSafetyIncident";
  /** The last incident's kind (a code, see {@link IncidentKind}) and when it was reported (ISO instant). */
  public static final String INCIDENT_KIND = "incidentKind";
  public static final String INCIDENT_REPORTED_AT = "incidentReportedAt";

  /** Managers close a case from any stage; {@link #CLOSURE_REASON} says why (see {@link ClosureReason}). */
  public static final String CASE_CLOSURE_MESSAGE = "CaseClosure";
  public static final String CASE_CLOSED = "Event_CaseClosed";

  /** The kinds of safety incident (JOURNEY.md). */
  public enum IncidentKind { DETAINED, WANTED_LIST_ENTRY, EXTRADITION_REQUEST, CONTACT_LOST }

  /** Why managers closed a case early. */
  public enum ClosureReason { WITHDRAWN, LOST_CONTACT, PROTECTED_ELSEWHERE }

  private JourneyProcess() {
  }
}
