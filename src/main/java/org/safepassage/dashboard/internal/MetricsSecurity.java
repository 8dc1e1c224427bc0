package org.safepassage.dashboard.internal;

import org.safepassage.security.FilterChainOrder;
import org.safepassage.security.MachineCredentials;
import org.safepassage.security.Sha256Token;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

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

  @Bean
  @Order(FilterChainOrder.METRICS_SCRAPER)
  SecurityFilterChain metricsScraper(HttpSecurity http, @Value("${safepassage.metrics.token-sha256:}") String tokenSha256)
      throws Exception {
    Sha256Token token = Sha256Token.fromSha256Hex("safepassage.metrics.token-sha256", tokenSha256);
    return MachineCredentials.bearerTokenOnly(http, token, "metrics-scraper", "METRICS")
        .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(PATH))
        .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("METRICS"))
        .build();
  }
}
