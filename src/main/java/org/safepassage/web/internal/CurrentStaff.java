package org.safepassage.web.internal;

import org.safepassage.security.StaffMember;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the logged-in member of staff, so the header shows what they may open. */
@ControllerAdvice(annotations = Controller.class)
class CurrentStaff {

  @ModelAttribute("staff")
  StaffMember staff() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
      return null;
    }
    return StaffMember.current();
  }
}
