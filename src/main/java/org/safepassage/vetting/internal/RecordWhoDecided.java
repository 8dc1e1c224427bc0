package org.safepassage.vetting.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.safepassage.vetting.VettingProcess;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordWhoDecided}}: on completing the interview or an escalated decision, keeps the
 * staff id of whoever completed it, so the four-eyes rule can refuse them at security review.
 */
@Component("recordWhoDecided")
class RecordWhoDecided implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String variable = VettingProcess.DECIDE_ESCALATED_VETTING.equals(task.getTaskDefinitionKey())
        ? VettingProcess.ESCALATION_DECIDED_BY : VettingProcess.FINDINGS_RECORDED_BY;
    task.getExecution().setVariable(variable, ActingStaff.of(task));
  }
}
