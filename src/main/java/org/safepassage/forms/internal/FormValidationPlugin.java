package org.safepassage.forms.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.safepassage.engine.UserTaskListenerPlugin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete a user task whose Camunda Form is not properly filled in, with a message
 * per field that says what to fix (see FormErrorsAsBadRequests for how it reaches the user); and
 * offers every task with its form's fields empty.
 */
@Component
public class FormValidationPlugin extends UserTaskListenerPlugin {

  private final FormCatalog catalog;

  /** For a plain engine configuration (process tests), which builds plugins by class name. */
  public FormValidationPlugin() {
    this(FormCatalog.fromClasspath());
  }

  @Autowired
  FormValidationPlugin(FormCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  protected void attachTo(Element userTask, TaskDefinition task) {
    String formId = userTask.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    if (formId != null) {
      task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, new FreshForm(formId));
      task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, new SubmissionCheck(formId));
    }
  }

  /**
   * A task offered again (say, vetting sent back for more information) starts with an empty form:
   * the last round's answers are in the history, not pre-filled, and cannot pass for new ones.
   */
  private final class FreshForm implements TaskListener {

    private final String formId;

    private FreshForm(String formId) {
      this.formId = formId;
    }

    @Override
    public void notify(DelegateTask task) {
      for (FieldRule rule : catalog.rulesOf(formId)) {
        if (task.hasVariable(rule.key())) {
          task.removeVariable(rule.key());
        }
      }
    }
  }

  private final class SubmissionCheck implements TaskListener {

    private final String formId;

    private SubmissionCheck(String formId) {
      this.formId = formId;
    }

    @Override
    public void notify(DelegateTask task) {
      List<String> problems = new ArrayList<>();
      for (FieldRule rule : catalog.rulesOf(formId)) {
        rule.problemWith(task.getVariable(rule.key())).ifPresent(problems::add);
      }
      if (!problems.isEmpty()) {
        throw new FormFieldValidationException(formId, "Please fix the form: " + String.join("; ", problems));
      }
    }
  }
}
