package org.safepassage.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Filter chains for machines (the partner channel, the metrics scraper): a bearer token whose
 * SHA-256 is configured ({@link Sha256Token}), checked in constant time on every request, and
 * nothing else: no session, no CSRF token, no staff password, 401 without the token.
 */
public final class MachineCredentials {

  private static final String BEARER = "Bearer ";

  private MachineCredentials() {
  }

  /** A request that presents some bearer token (right or wrong). */
  public static boolean carriesBearerToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
  }

  /**
   * Makes {@code http} a token-only chain: a request whose bearer token matches {@code token}
   * is {@code principal} with the single role {@code role}; every other request is anonymous.
   */
  public static HttpSecurity bearerTokenOnly(HttpSecurity http, Sha256Token token, String principal, String role)
      throws Exception {
    return http
        .addFilterBefore(new BearerTokenCheck(token, principal, role), BasicAuthenticationFilter.class)
        .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .csrf(csrf -> csrf.disable());
  }

  private static final class BearerTokenCheck extends OncePerRequestFilter {

    private final Sha256Token token;
    private final String principal;
    private final String role;

    private BearerTokenCheck(Sha256Token token, String principal, String role) {
      this.token = token;
      this.principal = principal;
      this.role = role;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (carriesBearerToken(request) && token.matches(request.getHeader("Authorization").substring(BEARER.length()).trim())) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
            principal, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
      }
      chain.doFilter(request, response);
    }
  }
}
