package org.safepassage.reminders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails what the outbox holds. A notice is claimed before it is sent, so two nodes do not both
 * send it; a failed send gives it back for another try, up to the configured attempts, and a
 * claim left by a node that died expires.
 */
@Component
public class NoticeDispatcher {

  private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);
  private static final int BATCH = 50;

  private final NoticeOutbox outbox;
  private final NoticeMailer mailer;
  private final MailProperties properties;

  NoticeDispatcher(NoticeOutbox outbox, NoticeMailer mailer, MailProperties properties) {
    this.outbox = outbox;
    this.mailer = mailer;
    this.properties = properties;
  }

  /** Sends every pending notice; returns how many went out. */
  @Scheduled(fixedDelayString = "${safepassage.mail.dispatch-interval:PT15S}")
  public int dispatchPending() {
    int sent = 0;
    for (NoticeOutbox.Notice notice : outbox.pending(properties.maxAttempts(), BATCH)) {
      if (!outbox.claim(notice)) {
        continue;
      }
      try {
        mailer.sendTaskWaiting(notice.team(), notice.caseNumber());
        outbox.markSent(notice);
        sent++;
      } catch (RuntimeException e) {
        log.warn("Notice {} for team {} not sent (attempt {}): {}", notice.id(), notice.team(), notice.attempts() + 1,
            e.getClass().getSimpleName());
        outbox.release(notice, e.getClass().getSimpleName());
        if (notice.attempts() + 1 >= properties.maxAttempts()) {
          log.error("Notice {} gave up after {} attempts: team {} was not told about case {}; check the mail settings",
              notice.id(), properties.maxAttempts(), notice.team(), notice.caseNumber());
        }
      }
    }
    return sent;
  }
}
