package org.safepassage.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The app's clock in the integration tests: real time, which a test may move forward to see
 * what happens later (a login delay wearing off, a session growing old) without waiting.
 * Time only ever moves forward, so tests sharing the app never see it go back.
 */
public class AdjustableClock extends Clock {

  private volatile Duration ahead = Duration.ZERO;

  public void advance(Duration duration) {
    ahead = ahead.plus(duration);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(ahead);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("The app's clock is in UTC");
  }

  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {

    @Bean
    @Primary
    AdjustableClock adjustableClock() {
      return new AdjustableClock();
    }
  }
}
