package org.safepassage.reminders.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.safepassage.casenumber.CaseVariables;
import org.safepassage.engine.TaskHook;
import org.springframework.stereotype.Component;

/**
 * When a task is created, each team it is offered to gets a row in the outbox, for its next
 * "new work" summary; a P0 task makes that summary go out in the next notice round.
 */
@Component
class TaskWaitingNotices implements TaskHook {

  static final String MOST_URGENT = "P0";

  private final NoticeOutbox outbox;

  TaskWaitingNotices(NoticeOutbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void created(DelegateTask task, String formId) {
    String caseNumber = task.getExecution().getProcessBusinessKey();
    boolean urgent = MOST_URGENT.equals(task.getVariable(CaseVariables.URGENCY));
    task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .forEach(link -> outbox.enqueue("task:" + task.getId() + ":" + link.getGroupId(), link.getGroupId(), caseNumber,
            task.getId(), task.getName(), urgent));
  }
}
