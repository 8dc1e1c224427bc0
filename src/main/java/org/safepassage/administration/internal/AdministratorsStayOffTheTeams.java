package org.safepassage.administration.internal;

import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.safepassage.engine.CommandFields;
import org.safepassage.engine.CommandInterceptorPlugin;
import org.safepassage.security.StaffGroup;
import org.springframework.stereotype.Component;

/**
 * Administrators administer; they do not work cases. An administrator may not join a team (say,
 * managers, who read every case file), and nobody on a team may become an administrator: the
 * one who manages accounts is never the one who reads the files. Held in the engine, so the
 * Admin webapp, the REST API and the Java API all meet it.
 */
@Component
class AdministratorsStayOffTheTeams extends CommandInterceptorPlugin {

  @Override
  protected <T> T intercept(Command<T> command, Supplier<T> proceed) {
    if (command instanceof CreateMembershipCmd) {
      String userId = CommandFields.read(command, "userId", String.class);
      String groupId = CommandFields.read(command, "groupId", String.class);
      boolean joiningAdmins = Groups.CAMUNDA_ADMIN.equals(groupId);
      boolean joiningTeam = StaffGroup.byId(groupId).isPresent();
      if (joiningAdmins && onAnyTeam(userId)) {
        throw new BadUserRequestException(userId + " is on a team and so cannot be an administrator: "
            + "administrators manage accounts and never work cases. Use a separate account.");
      }
      if (joiningTeam && isAdministrator(userId)) {
        throw new BadUserRequestException(userId + " is an administrator and so cannot join the team "
            + groupId + ": administrators manage accounts and never work cases. Use a separate account.");
      }
    }
    return proceed.get();
  }

  private static boolean onAnyTeam(String userId) {
    return GroupsInCommand.of(userId).stream().anyMatch(group -> StaffGroup.byId(group).isPresent());
  }

  private static boolean isAdministrator(String userId) {
    return GroupsInCommand.of(userId).contains(Groups.CAMUNDA_ADMIN);
  }
}
