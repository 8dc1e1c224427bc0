package org.safepassage.reminders.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.safepassage.casenumber.CaseVariables;
import org.safepassage.engine.TaskHook;
import org.safepassage.journey.JourneyProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When a task is created, each team it is offered to gets a row in the outbox, for its next
 * "new work" summary; a P0 task, or a safety incident's, makes that summary go out in the next
 * notice round. A safety incident's task also alerts the managers at once: its mail is decided
 * and its send step started in the task's own transaction, at the urgent priority.
 */
@Component
class TaskWaitingNotices implements TaskHook {

  private static final Logger log = LoggerFactory.getLogger(TaskWaitingNotices.class);
  static final String MOST_URGENT = "P0";

  private final NoticeOutbox outbox;
  private final MailRecords records;
  private final MailProperties mail;

  TaskWaitingNotices(NoticeOutbox outbox, MailRecords records, MailProperties mail) {
    this.outbox = outbox;
    this.records = records;
    this.mail = mail;
  }

  @Override
  public void created(DelegateTask task, String formId) {
    String caseNumber = task.getExecution().getProcessBusinessKey();
    boolean safetyIncident = JourneyProcess.RESPOND_TO_SAFETY_INCIDENT.equals(task.getTaskDefinitionKey());
    boolean urgent = safetyIncident || MOST_URGENT.equals(task.getVariable(CaseVariables.URGENCY));
    task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .forEach(link -> outbox.enqueue("task:" + task.getId() + ":" + link.getGroupId(), link.getGroupId(), caseNumber,
            task.getId(), task.getName(), urgent));
    if (safetyIncident) {
      alertManagers(task, caseNumber);
    }
  }

  private void alertManagers(DelegateTask task, String caseNumber) {
    String managers = mail.mailboxOf(NoticeRound.MANAGERS);
    if (managers == null || managers.isBlank()) {
      log.warn("No managers' mailbox configured: safety alert for task {} not mailed", task.getId());
      return;
    }
    String key = MailKind.SAFETY_ALERT.id() + ":" + task.getId();
    String team = task.getCandidates().stream().filter(link -> link.getGroupId() != null).map(link -> link.getGroupId())
        .findFirst().orElse(null);
    if (records.decide(key, MailKind.SAFETY_ALERT.id(), managers, team, task.getId(), caseNumber)) {
      NoticeDelegates.startSending(task.getProcessEngineServices().getRuntimeService(), key, MailKind.URGENT);
    }
  }
}
