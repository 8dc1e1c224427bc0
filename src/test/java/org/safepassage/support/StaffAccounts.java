package org.safepassage.support;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Fresh staff accounts for one test, so no test disturbs the demo users others rely on. */
public final class StaffAccounts {

  /** A passphrase the password policy accepts. */
  public static final String PASSPHRASE = "amber kettle drifts over quiet marsh";

  private StaffAccounts() {
  }

  /** A new account on these teams (Camunda groups), with {@link #PASSPHRASE}. */
  public static String create(IdentityService identityService, String... teams) {
    String id = "staff" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(id);
    user.setFirstName("Test");
    user.setLastName("Staff");
    user.setPassword(PASSPHRASE);
    identityService.saveUser(user);
    for (String team : teams) {
      identityService.createMembership(id, team);
    }
    return id;
  }
}
