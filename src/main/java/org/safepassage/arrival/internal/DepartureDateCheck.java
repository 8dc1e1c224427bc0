package org.safepassage.arrival.internal;

import static org.safepassage.arrival.ArrivalProcess.DEPARTURE_DATE;
import static org.safepassage.arrival.ArrivalProcess.STAY_LIMIT;
import static org.safepassage.arrival.ArrivalProcess.VISA_VALID_FROM;
import static org.safepassage.arrival.ArrivalProcess.VISA_VALID_UNTIL;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
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
    List<String> broken = new ArrayList<>();
    if (departure.isBefore(VisaDates.today())) {
      broken.add("must be today (" + VisaDates.today() + ") or later");
    }
    LocalDate validFrom = day(task, VISA_VALID_FROM);
    if (validFrom != null && departure.isBefore(validFrom)) {
      broken.add("must be on or after the first day of the visa's validity (" + validFrom + ")");
    }
    LocalDate validUntil = day(task, VISA_VALID_UNTIL);
    if (validUntil != null && departure.isAfter(validUntil)) {
      broken.add("must be on or before the last day of the visa's validity (" + validUntil + ")");
    }
    LocalDate stayLimit = day(task, STAY_LIMIT);
    if (stayLimit != null && departure.isAfter(stayLimit)) {
      broken.add("must be on or before the last day of legal stay in the transit country (" + stayLimit + ")");
    }
    if (!broken.isEmpty()) {
      throw new FormFieldValidationException("plan-travel",
          "Please fix the form: Departure date: " + String.join("; ", broken));
    }
  }

  private static LocalDate day(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? null : VisaDates.toDay(value);
  }
}
