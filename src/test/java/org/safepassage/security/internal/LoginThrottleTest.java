package org.safepassage.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Guessing gets slower and slower, and the slowness wears off by itself. */
class LoginThrottleTest {

  private Instant now = Instant.parse("2026-11-27T09:00:00Z");
  private final LoginThrottle throttle = new LoginThrottle(new Clock() {
    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  });

  @Test
  void eachWrongPasswordBeyondTheFreeOnesDoublesTheWait() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("ines", "203.0.113.7");
      assertThat(throttle.waitBefore("ines", "203.0.113.7")).as("free try %d", i + 1).isZero();
    }
    throttle.failed("ines", "203.0.113.7");
    assertThat(throttle.waitBefore("ines", "203.0.113.7")).isEqualTo(Duration.ofSeconds(2));
    now = now.plusSeconds(2);
    assertThat(throttle.waitBefore("ines", "203.0.113.7")).as("the wait is over").isZero();
    throttle.failed("ines", "203.0.113.7");
    assertThat(throttle.waitBefore("ines", "203.0.113.7")).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void aStrangerGuessingForeverDelaysAColleagueByAMinuteAtMost() {
    for (int i = 0; i < 200; i++) {
      now = now.plus(throttle.waitBefore("ines", "203.0.113.7"));
      throttle.failed("ines", "203.0.113.7");
    }
    assertThat(throttle.waitBefore("ines", "198.51.100.2")).as("ines, from her own address")
        .isLessThanOrEqualTo(Duration.ofMinutes(1)).isPositive();
    assertThat(throttle.waitBefore("lea", "203.0.113.7")).as("the guessing address, for any name")
        .isEqualTo(Duration.ofMinutes(15));
    now = now.plus(Duration.ofMinutes(1));
    assertThat(throttle.waitBefore("ines", "198.51.100.2")).isZero();
  }

  @Test
  void aQuietSpellForgetsEarlierFailures() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("ines", null);
    }
    now = now.plus(Duration.ofMinutes(20));
    throttle.failed("ines", null);
    assertThat(throttle.waitBefore("ines", null)).as("counting starts again").isZero();
  }

  @Test
  void theRightPasswordClearsTheNamesCount() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("ines", null);
    }
    throttle.succeeded("ines");
    throttle.failed("ines", null);
    assertThat(throttle.waitBefore("ines", null)).isZero();
  }
}
