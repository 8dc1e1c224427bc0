package org.safepassage.visa.internal;

import static org.safepassage.visa.ConsularVisaProcess.RECOMMENDED_ROUTE;
import static org.safepassage.visa.ConsularVisaProcess.ROUTE;
import static org.safepassage.visa.ConsularVisaProcess.ROUTE_OVERRIDE_REASON;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** {@code ${routeOverrideCheck}}: legal may choose another route than the table's, with a reason code. */
@Component("routeOverrideCheck")
class RouteOverrideCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object reason = task.getVariable(ROUTE_OVERRIDE_REASON);
    boolean overridden = !Objects.equals(task.getVariable(ROUTE), task.getVariable(RECOMMENDED_ROUTE));
    if (overridden && (reason == null || String.valueOf(reason).isBlank())) {
      throw new FormFieldValidationException("confirm-route", "Please fix the form: Reason for choosing another route:"
          + " choose one when the route differs from the recommended " + task.getVariable(RECOMMENDED_ROUTE));
    }
  }
}
