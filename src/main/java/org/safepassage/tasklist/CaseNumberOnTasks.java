package org.safepassage.tasklist;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.safepassage.engine.UserTaskListenerPlugin;
import org.safepassage.journey.JourneyProcess;
import org.springframework.stereotype.Component;

/**
 * Puts the case number on every new user task as a task variable, so the Tasklist filters can
 * show it. Tasklist reads list variables through a variable query that the engine authorizes
 * per process instance, and teams deliberately get no read access to process instances (see
 * StaffAuthorizations); a variable of the task itself is covered by the task permission the
 * engine grants the candidate group. The case number never changes and no form submits it, so
 * the copy cannot drift from or shadow the process variable.
 */
@Component
class CaseNumberOnTasks extends UserTaskListenerPlugin {

  @Override
  protected void attachTo(Element userTask, TaskDefinition task) {
    task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, CaseNumberOnTasks::copy);
  }

  private static void copy(DelegateTask task) {
    Object caseNumber = task.getVariable(JourneyProcess.CASE_NUMBER);
    if (caseNumber != null) {
      task.setVariableLocal(JourneyProcess.CASE_NUMBER, caseNumber);
    }
  }
}
