package org.safepassage.security.internal;

import org.safepassage.security.StaffAuthorizations;
import org.safepassage.security.TeamsReady;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes sure the teams and their permissions exist before anyone logs in, then says so with
 * {@link TeamsReady} for whatever else start-up builds on the teams.
 */
@Component
class TeamSetup {

  private final StaffAuthorizations authorizations;
  private final ApplicationEventPublisher events;

  TeamSetup(StaffAuthorizations authorizations, ApplicationEventPublisher events) {
    this.authorizations = authorizations;
    this.events = events;
  }

  @EventListener(ApplicationReadyEvent.class)
  void setUpTeams() {
    authorizations.ensureTeamsAndPermissions();
    events.publishEvent(new TeamsReady());
  }
}
