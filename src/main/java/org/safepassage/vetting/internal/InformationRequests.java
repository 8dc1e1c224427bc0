package org.safepassage.vetting.internal;

import java.util.Map;
import org.safepassage.casenumber.CaseNumber;
import org.safepassage.journey.CaseMessages;
import org.safepassage.vetting.VettingProcess;
import org.springframework.stereotype.Service;

/**
 * Tells vetting that the information it asked for has arrived: the message InformationReceived,
 * correlated by case number (the business key of the case's vetting), resumes the identity check.
 */
@Service
class InformationRequests {

  private final CaseMessages messages;

  InformationRequests(CaseMessages messages) {
    this.messages = messages;
  }

  /** Resumes the case's vetting; refused if there is no such case or it is not waiting. */
  void informationReceived(CaseNumber caseNumber) {
    if (!messages.deliver(caseNumber, VettingProcess.INFORMATION_RECEIVED_MESSAGE, Map.of())) {
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
