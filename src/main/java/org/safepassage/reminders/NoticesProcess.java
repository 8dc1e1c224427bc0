package org.safepassage.reminders;

/**
 * processes/notice-rounds.bpmn (the rounds, kept in history for a day) and processes/notices.bpmn
 * (one instance per mail): their keys, element ids, message and variables.
 */
public final class NoticesProcess {

  public static final String KEY = "notices";
  public static final String ROUNDS_KEY = "notice-rounds";
  public static final String ROUND_DUE = "Event_NoticeRoundDue";
  public static final String DECIDE_DUE_MAILS = "Task_DecideDueMails";
  public static final String MAIL_DECIDED = "MailDecided";
  public static final String SEND_MAIL = "Task_SendMail";
  public static final String MAIL_KEY = "mailKey";
  /** The send job's priority ({@code camunda:jobPriority}): urgent mails go before any backlog. */
  public static final String MAIL_PRIORITY = "mailPriority";

  private NoticesProcess() {
  }
}
