package org.safepassage.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

/**
 * Tells Camunda (webapps and /engine-rest) who Spring Security has already logged in, so there is
 * one login and Camunda's authorization checks apply to that user. Camunda creates this class by
 * name, hence public with a no-argument constructor.
 */
public class SpringSecurityPrincipalProvider implements AuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Principal principal = request.getUserPrincipal();
    if (principal == null || principal.getName() == null) {
      return AuthenticationResult.unsuccessful();
    }
    return AuthenticationResult.successful(principal.getName());
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    // Spring Security has already challenged anyone who is not logged in.
  }
}
