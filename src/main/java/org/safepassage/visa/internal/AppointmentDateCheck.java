package org.safepassage.visa.internal;

import static org.safepassage.visa.ConsularVisaProcess.APPOINTMENT_DATE;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.safepassage.forms.DayLimits;
import org.safepassage.visa.VisaDates;
import org.springframework.stereotype.Component;

/**
 * {@code ${appointmentDateCheck}}: an appointment booked in the past is a typing slip, and its
 * reminders would fire at once or never; refuse it, naming today's date as the limit.
 */
@Component("appointmentDateCheck")
class AppointmentDateCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    LocalDate appointment;
    try {
      appointment = VisaDates.toDay(task.getVariable(APPOINTMENT_DATE));
    } catch (DateTimeParseException notADate) {
      return; // the form's own rule already says "expected a date"
    }
    DayLimits.of(appointment).notBefore(VisaDates.today(), "today")
        .refuseIfBroken("book-consulate-appointment", "Date of the consulate interview");
  }
}
