package org.safepassage.engine.internal;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * What the guard needs to know about a task and the people around it, read from the engine as it
 * is (identity links, not authorization rows) and regardless of what the caller may see.
 */
class TaskFacts {

  /** One task as the guard sees it; {@code formId} is null for a task without a Camunda Form. */
  record Facts(String assignee, Set<String> candidateGroups, String formId) {}

  private final ProcessEngineConfigurationImpl configuration;

  TaskFacts(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  /** The task, or null if there is none with this id. */
  Facts of(String taskId) {
    return run(context -> {
      Task task = configuration.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
      if (task == null) {
        return null;
      }
      Set<String> groups = configuration.getTaskService().getIdentityLinksForTask(taskId).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).collect(Collectors.toUnmodifiableSet());
      String formId = task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey();
      return new Facts(task.getAssignee(), groups, formId);
    });
  }

  /** Whether the user belongs to at least one of these groups. */
  boolean isMemberOfAny(String userId, Set<String> groupIds) {
    return userId != null && run(context -> groupIds.stream().anyMatch(group ->
        configuration.getIdentityService().createUserQuery().userId(userId).memberOfGroup(group).count() > 0));
  }

  private <T> T run(Command<T> read) {
    return configuration.getCommandExecutorTxRequired().execute(new Lookup<>(read));
  }

  /** A read of the guard's own, free of the guard and of the caller's authorizations. */
  static final class Lookup<T> implements Command<T> {

    private final Command<T> read;

    private Lookup(Command<T> read) {
      this.read = read;
    }

    @Override
    public T execute(CommandContext context) {
      return context.runWithoutAuthorization(() -> read.execute(context));
    }
  }
}
