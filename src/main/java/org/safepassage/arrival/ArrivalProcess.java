package org.safepassage.arrival;

/** Process {@code arrival}: travel, reception, asylum desk, OFPRA filing, decision, CNDA appeal. */
public final class ArrivalProcess {

  public static final String KEY = "arrival";

  public static final String PLAN_TRAVEL = "Task_PlanTravel";
  public static final String CONFIRM_ARRIVAL = "Task_ConfirmArrival";
  public static final String ACCOMPANY_TO_ASYLUM_DESK = "Task_AccompanyToAsylumDesk";
  public static final String FILE_ASYLUM_APPLICATION = "Task_FileAsylumApplication";
  public static final String RECORD_ASYLUM_DECISION = "Task_RecordAsylumDecision";
  public static final String HANDLE_CNDA_APPEAL = "Task_HandleCndaAppeal";
  public static final String PROTECTION_GRANTED = "Event_ProtectionGranted";
  /** Arrival not confirmed a day after departure: the journey gets the incident CONTACT_LOST. */
  public static final String ARRIVAL_OVERDUE = "Event_ArrivalOverdue";
  public static final String SAFETY_INCIDENT_RAISED = "Event_SafetyIncidentRaised";
  public static final String PROTECTION_REFUSED = "Event_ProtectionRefused";

  /** From the visa stage: the visa's validity and the last day of legal stay (days, "2027-01-15"). */
  public static final String VISA_VALID_FROM = "visaValidFrom";
  public static final String VISA_VALID_UNTIL = "visaValidUntil";
  public static final String STAY_LIMIT = "stayLimit";

  public static final String TRAVEL_PLANNED = "travelPlanned";
  public static final String DEPARTURE_DATE = "departureDate";
  public static final String EXIT_CONTROL_RISK = "exitControlRisk";
  public static final String ARRIVED_SAFELY = "arrivedSafely";
  public static final String ASYLUM_CERTIFICATE_DATE = "asylumCertificateDate";
  public static final String APPLICATION_FILED_ON = "applicationFiledOn";
  public static final String ASYLUM_DECISION = "asylumDecision";
  public static final String CNDA_RESULT = "cndaResult";
  public static final String OUTCOME = "arrivalOutcome";

  private ArrivalProcess() {
  }
}
