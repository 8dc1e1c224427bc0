package org.safepassage.casenumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CaseNumberTest {

  @Test
  void caseNumbersAreRandomAndReadableOverAPhone() {
    Set<String> numbers = new HashSet<>();
    IntStream.range(0, 10_000).forEach(i -> numbers.add(CaseNumber.random().value()));

    assertThat(numbers).hasSize(10_000);
    assertThat(numbers).allMatch(number -> number.matches("SP-[0-9A-Z]{4}-[0-9A-Z]{4}"))
        .noneMatch(number -> number.substring(3).matches(".*[ILOU].*"));
  }

  @Test
  void aTypedCaseNumberIsReadLeniently() {
    assertThat(CaseNumber.parse(" sp-7kq2-m9xd ")).isEqualTo(CaseNumber.parse("SP-7KQ2-M9XD"));
  }

  @Test
  void anythingElseIsNotACaseNumber() {
    for (String text : new String[] {null, "", "SP-7KQ2", "SP-7KQ2-M9XO", "'; drop table case_file; --"}) {
      assertThatThrownBy(() -> CaseNumber.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
