package org.safepassage.gate.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.safepassage.gate.internal.EngineApiRules.Audience;
import org.safepassage.gate.internal.EngineRoutes.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The allow-list at the edge: a call to the engine's REST API (both mounts of /engine-rest, and
 * the webapps' /camunda/api) goes on to Camunda only if {@link EngineApiRules} allow it for the
 * caller, decided on the normalised path. Everything else gets 403 here. The engine's own guard
 * (StaffCommandGuard) holds the same line behind it.
 */
class EngineApiGate extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(EngineApiGate.class);

  private final EngineRoutes routes;

  EngineApiGate(EngineRoutes routes) {
    this.routes = routes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> refusal = refusal(request.getMethod(), request.getRequestURI().substring(request.getContextPath().length()),
        groupsOfCaller());
    if (refusal.isEmpty()) {
      chain.doFilter(request, response);
      if (response.getStatus() >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
        // Camunda's own error log is off (application.yml): its messages can quote the request body.
        log.error("The engine API answered {} to {} {}", response.getStatus(), request.getMethod(),
            routeOf(request.getMethod(), request.getRequestURI().substring(request.getContextPath().length())));
      }
      return;
    }
    log.info("Refused {} for {}: {}", request.getMethod(), callerName(), refusal.get());
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\"Safe Passage: "
        + refusal.get().replace("\"", "'") + "\"}");
  }

  /** Why this call is refused, or empty when a rule allows it. Messages name routes, never ids. */
  Optional<String> refusal(String method, String path, Set<String> groups) {
    Optional<List<String>> normalised = EnginePath.normalise(path);
    if (normalised.isEmpty()) {
      return Optional.of("this path cannot be read unambiguously.");
    }
    List<String> segments = normalised.get();
    if (segments.size() >= 1 && segments.get(0).equalsIgnoreCase("engine-rest")) {
      return engineApi(method, segments.subList(1, segments.size()), groups);
    }
    if (segments.size() >= 3 && segments.get(0).equalsIgnoreCase("camunda") && segments.get(1).equalsIgnoreCase("api")) {
      return webappApi(method, segments.subList(2, segments.size()), groups);
    }
    return Optional.of("not an engine API path.");
  }

  private Optional<String> webappApi(String method, List<String> segments, Set<String> groups) {
    String api = segments.get(0).toLowerCase();
    return switch (api) {
      case "engine" -> engineApi(method, segments.subList(1, segments.size()), groups);
      // Log in, log out, who am I: every webapp needs these.
      case "admin" -> segments.size() >= 2 && segments.get(1).equalsIgnoreCase("auth") ? Optional.empty()
          : only(Audience.ADMINISTRATORS, groups, "the Admin webapp's API is for the administrator.");
      case "cockpit" -> only(Audience.MANAGERS, groups, "Cockpit's API is for managers.");
      case "tasklist" -> Optional.empty();
      default -> Optional.of("this webapp API is not in use.");
    };
  }

  private Optional<String> engineApi(String method, List<String> segments, Set<String> groups) {
    List<String> route = segments;
    if (!route.isEmpty() && route.get(0).equalsIgnoreCase("engine")) {
      if (route.size() == 1) {
        // The list of engine names: the webapps ask for it first.
        return method.equals("GET") ? Optional.empty() : Optional.of("only GET /engine is allowed.");
      }
      route = route.subList(2, route.size());
    }
    Optional<Route> known = routes.match(method, route);
    if (known.isEmpty()) {
      return Optional.of("no such call in the engine's API.");
    }
    return EngineApiRules.allowing(known.get(), groups).isPresent() ? Optional.empty()
        : Optional.of(known.get() + " is not open to you: staff act only through their tasks' forms.");
  }

  /** The route template of a path, never its ids (they may be business keys or names). */
  private String routeOf(String method, String path) {
    List<String> segments = EnginePath.normalise(path).orElse(List.of());
    int engineRest = !segments.isEmpty() && segments.get(0).equals("engine-rest") ? 1 : 3; // or /camunda/api/engine
    List<String> route = segments.size() > engineRest ? segments.subList(engineRest, segments.size()) : List.of();
    if (route.size() > 2 && route.get(0).equals("engine")) {
      route = route.subList(2, route.size());
    }
    return routes.match(method, route).map(Route::template).orElse("(a webapp API)");
  }

  private static Optional<String> only(Audience audience, Set<String> groups, String refusal) {
    return audience.includes(groups) ? Optional.empty() : Optional.of(refusal);
  }

  private static Set<String> groupsOfCaller() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null) {
      return Set.of();
    }
    return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
  }

  private static String callerName() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null ? "nobody" : authentication.getName();
  }
}
