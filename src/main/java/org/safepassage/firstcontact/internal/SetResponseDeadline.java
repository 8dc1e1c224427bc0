package org.safepassage.firstcontact.internal;

import static org.safepassage.firstcontact.FirstContactProcess.SAFETY_CALL_DUE;
import static org.safepassage.firstcontact.FirstContactProcess.SAFETY_CALL_PRIORITY;
import static org.safepassage.firstcontact.FirstContactProcess.URGENCY;
import static org.safepassage.firstcontact.FirstContactProcess.URGENCY_BY_TABLE;
import static org.safepassage.firstcontact.FirstContactProcess.URGENCY_OVERRIDE;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * {@code ${setResponseDeadline}}: puts the urgency in force and the safety call's due date and
 * priority on the case, counted from now (the engine's clock). Runs after the urgency table and
 * again before each new attempt to reach the person, so every attempt gets a fresh deadline.
 * Only engine variables change, in the engine's transaction: no asyncBefore needed.
 */
@Component("setResponseDeadline")
class SetResponseDeadline implements JavaDelegate, ExecutionListener {

  private final ResponseDeadlines deadlines;

  SetResponseDeadline(ResponseDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Urgency urgency = deadlines.urgencyInForce((String) execution.getVariable(URGENCY_BY_TABLE),
        (String) execution.getVariable(URGENCY_OVERRIDE));
    execution.setVariable(URGENCY, urgency.name());
    execution.setVariable(SAFETY_CALL_DUE, Date.from(deadlines.deadline(urgency, ClockUtil.getCurrentTime().toInstant())));
    execution.setVariable(SAFETY_CALL_PRIORITY, urgency.priority());
  }

  @Override
  public void notify(DelegateExecution execution) {
    execute(execution);
  }
}
