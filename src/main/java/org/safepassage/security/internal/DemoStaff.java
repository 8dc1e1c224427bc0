package org.safepassage.security.internal;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.safepassage.security.TeamsReady;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Demo profile only: creates one user per team so the whole journey can be tried by hand. */
@Component
@Profile("demo")
class DemoStaff {

  private final IdentityService identityService;
  private final DemoStaffProperties properties;

  DemoStaff(IdentityService identityService, DemoStaffProperties properties) {
    this.identityService = identityService;
    this.properties = properties;
  }

  @EventListener(TeamsReady.class)
  void createDemoUsers() {
    List<DemoStaffProperties.DemoUser> users = properties.users() == null ? List.of() : properties.users();
    for (DemoStaffProperties.DemoUser demo : users) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@demo.safe-passage.invalid");
        user.setPassword(demo.password());
        identityService.saveUser(user);
      }
      if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(demo.team()).count() == 0) {
        identityService.createMembership(demo.id(), demo.team());
      }
    }
  }
}
