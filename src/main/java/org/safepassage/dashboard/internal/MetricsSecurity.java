package org.safepassage.dashboard.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.safepassage.security.FilterChainOrder;
import org.safepassage.security.Sha256Token;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Prometheus endpoint has a credential of its own: a bearer token known to the app only as
 * its SHA-256 ({@code safepassage.metrics.token-sha256}), compared in constant time. Staff logins
 * do not open it (a scraper's secret then opens nothing but counts), and it opens nothing else.
 * Unset, nobody can read the metrics. This chain comes before the partner channel's, which
 * otherwise takes every request that carries a bearer token.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurity {

  static final String PATH = "/actuator/prometheus";
  private static final String BEARER = "Bearer ";

  @Bean
  @Order(FilterChainOrder.METRICS_SCRAPER)
  SecurityFilterChain metricsScraper(HttpSecurity http, @Value("${safepassage.metrics.token-sha256:}") String tokenSha256)
      throws Exception {
    Sha256Token token = Sha256Token.fromSha256Hex("safepassage.metrics.token-sha256", tokenSha256);
    return http
        .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(PATH))
        .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("METRICS"))
        .addFilterBefore(new ScraperTokenCheck(token), BasicAuthenticationFilter.class)
        .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  private static final class ScraperTokenCheck extends OncePerRequestFilter {

    private final Sha256Token token;

    private ScraperTokenCheck(Sha256Token token) {
      this.token = token;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String header = request.getHeader("Authorization");
      if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
          && token.matches(header.substring(BEARER.length()).trim())) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
            "metrics-scraper", null, List.of(new SimpleGrantedAuthority("ROLE_METRICS"))));
      }
      chain.doFilter(request, response);
    }
  }
}
