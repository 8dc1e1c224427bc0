package org.safepassage.engine.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.safepassage.engine.TaskHook;
import org.springframework.stereotype.Component;

/**
 * The engine plugin that gives every user task of every deployed process the app's
 * {@link TaskHook}s: one built-in listener on "create" and one on "complete", each calling every
 * hook in turn. Built-in listeners run before those a BPMN file declares.
 */
@Component
public class TaskHooks extends AbstractProcessEnginePlugin {

  private final List<TaskHook> hooks;

  public TaskHooks(List<TaskHook> hooks) {
    this.hooks = List.copyOf(hooks);
  }

  /** Adds a parse listener that runs after the engine's own, as every engine hook here is registered. */
  static void addPostParseListener(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    listeners.add(listener);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    addPostParseListener(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          attachTo(userTask, behavior.getTaskDefinition());
        }
      }
    });
  }

  private void attachTo(Element userTask, TaskDefinition task) {
    String formId = userTask.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
        delegateTask -> hooks.forEach(hook -> hook.created(delegateTask, formId)));
    task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
        delegateTask -> hooks.forEach(hook -> hook.completing(delegateTask, formId)));
  }
}
