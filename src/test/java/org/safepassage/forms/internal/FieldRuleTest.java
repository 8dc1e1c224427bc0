package org.safepassage.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Date;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Form values are what the form offers and nothing more: free text has no way in. */
class FieldRuleTest {

  static final FieldRule DATE = new FieldRule("appointmentDate", "Appointment", "datetime", true, null, null, Set.of());
  static final FieldRule OPTION = new FieldRule("urgency", "Urgency", "radio", true, null, null, Set.of("P0", "P1", "P2"));
  static final FieldRule NUMBER = new FieldRule("stanceCredibility", "Credibility", "number", true,
      BigDecimal.ONE, BigDecimal.valueOf(5), Set.of());
  static final FieldRule BOX = new FieldRule("arrivedSafely", "Arrived", "checkbox", false, null, null, Set.of());

  @Test
  void aDateIsAnIsoDateAndNothingMore() {
    assertThat(DATE.problemWith("2026-05-01")).isEmpty();
    assertThat(DATE.problemWith(new Date())).isEmpty();
    assertThat(DATE.problemWith("2026-05-01 Ivan Petrov, Hotel Leak")).contains("Appointment: expected a date like 2026-12-01");
    assertThat(DATE.problemWith("2026-05-01T10:00")).isPresent();
    assertThat(DATE.problemWith("2026-13-01")).isPresent();
  }

  @Test
  void anOptionIsOneOfTheForms() {
    assertThat(OPTION.problemWith("P1")).isEmpty();
    assertThat(OPTION.problemWith("P1 Ivan")).hasValueSatisfying(problem -> assertThat(problem).startsWith("Urgency: choose one of"));
    assertThat(OPTION.problemWith(1)).isPresent();
  }

  @Test
  void aNumberIsANumberInRange() {
    assertThat(NUMBER.problemWith(4)).isEmpty();
    assertThat(NUMBER.problemWith("4")).isEmpty();
    assertThat(NUMBER.problemWith(6)).contains("Credibility: must be between 1 and 5");
    assertThat(NUMBER.problemWith("4 Ivan Petrov")).contains("Credibility: expected a number");
    assertThat(NUMBER.problemWith(true)).isPresent();
  }

  @Test
  void aCheckboxIsYesOrNoAndAnyOtherKindOfFieldIsRefused() {
    assertThat(BOX.problemWith(true)).isEmpty();
    assertThat(BOX.problemWith("yes, Ivan")).isPresent();
    assertThat(new FieldRule("note", "Note", "textfield", false, null, null, Set.of()).problemWith("Hotel Leak"))
        .contains("Note: this kind of field is not accepted");
  }
}
