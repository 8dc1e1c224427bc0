package org.safepassage.firstcontact.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactFingerprintsTest {

  private static final String KEY = "dGVzdC1vbmx5LWR1cGxpY2F0ZS1jaGVjay1rZXktMzItYnl0ZXM=";
  private static final LocalDate BORN = LocalDate.of(1993, 5, 2);

  private final ContactFingerprints fingerprints = new ContactFingerprints(KEY);

  @Test
  void theSameHandleWrittenDifferentlyGivesTheSameFingerprint() {
    assertThat(fingerprints.of("Ivan Petrov", null, "@Ivan_K, +7 (701) 555-12-34"))
        .containsAll(fingerprints.of("Someone Else", null, "telegram: ivan_k; 87015551234"));
  }

  @Test
  void nameAndBirthDateMatchWhateverTheSpacingAndCase() {
    assertThat(fingerprints.of("ivan  PETROV", BORN, "@one"))
        .containsAnyElementsOf(fingerprints.of("Ivan Petrov", BORN, "@two"));
  }

  @Test
  void differentPeopleShareNoFingerprint() {
    Set<ContactFingerprints.Fingerprint> ivan = fingerprints.of("Ivan Petrov", BORN, "@ivan_k, +7 701 555 1234");
    Set<ContactFingerprints.Fingerprint> oleg = fingerprints.of("Oleg Sidorov", BORN, "@oleg_s, +7 701 555 9999");
    assertThat(ivan).doesNotContainAnyElementsOf(oleg);
  }

  @Test
  void fingerprintsAreKeyedAndNeverTheHandle() {
    ContactFingerprints otherKey = new ContactFingerprints("b3RoZXItdGVzdC1vbmx5LWR1cGxpY2F0ZS1jaGVjay1rZXk=");
    assertThat(fingerprints.of(null, null, "@ivan_k")).doesNotContainAnyElementsOf(otherKey.of(null, null, "@ivan_k"))
        .allSatisfy(print -> assertThat(print.value()).matches("[0-9a-f]{64}").doesNotContain("ivan"));
  }

  @Test
  void aShortOrMissingKeyIsRefused() {
    assertThatThrownBy(() -> new ContactFingerprints("")).hasMessageContaining("SAFEPASSAGE_DUPLICATE_HMAC_KEY");
    assertThatThrownBy(() -> new ContactFingerprints("c2hvcnQ=")).hasMessageContaining("32 bytes");
  }
}
