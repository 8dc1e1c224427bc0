package org.safepassage.security.internal;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Whether a login still stands: the account exists, is not locked, and is on the same teams as
 * when its owner logged in. An administrator locks an account by adding it to the group
 * {@value #LOCKED} in the Admin webapp (and unlocks it by removing it again).
 */
@Component
class StaffEntitlement {

  static final String LOCKED = "locked";

  private final IdentityService identityService;

  StaffEntitlement(IdentityService identityService) {
    this.identityService = identityService;
  }

  boolean stillStands(Authentication login) {
    String userId = login.getName();
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return false;
    }
    Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
    Set<String> atLogin = login.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    return !groups.contains(LOCKED) && groups.equals(atLogin);
  }
}
