package org.safepassage.vetting;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.safepassage.journey.JourneyProcess;
import org.safepassage.vault.CaseFileNotFoundException;
import org.safepassage.vault.CaseNumber;
import org.springframework.stereotype.Service;

/**
 * Tells vetting that the information it asked for has arrived: the message InformationReceived,
 * correlated by case number (the business key of the case's vetting), resumes the identity check.
 */
@Service
class InformationRequests {

  private final RuntimeService runtimeService;
  private final HistoryService historyService;

  InformationRequests(RuntimeService runtimeService, HistoryService historyService) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
  }

  /** Resumes the case's vetting; refused if there is no such case or it is not waiting. */
  void informationReceived(CaseNumber caseNumber) {
    if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(JourneyProcess.KEY)
        .processInstanceBusinessKey(caseNumber.value()).count() == 0) {
      throw new CaseFileNotFoundException(caseNumber.value());
    }
    try {
      runtimeService.createMessageCorrelation(VettingProcess.INFORMATION_RECEIVED_MESSAGE)
          .processInstanceBusinessKey(caseNumber.value()).correlateWithResult();
    } catch (MismatchingMessageCorrelationException notWaiting) {
      throw new NotWaitingForInformationException(caseNumber);
    }
  }

  /** The case exists, but its vetting is not waiting for information right now. */
  static final class NotWaitingForInformationException extends RuntimeException {
    NotWaitingForInformationException(CaseNumber caseNumber) {
      super("Case " + caseNumber.value() + " is not waiting for information: vetting asks for it with the outcome"
          + " 'need more information'; while a colleague chases it in Tasklist, record it there.");
    }
  }
}
