package org.safepassage.engine.internal;

import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.safepassage.engine.CallActivityHook;
import org.springframework.stereotype.Component;

/**
 * The engine plugin that gives every call activity of every deployed process the app's
 * {@link CallActivityHook}s: one built-in execution listener on "start" and one on "end".
 */
@Component
public class CallActivityHooks extends AbstractProcessEnginePlugin {

  private final List<CallActivityHook> hooks;

  public CallActivityHooks(List<CallActivityHook> hooks) {
    this.hooks = List.copyOf(hooks);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (hooks.isEmpty()) {
      return;
    }
    TaskHooks.addPostParseListener(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseCallActivity(Element callActivity, ScopeImpl scope, ActivityImpl activity) {
        // The key is set before a process's elements are parsed.
        String processKey = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
        String activityId = activity.getId();
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
            (ExecutionListener) execution -> hooks.forEach(hook -> hook.started(processKey, activityId, execution)));
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_END,
            (ExecutionListener) execution -> hooks.forEach(hook -> hook.ended(processKey, activityId, execution)));
      }
    });
  }
}
