package org.safepassage.visa;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * {@code ${visaDates}}: the dates the visa stage's timers and due dates are set from. Forms store a
 * day as text ("2027-01-15"); a day starts at midnight UTC, so a timer fires the same instant on
 * every node whatever its time zone. "Now" is the engine's clock, which the process tests move.
 */
@Component("visaDates")
public class VisaDates {

  /** The start of the given day. */
  public Date dayOf(Object day) {
    return startOf(toDay(day));
  }

  /** The start of the day {@code days} before the given one. */
  public Date daysBefore(Object day, int days) {
    return startOf(toDay(day).minusDays(days));
  }

  /** The start of the day {@code days} after the given one. */
  public Date daysAfter(Object day, int days) {
    return startOf(toDay(day).plusDays(days));
  }

  /** {@code days} after the engine's now, to the minute. */
  public Date daysFromNow(int days) {
    return Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(days * 86_400L));
  }

  /** Today by the engine's clock. */
  public static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
  }

  /** A day from a form's text, a {@link Date} or a {@link LocalDate}. */
  public static LocalDate toDay(Object day) {
    if (day instanceof LocalDate local) {
      return local;
    }
    if (day instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }
    String text = String.valueOf(day);
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  /**
   * The day a form's field holds, if it holds one: a checked form value, or empty when it is
   * missing or not a date (the form's own rule then already says "expected a date").
   */
  public static Optional<LocalDate> dayIn(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    try {
      return value == null ? Optional.empty() : Optional.of(toDay(value));
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
