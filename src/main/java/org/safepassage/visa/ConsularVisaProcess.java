package org.safepassage.visa;

/**
 * Process {@code consular-visa} (processes/consular-visa.bpmn): the route table confirmed by legal,
 * dossier, laissez-passer, referral, appointment with reminders, the decision as a message,
 * the decision on appeal, and stay-limit alerts over the whole application.
 */
public final class ConsularVisaProcess {

  public static final String KEY = "consular-visa";
  public static final String ROUTE_TABLE = "route";
  public static final String VISA_DECISION_MESSAGE = "VisaDecision";

  public static final String ASSESS_ROUTE = "Task_AssessRoute";
  public static final String VISA_APPLICATION = "SubProcess_VisaApplication";
  public static final String DECIDE_ROUTE = "Task_DecideRoute";
  public static final String CONFIRM_ROUTE = "Task_ConfirmRoute";
  public static final String PREPARE_VISA_DOSSIER = "Task_PrepareVisaDossier";
  public static final String ARRANGE_LAISSEZ_PASSER = "Task_ArrangeLaissezPasser";
  public static final String REFER_FILE_TO_AUTHORITIES = "Task_ReferFileToAuthorities";
  public static final String BOOK_CONSULATE_APPOINTMENT = "Task_BookConsulateAppointment";
  public static final String RECORD_INTERVIEW = "Task_RecordInterview";
  public static final String APPOINTMENT_IN_SEVEN_DAYS = "Event_AppointmentInSevenDays";
  public static final String APPOINTMENT_TOMORROW = "Event_AppointmentTomorrow";
  public static final String PREPARE_FOR_APPOINTMENT = "Task_PrepareForAppointment";
  public static final String AWAIT_VISA_DECISION = "Task_AwaitVisaDecision";
  public static final String VISA_DECISION_CHASE_DUE = "Event_VisaDecisionChaseDue";
  public static final String CHASE_VISA_DECISION = "Task_ChaseVisaDecision";
  public static final String DECIDE_ON_APPEAL = "Task_DecideOnAppeal";
  public static final String STAY_LIMIT_IN_THREE_WEEKS = "Event_StayLimitInThreeWeeks";
  public static final String STAY_LIMIT_IN_ONE_WEEK = "Event_StayLimitInOneWeek";
  public static final String ACT_ON_STAY_LIMIT = "Task_ActOnStayLimit";
  public static final String VISA_GRANTED = "Event_VisaGranted";
  public static final String VISA_REFUSED = "Event_VisaRefused";
  public static final String PROTECT_IN_PLACE = "Event_ProtectInPlace";

  /** Route facts (form assess-route), the route table's inputs, and the stay limit (a date). */
  public static final String VALID_PASSPORT = "validPassport";
  public static final String FRENCH_VISA_ELIGIBLE = "frenchVisaEligible";
  public static final String GERMAN_ROUTE_PROFILE = "germanRouteProfile";
  public static final String FAMILY_IN_EU = "familyInEu";
  public static final String LANGUAGE = "language";
  public static final String STAY_LIMIT = "stayLimit";

  /** The table's answer, kept as it was; {@link #ROUTE} is the route in force (legal may override). */
  public static final String RECOMMENDED_ROUTE = "recommendedRoute";
  public static final String ROUTE_REASON = "routeReason";
  public static final String ROUTE = "route";
  public static final String ROUTE_OVERRIDE_REASON = "routeOverrideReason";

  public static final String DOSSIER_READY = "dossierReady";
  public static final String LAISSEZ_PASSER_ARRANGED = "laissezPasserArranged";
  public static final String REFERRAL_SENT = "referralSent";
  public static final String APPOINTMENT_DATE = "appointmentDate";
  public static final String INTERVIEW_HELD = "interviewHeld";
  public static final String PERSON_PREPARED = "personPrepared";
  public static final String DECISION_CHASED = "decisionChased";
  public static final String STAY_LIMIT_ACTED_ON = "stayLimitActedOn";

  /** Set by message {@link #VISA_DECISION_MESSAGE}: GRANTED or REFUSED, and a granted visa's validity. */
  public static final String VISA_DECISION = "visaDecision";
  public static final String VISA_VALID_FROM = "visaValidFrom";
  public static final String VISA_VALID_UNTIL = "visaValidUntil";
  /** Legal's choice after a refusal: APPEAL, TRY_ANOTHER_ROUTE or CLOSE. */
  public static final String APPEAL_DECISION = "appealDecision";

  /** What the stage hands back to the journey. */
  public static final String OUTCOME = "visaOutcome";

  /** The values of {@link #OUTCOME}; journey.bpmn routes on them. */
  public static final class Outcome {
    public static final String GRANTED = "GRANTED";
    public static final String REFUSED = "REFUSED";
    public static final String NOT_PURSUED = "NOT_PURSUED";

    private Outcome() {
    }
  }

  private ConsularVisaProcess() {
  }
}
