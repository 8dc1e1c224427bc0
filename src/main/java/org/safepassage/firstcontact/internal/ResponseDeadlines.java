package org.safepassage.firstcontact.internal;

import java.time.Instant;
import org.springframework.stereotype.Service;

/** The urgency in force and the deadline it sets: plain rules, no engine. */
@Service
class ResponseDeadlines {

  /** Intake's override when there is one, else the table's answer. */
  Urgency urgencyInForce(String byTable, String override) {
    return Urgency.valueOf(override == null || override.isBlank() ? byTable : override);
  }

  Instant deadline(Urgency urgency, Instant from) {
    return from.plus(urgency.responseTime());
  }
}
