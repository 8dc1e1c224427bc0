package org.safepassage.reminders;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${notifyTeam}}: a service task that tells the team in its input parameter {@code team}
 * that a task is waiting on this case. Runs as its own job (asyncBefore) with retries.
 */
@Component("notifyTeam")
class NotifyTeamDelegate implements JavaDelegate {

  static final String TEAM = "team";

  private final TeamNotifier notifier;

  NotifyTeamDelegate(TeamNotifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String team = (String) execution.getVariableLocal(TEAM);
    String noticeKey = execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId();
    notifier.notifyTaskWaiting(team, execution.getProcessBusinessKey(), noticeKey);
  }
}
