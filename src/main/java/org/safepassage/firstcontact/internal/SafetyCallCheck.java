package org.safepassage.firstcontact.internal;

import static org.safepassage.firstcontact.FirstContactProcess.SAFETY_CALL_HELD;
import static org.safepassage.firstcontact.FirstContactProcess.SAFETY_CALL_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * {@code ${safetyCallCheck}}: a case is taken on only after a safety call over a secure channel.
 * Referring elsewhere or finding the person unreachable needs no tick.
 */
@Component("safetyCallCheck")
class SafetyCallCheck implements TaskListener {

  static final String TAKE_ON = "TAKE_ON";

  @Override
  public void notify(DelegateTask task) {
    if (TAKE_ON.equals(task.getVariable(SAFETY_CALL_OUTCOME)) && !Boolean.TRUE.equals(task.getVariable(SAFETY_CALL_HELD))) {
      throw new FormFieldValidationException("hold-safety-call",
          "Please fix the form: The safety call took place over a secure channel: tick this box to take the case on");
    }
  }
}
