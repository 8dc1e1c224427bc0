package org.safepassage.journey.internal;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safepassage.journey.JourneyProcess;
import org.springframework.stereotype.Component;

/**
 * {@code ${raiseContactLost}}: a stage that loses the person (arrival not confirmed a day after
 * departure) raises the safety incident CONTACT_LOST in the case's journey, which gives legal the
 * urgent task; managers then decide, up to closing the case. Same transaction, nothing outside
 * the engine, so no asyncBefore is needed.
 */
@Component("raiseContactLost")
class RaiseContactLost implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(JourneyProcess.SAFETY_INCIDENT_MESSAGE)
        .processInstanceBusinessKey(execution.getProcessBusinessKey())
        .setVariables(Map.of(JourneyProcess.INCIDENT_KIND, JourneyProcess.IncidentKind.CONTACT_LOST.name(),
            JourneyProcess.INCIDENT_REPORTED_AT, org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()
                .toInstant().toString()))
        .correlateAllWithResult();
  }
}
