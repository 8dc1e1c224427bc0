package org.safepassage.security.internal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.safepassage.security.TeamsReady;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The group an administrator adds an account to, in the Admin webapp, to lock it: its owner is
 * logged out at the next request and cannot log in until taken out again (see StaffEntitlement).
 */
@Component
class LockedAccounts {

  private final IdentityService identityService;

  LockedAccounts(IdentityService identityService) {
    this.identityService = identityService;
  }

  @EventListener(TeamsReady.class)
  void ensureGroup() {
    if (identityService.createGroupQuery().groupId(StaffEntitlement.LOCKED).count() == 0) {
      Group locked = identityService.newGroup(StaffEntitlement.LOCKED);
      locked.setName("Locked accounts");
      locked.setType(Groups.GROUP_TYPE_SYSTEM);
      identityService.saveGroup(locked);
    }
  }
}
