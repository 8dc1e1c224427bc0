package org.safepassage.security;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Everything but the health check and the login page needs a logged-in user. Browsers log in
 * once on our login page and use Tasklist, Cockpit and the case file on that session; programs
 * use HTTP Basic, and /engine-rest takes nothing else (no session, so no cross-site requests).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

  static final String REALM = "Safe Passage";

  @Bean
  @Order(1)
  SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
    return http
        .securityMatcher("/engine-rest/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName(REALM))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain application(HttpSecurity http) throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    RequestMatcher api = path.matcher("/api/**");
    RequestMatcher apiWithBasicAuth = request -> api.matches(request) && request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    BasicAuthenticationEntryPoint basicChallenge = new BasicAuthenticationEntryPoint();
    basicChallenge.setRealmName(REALM);
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/css/**", "/favicon.ico", "/error")
            .permitAll()
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/camunda/app/tasklist/default/", false))
        .httpBasic(basic -> basic.realmName(REALM))
        .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(basicChallenge, api))
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        // The webapps run Camunda's own CSRF protection; Basic-authenticated API calls cannot be forged.
        .csrf(csrf -> csrf.ignoringRequestMatchers(path.matcher("/camunda/**"), apiWithBasicAuth))
        .headers(withDefaults())
        .build();
  }
}
