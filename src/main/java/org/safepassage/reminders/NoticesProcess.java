package org.safepassage.reminders;

/** processes/notices.bpmn: its key, element ids, message and variable. */
public final class NoticesProcess {

  public static final String KEY = "notices";
  public static final String ROUND_DUE = "Event_NoticeRoundDue";
  public static final String DECIDE_DUE_MAILS = "Task_DecideDueMails";
  public static final String MAIL_DECIDED = "MailDecided";
  public static final String SEND_MAIL = "Task_SendMail";
  public static final String MAIL_KEY = "mailKey";

  private NoticesProcess() {
  }
}
