package org.safepassage.journey.internal;

import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safepassage.casenumber.CaseNumber;
import org.safepassage.journey.CaseMessages;
import org.safepassage.journey.JourneyProcess.ClosureReason;
import org.safepassage.journey.JourneyProcess.IncidentKind;
import org.safepassage.journey.JourneyProcess;
import org.springframework.stereotype.Service;

/**
 * What happens to a case from outside its stages: a safety incident (kind and time only; what
 * happened goes in the case file) and managers closing it with a reason code.
 */
@Service
class CaseEvents {

  private final CaseMessages messages;

  CaseEvents(CaseMessages messages) {
    this.messages = messages;
  }

  void safetyIncident(CaseNumber caseNumber, IncidentKind kind) {
    deliver(caseNumber, JourneyProcess.SAFETY_INCIDENT_MESSAGE, Map.of(JourneyProcess.INCIDENT_KIND, kind.name(),
        JourneyProcess.INCIDENT_REPORTED_AT, ClockUtil.getCurrentTime().toInstant().toString()));
  }

  void close(CaseNumber caseNumber, ClosureReason reason) {
    deliver(caseNumber, JourneyProcess.CASE_CLOSURE_MESSAGE, Map.of(JourneyProcess.CLOSURE_REASON, reason.name()));
  }

  private void deliver(CaseNumber caseNumber, String message, Map<String, Object> variables) {
    messages.deliverOrRefuse(caseNumber, message, variables,
        "it has already ended; only an open case takes incidents or closure.");
  }
}
