package org.safepassage.tasklist.internal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.safepassage.casenumber.CaseVariables;
import org.safepassage.engine.TaskHook;
import org.springframework.stereotype.Component;

/**
 * Puts the case number and, once set, the urgency on every new user task as task variables, so
 * the Tasklist filters can show them. Tasklist reads list variables through a variable query that
 * the engine authorizes per process instance, and teams deliberately get no read access to
 * process instances (see StaffAuthorizations); a variable of the task itself is covered by the
 * task permission the engine grants the candidate group. Neither is ever set by a later form
 * (urgency is set before the tasks that show it exist), so the copies cannot drift.
 */
@Component
class CaseFactsOnTasks implements TaskHook {

  private static final List<String> SHOWN_IN_LISTS = List.of(CaseVariables.CASE_NUMBER, CaseVariables.URGENCY);

  @Override
  public void created(DelegateTask task, String formId) {
    for (String fact : SHOWN_IN_LISTS) {
      Object value = task.getVariable(fact);
      if (value != null) {
        task.setVariableLocal(fact, value);
      }
    }
  }
}
