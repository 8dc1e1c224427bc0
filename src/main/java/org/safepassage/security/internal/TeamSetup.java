package org.safepassage.security.internal;

import org.safepassage.security.StaffAuthorizations;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Makes sure the teams and their permissions exist before anyone logs in. */
@Component
class TeamSetup {

  static final int ORDER = 1;

  private final StaffAuthorizations authorizations;

  TeamSetup(StaffAuthorizations authorizations) {
    this.authorizations = authorizations;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(ORDER)
  void setUpTeams() {
    authorizations.ensureTeamsAndPermissions();
  }
}
