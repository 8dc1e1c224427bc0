package org.safepassage.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.safepassage.security.StaffGroup;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After login: back to the page asked for, else managers to the case list, staff to Tasklist. */
class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

  static final String TASKLIST = "/camunda/app/tasklist/default/";
  static final String CASE_LIST = "/cases";

  @Override
  protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response, Authentication who) {
    boolean manager = who.getAuthorities().stream().anyMatch(a -> StaffGroup.MANAGERS.id().equals(a.getAuthority()));
    return manager ? CASE_LIST : TASKLIST;
  }
}
