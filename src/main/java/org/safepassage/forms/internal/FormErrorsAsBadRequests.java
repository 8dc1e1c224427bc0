package org.safepassage.forms.internal;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.safepassage.engine.CommandInterceptorPlugin;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task listener throws; unwrapped, a form error from
 * {@link FormChecksOnTasks} reaches the REST API as what it is (400 with its message, which
 * Tasklist shows) rather than as a server error.
 */
@Component
public class FormErrorsAsBadRequests extends CommandInterceptorPlugin {

  @Override
  protected Stage stage() {
    return Stage.BEFORE_CONTEXT;
  }

  @Override
  protected <T> T intercept(Command<T> command, Supplier<T> proceed) {
    try {
      return proceed.get();
    } catch (ProcessEngineException e) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException formError) {
          throw formError;
        }
      }
      throw e;
    }
  }
}
