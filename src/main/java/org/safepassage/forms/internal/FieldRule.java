package org.safepassage.forms.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * What a Camunda Form asks of one field, checked again on the server: Tasklist validates only in
 * the browser, and the engine would accept anything sent straight to the REST API.
 */
record FieldRule(String key, String label, String type, boolean required, BigDecimal min, BigDecimal max,
    Set<String> allowedValues) {

  /** A message that says what to fix, or empty when the value is fine. */
  Optional<String> problemWith(Object value) {
    if (isMissing(value)) {
      return required ? Optional.of(label + ": " + ("checkbox".equals(type) ? "tick this box to go on" : "this is required"))
          : Optional.empty();
    }
    return switch (type) {
      case "number" -> numberProblem(value);
      case "checkbox" -> value instanceof Boolean ? Optional.empty() : Optional.of(label + ": expected yes or no");
      case "radio", "select" -> value instanceof String option && allowedValues.contains(option) ? Optional.empty()
          : Optional.of(label + ": choose one of " + String.join(", ", allowedValues));
      case "datetime" -> dateProblem(value);
      // A kind of field our forms do not use (a text field, say) would be free text in Camunda.
      default -> Optional.of(label + ": this kind of field is not accepted");
    };
  }

  private boolean isMissing(Object value) {
    return value == null
        || (value instanceof String text && text.isBlank())
        || ("checkbox".equals(type) && Boolean.FALSE.equals(value));
  }

  private Optional<String> numberProblem(Object value) {
    if (!(value instanceof Number || value instanceof String)) {
      return Optional.of(label + ": expected a number");
    }
    BigDecimal number;
    try {
      number = new BigDecimal(String.valueOf(value).strip());
    } catch (NumberFormatException notANumber) {
      return Optional.of(label + ": expected a number");
    }
    if ((min != null && number.compareTo(min) < 0) || (max != null && number.compareTo(max) > 0)) {
      return Optional.of(label + ": must be between " + min + " and " + max);
    }
    return Optional.empty();
  }

  /** An ISO date and nothing more: a free-text tail after the date would land in Camunda's history. */
  private Optional<String> dateProblem(Object value) {
    if (value instanceof java.util.Date) {
      return Optional.empty();
    }
    String text = String.valueOf(value);
    try {
      if (text.length() == 10) {
        LocalDate.parse(text);
        return Optional.empty();
      }
    } catch (DateTimeParseException notADate) {
      // answered below
    }
    return Optional.of(label + ": expected a date like 2026-12-01");
  }
}
