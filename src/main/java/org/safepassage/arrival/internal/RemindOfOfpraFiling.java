package org.safepassage.arrival.internal;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.safepassage.arrival.ArrivalProcess;
import org.springframework.stereotype.Component;

/**
 * {@code ${remindOfOfpraFiling}}: on day 19 the filing task's follow-up date moves to now. The
 * reminders mail once per task and follow-up date, so this sends the second reminder (day 14 was
 * the first) without a second task to close.
 */
@Component("remindOfOfpraFiling")
class RemindOfOfpraFiling implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Task filing = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(ArrivalProcess.FILE_ASYLUM_APPLICATION).singleResult();
    filing.setFollowUpDate(ClockUtil.getCurrentTime());
    tasks.saveTask(filing);
  }
}
