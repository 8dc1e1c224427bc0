package org.safepassage.security.internal;

import org.safepassage.security.StaffGroup;
import static org.springframework.security.config.Customizer.withDefaults;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.safepassage.security.FilterChainOrder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Everything but the health check and the login page needs a logged-in user. Browsers log in
 * once on our login page and use Tasklist, Cockpit and the case file on that session. Programs
 * use /api and /engine-rest with HTTP Basic and nothing else: no session, so a browser's
 * cookies open neither and no cross-site request can ride on them.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

  static final String REALM = "Safe Passage";
  static final String DASHBOARD_PLUGIN = "/camunda/app/safe-passage/journey-overview.js";
  static final String CAMUNDA_LOGOUT = "/camunda/api/admin/auth/user/{engine}/logout";

  @Bean
  @Order(FilterChainOrder.PROGRAMS)
  SecurityFilterChain programmingInterfaces(HttpSecurity http) throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    return http
        // Explicit path matchers: /engine-rest is Jersey's servlet, which MVC matchers do not see.
        .securityMatcher(new OrRequestMatcher(path.matcher("/engine-rest/**"), path.matcher("/api/**")))
        .authorizeHttpRequests(requests -> requests
            // The managers' dashboard figures (dashboard module): counts and case numbers of every case.
            .requestMatchers(path.matcher("/api/dashboard")).hasAuthority(StaffGroup.MANAGERS.id())
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName(REALM))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  @Order(FilterChainOrder.BROWSERS)
  SecurityFilterChain application(HttpSecurity http, StaffSessions sessions) throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    return http
        .addFilterAfter(sessions.filter(), SecurityContextHolderFilter.class)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/css/**", "/favicon.ico", "/error")
            .permitAll()
            // Camunda's static welcome page carries the vendor's end-of-life banner and nothing we use.
            .requestMatchers(path.matcher("/camunda-welcome/**")).denyAll()
            // Camunda's first-run "create an administrator" API: administrators come from configuration.
            .requestMatchers(path.matcher("/camunda/api/admin/setup/**")).denyAll()
            // The dashboard's figures and its Cockpit plugin: for managers only; anyone else's
            // Cockpit gets 403 for the plugin script, skips it (Cockpit logs the failed import) and
            // shows no dashboard.
            .requestMatchers(path.matcher("/dashboard/**"), path.matcher(DASHBOARD_PLUGIN)).hasAuthority(StaffGroup.MANAGERS.id())
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").successHandler(new LandingPage()))
        // Camunda's "Log out" ends the whole session too, not just the webapps' part of it.
        .logout(logout -> logout
            .logoutRequestMatcher(new OrRequestMatcher(path.matcher(HttpMethod.POST, "/logout"),
                request -> path.matcher(HttpMethod.POST, CAMUNDA_LOGOUT).matches(request) && carriesCamundaCsrfToken(request)))
            .logoutSuccessHandler((request, response, authentication) -> {
              if (path.matcher(HttpMethod.POST, CAMUNDA_LOGOUT).matches(request)) {
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
              } else {
                response.sendRedirect(request.getContextPath() + "/login?logout");
              }
            }))
        // The webapps run Camunda's own CSRF protection (XSRF-TOKEN cookie and header).
        .csrf(csrf -> csrf.ignoringRequestMatchers(path.matcher("/camunda/**")))
        .headers(withDefaults())
        .build();
  }

  /**
   * Camunda's CSRF check (token cookie echoed in a header) for its logout call, which Spring
   * handles before Camunda's own filter could: a forged cross-site logout falls through to
   * Camunda, which refuses it.
   */
  static boolean carriesCamundaCsrfToken(HttpServletRequest request) {
    String header = request.getHeader("X-XSRF-TOKEN");
    Cookie[] cookies = request.getCookies();
    if (header == null || header.isBlank() || cookies == null) {
      return false;
    }
    return Arrays.stream(cookies).anyMatch(cookie -> "XSRF-TOKEN".equals(cookie.getName()) && header.equals(cookie.getValue()));
  }
}
