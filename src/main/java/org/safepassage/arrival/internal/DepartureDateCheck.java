package org.safepassage.arrival.internal;

import static org.safepassage.arrival.ArrivalProcess.DEPARTURE_DATE;
import static org.safepassage.arrival.ArrivalProcess.STAY_LIMIT;
import static org.safepassage.arrival.ArrivalProcess.VISA_VALID_FROM;
import static org.safepassage.arrival.ArrivalProcess.VISA_VALID_UNTIL;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.safepassage.forms.DayLimits;
import org.safepassage.visa.VisaDates;
import org.springframework.stereotype.Component;

/**
 * {@code ${departureDateCheck}}: travel must fall within the visa's validity and before the
 * transit country's stay limit runs out; a date that breaks one is refused, naming that limit.
 */
@Component("departureDateCheck")
class DepartureDateCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    VisaDates.dayIn(task, DEPARTURE_DATE).ifPresent(departure -> DayLimits.of(departure)
        .notBefore(VisaDates.today(), "today")
        .notBefore(VisaDates.dayIn(task, VISA_VALID_FROM).orElse(null), "the first day of the visa's validity")
        .notAfter(VisaDates.dayIn(task, VISA_VALID_UNTIL).orElse(null), "the last day of the visa's validity")
        .notAfter(VisaDates.dayIn(task, STAY_LIMIT).orElse(null), "the last day of legal stay in the transit country")
        .refuseIfBroken("plan-travel", "Departure date"));
  }
}
