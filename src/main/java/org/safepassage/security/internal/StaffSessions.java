package org.safepassage.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser session ends after an absolute lifetime, however busily Tasklist polls, and at the
 * first request after its owner was taken off a team, locked or deleted: Camunda's webapps keep
 * the groups they saw at login in the session, so the whole session goes. Programs using HTTP
 * Basic are checked afresh on every call anyway.
 */
@Component
class StaffSessions {

  static final String LOGGED_IN_AT = StaffSessions.class.getName() + ".loggedInAt";

  /**
   * The webapps' scripts, styles and fonts hold no data; loading Tasklist fetches dozens of them,
   * so they skip the look-up of the account (not the lifetime).
   */
  private static final Pattern STATIC_ASSET = Pattern.compile(".*\\.(js|css|png|svg|ico|woff2?|ttf|map)$");

  private final StaffEntitlement entitlement;
  private final Clock clock;
  private final Duration lifetime;

  StaffSessions(StaffEntitlement entitlement, Clock clock,
      @Value("${safepassage.session.absolute-lifetime:PT10H}") Duration lifetime) {
    this.entitlement = entitlement;
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /** The check, for Spring Security's chain, right after it has loaded the session's login. */
  OncePerRequestFilter filter() {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        check(request);
        chain.doFilter(request, response);
      }
    };
  }

  private void check(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Authentication login = SecurityContextHolder.getContext().getAuthentication();
    if (session == null || login == null || login instanceof AnonymousAuthenticationToken || !login.isAuthenticated()) {
      return;
    }
    Instant now = clock.instant();
    // Set on the first request after the login itself (the redirect that follows it).
    Instant since = (Instant) session.getAttribute(LOGGED_IN_AT);
    if (since == null) {
      session.setAttribute(LOGGED_IN_AT, now);
    } else if (!now.isBefore(since.plus(lifetime)) || !(isStaticAsset(request) || entitlement.stillStands(login))) {
      session.invalidate();
      SecurityContextHolder.clearContext();
    }
  }

  private static boolean isStaticAsset(HttpServletRequest request) {
    String path = request.getRequestURI();
    return "GET".equals(request.getMethod()) && !path.contains("/api/") && STATIC_ASSET.matcher(path).matches();
  }
}
