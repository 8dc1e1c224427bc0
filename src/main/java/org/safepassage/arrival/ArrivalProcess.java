package org.safepassage.arrival;

/** Process {@code arrival}: travel, reception, asylum desk, OFPRA filing, decision, CNDA appeal. */
public final class ArrivalProcess {

  public static final String KEY = "arrival";

  /** Travel: planned, then under way until arrival; the stay limit alerts while it lasts. */
  public static final String TRAVEL = "SubProcess_Travel";
  public static final String PLAN_TRAVEL = "Task_PlanTravel";
  /** From the departure date on: departure, then arrival, each confirmed by task or by message. */
  public static final String UNDER_WAY = "SubProcess_UnderWay";
  public static final String CONFIRM_DEPARTURE = "Task_ConfirmDeparture";
  public static final String DEPARTURE_CONFIRMED = "Event_DepartureConfirmed";
  public static final String CONFIRM_ARRIVAL = "Task_ConfirmArrival";
  /** Arrival confirmed by message, before or after the departure was. */
  public static final String ARRIVAL_CONFIRMED = "Event_ArrivalConfirmed";
  public static final String DEPARTURE_CONFIRMED_MESSAGE = "DepartureConfirmed";
  public static final String ARRIVAL_CONFIRMED_MESSAGE = "ArrivalConfirmed";
  public static final String STAY_LIMIT_IN_THREE_WEEKS = "Event_StayLimitInThreeWeeks";
  public static final String STAY_LIMIT_IN_ONE_WEEK = "Event_StayLimitInOneWeek";
  public static final String ACT_ON_STAY_LIMIT = "Task_ActOnStayLimit";
  /** Ends the scope of the stay-limit alerts: one still open is no longer anyone's work. */
  public static final String PERSON_IN_FRANCE = "Event_PersonInFrance";
  public static final String RECEIVE_AT_RECEPTION_PLATFORM = "Task_ReceiveAtReceptionPlatform";
  public static final String ACCOMPANY_TO_ASYLUM_DESK = "Task_AccompanyToAsylumDesk";
  public static final String FILE_ASYLUM_APPLICATION = "Task_FileAsylumApplication";
  /** Day 19 after the asylum certificate: the filing task's follow-up date moves to now (second reminder). */
  public static final String OFPRA_FILING_DUE_IN_TWO_DAYS = "Event_OfpraFilingDueInTwoDays";
  public static final String REMIND_OF_OFPRA_FILING = "Task_RemindOfOfpraFiling";
  /** Day 21: managers get a task while legal's filing task stays open. */
  public static final String OFPRA_FILING_DEADLINE_PASSED = "Event_OfpraFilingDeadlinePassed";
  public static final String OFPRA_FILING_DEADLINE_REACHED = "Task_OfpraFilingDeadlineReached";
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
  public static final String DEPARTED = "departed";
  public static final String ARRIVED_SAFELY = "arrivedSafely";
  public static final String ACCOMMODATION_ARRANGED = "accommodationArranged";
  public static final String DEADLINE_ESCALATION = "deadlineEscalation";
  public static final String ASYLUM_CERTIFICATE_DATE = "asylumCertificateDate";
  public static final String APPLICATION_FILED_ON = "applicationFiledOn";
  public static final String ASYLUM_DECISION = "asylumDecision";
  public static final String CNDA_RESULT = "cndaResult";

  /** What the stage hands back to the journey. */
  public static final String OUTCOME = "arrivalOutcome";
  /** Why protection was not obtained, a code: the CNDA result, APPEAL_LOST or NOT_APPEALED. */
  public static final String REASON = "arrivalReason";

  /** The values of {@link #OUTCOME}; journey.bpmn routes on them. */
  public static final class Outcome {
    public static final String PROTECTED = "PROTECTED";
    public static final String NOT_PROTECTED = "NOT_PROTECTED";

    private Outcome() {
    }
  }

  private ArrivalProcess() {
  }
}
