package org.safepassage.arrival.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The asylum desk's 3 working days skip the weekend. */
class WorkingDaysTest {

  @ParameterizedTest(name = "received {0}: desk by {1}")
  @CsvSource({
      "2026-11-23, 2026-11-26", // Monday: Thursday
      "2026-11-25, 2026-11-30", // Wednesday: across the weekend to Monday
      "2026-11-27, 2026-12-02", // Friday: Wednesday
      "2026-11-28, 2026-12-02", // Saturday: Wednesday
      "2026-11-29, 2026-12-02"}) // Sunday: Wednesday
  void threeWorkingDaysAfterReception(LocalDate received, LocalDate deskBy) {
    assertThat(WorkingDays.after(received, 3)).isEqualTo(deskBy);
  }
}
