package org.safepassage.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A day from a form checked against the limits it must fall within (today, a visa's validity, a
 * stay limit); the submission is refused naming every limit it breaks and that limit's date.
 * A limit that is not known (null) is not checked.
 */
public final class DayLimits {

  private final LocalDate day;
  private final List<String> broken = new ArrayList<>();

  private DayLimits(LocalDate day) {
    this.day = day;
  }

  public static DayLimits of(LocalDate day) {
    return new DayLimits(day);
  }

  /** The day must be {@code limit} or later; {@code limit} is named as {@code what}, e.g. "today". */
  public DayLimits notBefore(LocalDate limit, String what) {
    if (limit != null && day.isBefore(limit)) {
      broken.add("must be on or after " + what + " (" + limit + ")");
    }
    return this;
  }

  /** The day must be {@code limit} or earlier. */
  public DayLimits notAfter(LocalDate limit, String what) {
    if (limit != null && day.isAfter(limit)) {
      broken.add("must be on or before " + what + " (" + limit + ")");
    }
    return this;
  }

  /** Refuses the form {@code formId} when a limit is broken, naming the field by its label. */
  public void refuseIfBroken(String formId, String fieldLabel) {
    if (!broken.isEmpty()) {
      throw new FormFieldValidationException(formId, "Please fix the form: " + fieldLabel + ": " + String.join("; ", broken));
    }
  }
}
