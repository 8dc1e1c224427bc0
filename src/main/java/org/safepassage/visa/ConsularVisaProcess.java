package org.safepassage.visa;

/** Process {@code consular-visa}: route, dossier, referral, appointment, decision, appeal. */
public final class ConsularVisaProcess {

  public static final String KEY = "consular-visa";

  public static final String CHOOSE_ROUTE = "Task_ChooseRoute";
  public static final String PREPARE_VISA_DOSSIER = "Task_PrepareVisaDossier";
  public static final String REFER_FILE_TO_AUTHORITIES = "Task_ReferFileToAuthorities";
  public static final String BOOK_CONSULATE_APPOINTMENT = "Task_BookConsulateAppointment";
  public static final String RECORD_VISA_DECISION = "Task_RecordVisaDecision";
  public static final String HANDLE_VISA_APPEAL = "Task_HandleVisaAppeal";
  public static final String VISA_GRANTED = "Event_VisaGranted";
  public static final String VISA_REFUSED = "Event_VisaRefused";
  public static final String PROTECT_IN_PLACE = "Event_ProtectInPlace";

  public static final String ROUTE = "route";
  public static final String DOSSIER_READY = "dossierReady";
  public static final String REFERRAL_SENT = "referralSent";
  public static final String APPOINTMENT_DATE = "appointmentDate";
  public static final String VISA_DECISION = "visaDecision";
  public static final String APPEAL_RESULT = "appealResult";
  public static final String OUTCOME = "visaOutcome";

  private ConsularVisaProcess() {
  }
}
