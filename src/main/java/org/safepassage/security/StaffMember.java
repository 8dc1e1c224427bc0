package org.safepassage.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The logged-in member of staff: a user id and the Camunda groups they belong to. */
public record StaffMember(String id, Set<String> groups) {

  public static StaffMember current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      throw new IllegalStateException("No one is logged in");
    }
    return new StaffMember(authentication.getName(), authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet()));
  }

  public boolean isIn(StaffGroup group) {
    return groups.contains(group.id());
  }

  public boolean isManager() {
    return isIn(StaffGroup.MANAGERS);
  }

  /** Cases are opened by intake coordinators, and by managers. */
  public boolean mayOpenCases() {
    return isIn(StaffGroup.INTAKE) || isManager();
  }
}
