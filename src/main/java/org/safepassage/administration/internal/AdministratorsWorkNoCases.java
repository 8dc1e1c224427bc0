package org.safepassage.administration.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.safepassage.engine.CommandInterceptorPlugin;
import org.springframework.stereotype.Component;

/**
 * Camunda's administrators may do anything to any task, and whoever holds a task may read its
 * case file: so an administrator could claim a task and read the file. Administrators do no
 * task work at all (claim, assign, hand on, complete); that is for the teams and their managers.
 */
@Component
class AdministratorsWorkNoCases extends CommandInterceptorPlugin {

  private static final Set<Class<?>> TASK_WORK = Set.of(ClaimTaskCmd.class, AbstractSetTaskPropertyCmd.class,
      DelegateTaskCmd.class, AbstractAddIdentityLinkCmd.class, SaveTaskCmd.class, CompleteTaskCmd.class,
      SubmitTaskFormCmd.class, ResolveTaskCmd.class, HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class);

  @Override
  protected <T> T intercept(Command<T> command, Supplier<T> proceed) {
    if (TASK_WORK.stream().anyMatch(work -> work.isInstance(command)) && byAnAdministrator()) {
      throw new AuthorizationException("Administrators manage accounts and do no task work: "
          + "tasks are claimed, assigned and completed by the teams and their managers.");
    }
    return proceed.get();
  }

  private static boolean byAnAdministrator() {
    CommandContext context = Context.getCommandContext();
    Authentication who = context.getAuthentication();
    if (who == null || who.getUserId() == null) {
      return false;
    }
    List<String> groups = who.getGroupIds() != null ? who.getGroupIds() : GroupsInCommand.of(who.getUserId());
    return groups.contains(Groups.CAMUNDA_ADMIN);
  }
}
