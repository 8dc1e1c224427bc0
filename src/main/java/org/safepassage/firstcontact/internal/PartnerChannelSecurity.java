package org.safepassage.firstcontact.internal;

import org.safepassage.security.FilterChainOrder;
import org.safepassage.security.MachineCredentials;
import org.safepassage.security.Sha256Token;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The partner channel (the hotline's tool, a messenger bot relay) may do exactly one thing: post
 * a first contact. This chain, ahead of the staff ones, takes that path and every request that
 * carries a bearer token, wherever it goes: the partner token opens POST /api/first-contacts and
 * nothing else (403 elsewhere), staff credentials do not open that path (401), and a wrong token
 * gets 401.
 */
@Configuration(proxyBeanMethods = false)
class PartnerChannelSecurity {

  static final String PATH = "/api/first-contacts";
  static final String PARTNER = "partner-channel";

  @Bean
  @Order(FilterChainOrder.PARTNER_CHANNEL)
  SecurityFilterChain partnerChannel(HttpSecurity http,
      @Value("${safepassage.partner.token-sha256:}") String tokenSha256) throws Exception {
    Sha256Token token = Sha256Token.fromSha256Hex("safepassage.partner.token-sha256", tokenSha256);
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    return MachineCredentials.bearerTokenOnly(http, token, PARTNER, "PARTNER")
        .securityMatcher(new OrRequestMatcher(path.matcher(PATH), MachineCredentials::carriesBearerToken))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path.matcher(HttpMethod.POST, PATH)).hasRole("PARTNER")
            .anyRequest().denyAll())
        .build();
  }
}
