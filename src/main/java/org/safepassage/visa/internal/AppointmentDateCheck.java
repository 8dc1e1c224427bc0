package org.safepassage.visa.internal;

import static org.safepassage.visa.ConsularVisaProcess.APPOINTMENT_DATE;

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
    VisaDates.dayIn(task, APPOINTMENT_DATE).ifPresent(appointment -> DayLimits.of(appointment)
        .notBefore(VisaDates.today(), "today")
        .refuseIfBroken("book-consulate-appointment", "Date of the consulate interview"));
  }
}
