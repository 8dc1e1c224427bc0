package org.safepassage.firstcontact.internal;

import static org.safepassage.firstcontact.FirstContactProcess.URGENCY_OVERRIDE;
import static org.safepassage.firstcontact.FirstContactProcess.URGENCY_OVERRIDE_REASON;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** {@code ${urgencyOverrideCheck}}: overriding the urgency table takes a reason code. */
@Component("urgencyOverrideCheck")
class UrgencyOverrideCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (isGiven(task.getVariable(URGENCY_OVERRIDE)) && !isGiven(task.getVariable(URGENCY_OVERRIDE_REASON))) {
      throw new FormFieldValidationException("assess-urgency",
          "Please fix the form: Reason for the override: choose one when you override the urgency");
    }
  }

  static boolean isGiven(Object value) {
    return value != null && !String.valueOf(value).isBlank();
  }
}
