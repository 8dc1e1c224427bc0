package org.safepassage.firstcontact.internal;

import org.safepassage.security.Sha256Token;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.safepassage.security.FilterChainOrder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
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
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

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
  private static final String BEARER = "Bearer ";

  @Bean
  @Order(FilterChainOrder.PARTNER_CHANNEL)
  SecurityFilterChain partnerChannel(HttpSecurity http,
      @Value("${safepassage.partner.token-sha256:}") String tokenSha256) throws Exception {
    Sha256Token token = Sha256Token.fromSha256Hex("safepassage.partner.token-sha256", tokenSha256);
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    return http
        .securityMatcher(new OrRequestMatcher(path.matcher(PATH), PartnerChannelSecurity::carriesBearerToken))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path.matcher(HttpMethod.POST, PATH)).hasRole("PARTNER")
            .anyRequest().denyAll())
        .addFilterBefore(new BearerTokenCheck(token), BasicAuthenticationFilter.class)
        .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  private static boolean carriesBearerToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
  }

  /** Authenticates the partner when the bearer token's digest matches the configured one. */
  private static final class BearerTokenCheck extends OncePerRequestFilter {

    private final Sha256Token token;

    private BearerTokenCheck(Sha256Token token) {
      this.token = token;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (carriesBearerToken(request) && token.matches(request.getHeader("Authorization").substring(BEARER.length()).trim())) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
            PARTNER, null, List.of(new SimpleGrantedAuthority("ROLE_PARTNER"))));
      }
      chain.doFilter(request, response);
    }
  }
}
