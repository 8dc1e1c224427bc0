package org.safepassage.forms.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.safepassage.engine.TaskHook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete a user task whose Camunda Form is not properly filled in, with a message
 * per field that says what to fix (see FormErrorsAsBadRequests for how it reaches the user); and
 * offers every task with its form's fields empty.
 */
@Component
public class FormChecksOnTasks implements TaskHook {

  private final FormCatalog catalog;

  /** For a plain engine configuration (process tests), which builds its beans by class name. */
  public FormChecksOnTasks() {
    this(FormCatalog.fromClasspath());
  }

  @Autowired
  FormChecksOnTasks(FormCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * A task offered again (say, vetting sent back for more information) starts with an empty form:
   * the last round's answers are in the history, not pre-filled, and cannot pass for new ones.
   */
  @Override
  public void created(DelegateTask task, String formId) {
    if (formId == null) {
      return;
    }
    for (FieldRule rule : catalog.rulesOf(formId)) {
      if (task.hasVariable(rule.key())) {
        task.removeVariable(rule.key());
      }
    }
  }

  @Override
  public void completing(DelegateTask task, String formId) {
    if (formId == null) {
      return;
    }
    List<String> problems = new ArrayList<>();
    for (FieldRule rule : catalog.rulesOf(formId)) {
      rule.problemWith(task.getVariable(rule.key())).ifPresent(problems::add);
    }
    if (!problems.isEmpty()) {
      throw new FormFieldValidationException(formId, "Please fix the form: " + String.join("; ", problems));
    }
  }
}
