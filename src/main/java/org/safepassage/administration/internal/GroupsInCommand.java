package org.safepassage.administration.internal;

import java.util.List;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** A user's groups, looked up inside a running engine command, whoever is asking. */
final class GroupsInCommand {

  private GroupsInCommand() {
  }

  static List<String> of(String userId) {
    CommandContext context = Context.getCommandContext();
    return context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().createGroupQuery()
        .groupMember(userId).list().stream().map(Group::getId).toList());
  }
}
