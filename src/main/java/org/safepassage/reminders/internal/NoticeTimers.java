package org.safepassage.reminders.internal;

import org.springframework.stereotype.Component;

/** The timer and retry cycles of processes/notices.bpmn, from the configuration. */
@Component("noticeTimers")
public class NoticeTimers {

  private final NoticeSettings settings;

  public NoticeTimers(NoticeSettings settings) {
    this.settings = settings;
  }

  public String roundCycle() {
    return settings.roundCycle();
  }

  public String retryCycle() {
    return settings.retryCycle();
  }
}
