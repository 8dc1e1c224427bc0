package org.safepassage.visa.internal;

import static org.safepassage.visa.ConsularVisaProcess.VISA_DECISION;
import static org.safepassage.visa.ConsularVisaProcess.VISA_VALID_FROM;
import static org.safepassage.visa.ConsularVisaProcess.VISA_VALID_UNTIL;

import java.time.LocalDate;
import java.util.Map;
import org.safepassage.casenumber.CaseNumber;
import org.safepassage.journey.CaseMessages;
import org.safepassage.visa.ConsularVisaProcess;
import org.springframework.stereotype.Service;

/**
 * Hands the authorities' visa decision (or appeal decision) to the case that awaits it, as message
 * VisaDecision. A granted visa carries its validity: the dates travel must fall within.
 */
@Service
class VisaDecisions {

  enum Decision { GRANTED, REFUSED }

  private final CaseMessages messages;

  VisaDecisions(CaseMessages messages) {
    this.messages = messages;
  }

  void decided(CaseNumber caseNumber, Decision decision, LocalDate validFrom, LocalDate validUntil) {
    Map<String, Object> variables = decision == Decision.GRANTED
        ? Map.of(VISA_DECISION, decision.name(), VISA_VALID_FROM, required(validFrom, "validFrom").toString(),
            VISA_VALID_UNTIL, validUntil(validFrom, validUntil).toString())
        : Map.of(VISA_DECISION, decision.name());
    messages.deliverOrRefuse(caseNumber, ConsularVisaProcess.VISA_DECISION_MESSAGE, variables,
        "it is not awaiting a visa decision; it waits for one once the consulate interview is recorded,"
            + " or after legal decides to appeal a refusal.");
  }

  private static LocalDate validUntil(LocalDate validFrom, LocalDate validUntil) {
    if (required(validUntil, "validUntil").isBefore(validFrom)) {
      throw new InvalidDecisionException("validUntil", "validUntil: a visa's validity cannot end (" + validUntil
          + ") before it starts (validFrom " + validFrom + ")");
    }
    return validUntil;
  }

  private static LocalDate required(LocalDate date, String field) {
    if (date == null) {
      throw new InvalidDecisionException(field, field + ": a granted visa needs its validity dates (like 2027-01-15)");
    }
    return date;
  }

  /** A decision the API cannot accept as given; names the field to fix. */
  static final class InvalidDecisionException extends RuntimeException {
    private final String field;

    InvalidDecisionException(String field, String message) {
      super(message);
      this.field = field;
    }

    String field() {
      return field;
    }
  }
}
