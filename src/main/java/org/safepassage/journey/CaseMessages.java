package org.safepassage.journey;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.safepassage.casenumber.CaseFileNotFoundException;
import org.safepassage.casenumber.CaseNumber;
import org.springframework.stereotype.Service;

/**
 * Delivers a message to the one place in a case that waits for it, by case number (the business
 * key of the journey and of every stage). The API answers 404 for an unknown case and 409 when
 * nothing in the case waits for that message.
 */
@Service
public class CaseMessages {

  private final RuntimeService runtimeService;
  private final HistoryService historyService;

  CaseMessages(RuntimeService runtimeService, HistoryService historyService) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
  }

  /**
   * Correlates the message, setting the given variables (codes and dates only) on the process
   * that receives it. False when the case exists but waits for no such message.
   *
   * @throws CaseFileNotFoundException when no journey has this case number
   */
  public boolean deliver(CaseNumber caseNumber, String message, Map<String, Object> variables) {
    if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(JourneyProcess.KEY)
        .processInstanceBusinessKey(caseNumber.value()).count() == 0) {
      throw new CaseFileNotFoundException(caseNumber.value());
    }
    try {
      runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(caseNumber.value())
          .setVariables(variables).correlateWithResult();
      return true;
    } catch (MismatchingMessageCorrelationException notWaiting) {
      return false;
    }
  }

  /**
   * Like {@link #deliver}, but a case that waits for no such message is refused (the API's 409),
   * saying what it waits for and when.
   *
   * @throws CaseNotWaitingException when the case exists but waits for no such message
   */
  public void deliverOrRefuse(CaseNumber caseNumber, String message, Map<String, Object> variables, String waitsWhen) {
    if (!deliver(caseNumber, message, variables)) {
      throw new CaseNotWaitingException("Case " + caseNumber.value() + " is not waiting for this: " + waitsWhen);
    }
  }

  /** The case exists, but nothing in it waits for that message now (the API answers 409). */
  public static final class CaseNotWaitingException extends RuntimeException {
    CaseNotWaitingException(String message) {
      super(message);
    }
  }
}
