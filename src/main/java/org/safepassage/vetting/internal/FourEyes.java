package org.safepassage.vetting.internal;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.safepassage.vetting.VettingProcess;
import org.springframework.stereotype.Component;

/**
 * {@code ${fourEyes}}: an approval needs two different people. Whoever recorded the vetting
 * findings, or approved the escalated case, cannot give the security verdict on it, whichever
 * teams they belong to and whichever URL they come through: the engine refuses the completion,
 * the task stays open, and the message (a 400 through the REST API) says what to do.
 */
@Component("fourEyes")
class FourEyes implements TaskListener {

  static final String REFUSAL = "Four eyes: you recorded the vetting findings or approved this case, so a colleague"
      + " from security review must give the verdict. The task stays open for them.";

  @Override
  public void notify(DelegateTask task) {
    String actor = ActingStaff.of(task);
    if (actor != null && (Objects.equals(actor, task.getVariable(VettingProcess.FINDINGS_RECORDED_BY))
        || Objects.equals(actor, task.getVariable(VettingProcess.ESCALATION_DECIDED_BY)))) {
      throw new FormFieldValidationException("screen-for-exclusion", REFUSAL);
    }
  }
}
