package org.safepassage.support;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Camunda engine's clock in the integration tests: moved forward only (as an offset to real
 * time, so it keeps running and timers already scheduled stay in order for the tests after).
 */
public final class EngineClock {

  private EngineClock() {
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /**
   * Makes the notices process's next round due now. The round's timer is kept in the database:
   * after a test run that moved the clock a day ahead, it would otherwise wait that day out.
   */
  public static void noticeRoundsDueNow(ManagementService managementService) {
    managementService.createJobQuery().timers().activityId("Event_NoticeRoundDue").list()
        .forEach(job -> managementService.setJobDuedate(job.getId(), ClockUtil.getCurrentTime()));
  }

  /**
   * Moves the clock past the interval after the latest mail any earlier run decided: the test
   * database outlives runs whose clocks were moved ahead, and their summaries count as recent.
   */
  public static void movePastLatestMail(JdbcTemplate jdbc, Duration interval) {
    Timestamp latest = jdbc.queryForObject("select max(decided_at) from mail_record", Timestamp.class);
    if (latest != null && latest.toInstant().isAfter(now())) {
      moveForward(Duration.between(now(), latest.toInstant()));
    }
    moveForward(interval);
  }

  public static void moveForward(Duration duration) {
    long offset = ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis();
    ClockUtil.offset(offset + duration.toMillis());
  }

  /** Something a test does that may throw. */
  @FunctionalInterface
  public interface Action {
    void run() throws Exception;
  }

  /**
   * How far (ms) the engine clock moved from real time, at most, while {@code action} ran: a
   * thread watches it the whole time.
   */
  public static long furthestMoveDuring(Action action) throws Exception {
    long before = ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis();
    AtomicLong furthest = new AtomicLong();
    AtomicBoolean running = new AtomicBoolean(true);
    Thread watcher = new Thread(() -> {
      while (running.get()) {
        furthest.accumulateAndGet(Math.abs(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis() - before), Math::max);
      }
    });
    watcher.start();
    try {
      action.run();
    } finally {
      running.set(false);
      watcher.join();
    }
    return furthest.get();
  }

  /** Waits (real time) until the condition holds; false if it did not within the time given. */
  public static boolean eventually(Duration within, BooleanSupplier condition) {
    long end = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return condition.getAsBoolean();
  }
}
