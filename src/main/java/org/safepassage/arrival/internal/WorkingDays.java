package org.safepassage.arrival.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.safepassage.visa.VisaDates;
import org.springframework.stereotype.Component;

/**
 * {@code ${workingDays}}: the asylum desk must be reached within 3 working days (Monday to Friday)
 * of reception. Public holidays are not counted out: the desk's own calendar decides those.
 */
@Component("workingDays")
public class WorkingDays {

  /** The end of the {@code count}-th working day after today (engine clock), as a due date. */
  public Date dueWithin(int count) {
    LocalDate last = after(VisaDates.today(), count);
    return Date.from(last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** The {@code count}-th working day after {@code day}, not counting {@code day} itself. */
  public static LocalDate after(LocalDate day, int count) {
    LocalDate result = day;
    int left = count;
    while (left > 0) {
      result = result.plusDays(1);
      if (result.getDayOfWeek() != DayOfWeek.SATURDAY && result.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return result;
  }
}
