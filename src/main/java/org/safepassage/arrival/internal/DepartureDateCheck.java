package org.safepassage.arrival.internal;

import static org.safepassage.arrival.ArrivalProcess.DEPARTURE_DATE;
import static org.safepassage.arrival.ArrivalProcess.STAY_LIMIT;
import static org.safepassage.arrival.ArrivalProcess.VISA_VALID_FROM;
import static org.safepassage.arrival.ArrivalProcess.VISA_VALID_UNTIL;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
    LocalDate departure;
    try {
      departure = VisaDates.toDay(task.getVariable(DEPARTURE_DATE));
    } catch (DateTimeParseException notADate) {
      return; // the form's own rule already says "expected a date"
    }
    DayLimits.of(departure)
        .notBefore(VisaDates.today(), "today")
        .notBefore(day(task, VISA_VALID_FROM), "the first day of the visa's validity")
        .notAfter(day(task, VISA_VALID_UNTIL), "the last day of the visa's validity")
        .notAfter(day(task, STAY_LIMIT), "the last day of legal stay in the transit country")
        .refuseIfBroken("plan-travel", "Departure date");
  }

  private static LocalDate day(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? null : VisaDates.toDay(value);
  }
}
