package org.safepassage.security;

import org.springframework.core.Ordered;

/**
 * The order of the app's Spring Security filter chains (the {@code @Order} of each
 * {@code SecurityFilterChain} bean). This is not start-up ordering: a request is handled by the
 * first chain whose matcher takes it, so a chain with a narrow matcher must come before the
 * catch-all one, or it never sees a request.
 */
public final class FilterChainOrder {

  /** The Prometheus scraper (dashboard): /actuator/prometheus with its own bearer token, before the partner channel takes every bearer token. */
  public static final int METRICS_SCRAPER = Ordered.HIGHEST_PRECEDENCE;

  /** The partner channel (firstcontact): its one path, and every request with a bearer token. */
  public static final int PARTNER_CHANNEL = METRICS_SCRAPER + 1;

  /** Programs: {@code /api/**} and {@code /engine-rest/**} with HTTP Basic, no session. */
  public static final int PROGRAMS = PARTNER_CHANNEL + 1;

  /** Browsers: every other request, on the login session. Matches everything, so it comes last. */
  public static final int BROWSERS = Ordered.LOWEST_PRECEDENCE;

  private FilterChainOrder() {
  }
}
