package org.safepassage.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without locking anyone out for good. Wrong passwords are counted
 * per user name and per client address; past a few free tries each further one makes that name,
 * or that address, wait twice as long as before, up to a ceiling. A quiet spell forgets them.
 * A user name waits at most a minute, so a stranger can delay a colleague's login but never
 * lock them out; an address guessing many names waits up to a quarter of an hour.
 */
@Component
class LoginThrottle {

  /** How one kind of key (a user name, an address) is slowed down. */
  record Rule(int freeFailures, Duration firstDelay, Duration longestDelay, Duration forgottenAfter) {

    Duration delayAfter(int failures) {
      int beyond = failures - freeFailures;
      if (beyond <= 0) {
        return Duration.ZERO;
      }
      Duration delay = firstDelay.multipliedBy(1L << Math.min(beyond - 1, 20));
      return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }
  }

  static final Rule BY_USER = new Rule(3, Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofMinutes(15));
  static final Rule BY_ADDRESS = new Rule(10, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(1));

  /** Beyond this many remembered keys, forgotten ones are swept out so a spray of names cannot fill memory. */
  private static final int SWEEP_ABOVE = 10_000;

  private record Failures(int count, Instant last, Instant blockedUntil) {}

  private final Clock clock;
  private final Map<String, Failures> users = new ConcurrentHashMap<>();
  private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long this name, from this address, must still wait before its password is checked. */
  Duration waitBefore(String userId, String address) {
    Instant now = clock.instant();
    Duration user = remaining(users, userId, BY_USER, now);
    Duration from = address == null ? Duration.ZERO : remaining(addresses, address, BY_ADDRESS, now);
    return user.compareTo(from) >= 0 ? user : from;
  }

  void failed(String userId, String address) {
    Instant now = clock.instant();
    count(users, userId, BY_USER, now);
    if (address != null) {
      count(addresses, address, BY_ADDRESS, now);
    }
  }

  /** The right password clears the name's count; the address keeps its own. */
  void succeeded(String userId) {
    users.remove(userId);
  }

  private static Duration remaining(Map<String, Failures> counts, String key, Rule rule, Instant now) {
    Failures failures = current(counts.get(key), rule, now);
    if (failures == null || !failures.blockedUntil().isAfter(now)) {
      return Duration.ZERO;
    }
    return Duration.between(now, failures.blockedUntil());
  }

  private static void count(Map<String, Failures> counts, String key, Rule rule, Instant now) {
    counts.compute(key, (ignored, before) -> {
      Failures still = current(before, rule, now);
      int count = still == null ? 1 : still.count() + 1;
      return new Failures(count, now, now.plus(rule.delayAfter(count)));
    });
    if (counts.size() > SWEEP_ABOVE) {
      counts.entrySet().removeIf(entry -> current(entry.getValue(), rule, now) == null);
    }
  }

  /** The failures still remembered, or null once a quiet spell has passed since the block ended. */
  private static Failures current(Failures failures, Rule rule, Instant now) {
    if (failures == null || now.isAfter(failures.blockedUntil().plus(rule.forgottenAfter()))) {
      return null;
    }
    return failures;
  }
}
