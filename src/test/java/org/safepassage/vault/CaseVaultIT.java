package org.safepassage.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safepassage.casenumber.CaseFileNotFoundException;
import org.safepassage.casenumber.CaseNumber;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.vault.internal.VaultAccessLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The vault on PostgreSQL: what it stores, what it logs, and erasure by destroying the key. */
@PostgresIntegrationTest
class CaseVaultIT {

  @Autowired
  CaseVault vault;

  @Autowired
  VaultAccessLog accessLog;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void detailsAreStoredEncryptedAndReadBackWhole() {
    CaseNumber caseNumber = vault.openCaseFile(details("Olga Vaulttest", "Kyiv street 5"), "ines");

    assertThat(vault.readDetails(caseNumber, "max").asMap())
        .containsEntry(PersonalField.FULL_NAME, "Olga Vaulttest").containsEntry(PersonalField.LOCATION, "Kyiv street 5");
    assertThat(jdbc.queryForList("select ciphertext from case_field where case_number = ?", byte[].class, caseNumber.value()))
        .hasSize(2).allSatisfy(ciphertext -> assertThat(new String(ciphertext)).doesNotContain("Olga", "Kyiv"));
  }

  @Test
  void rewritingAFieldKeepsTheOthers() {
    CaseNumber caseNumber = vault.openCaseFile(details("Olga Vaulttest", "Kyiv"), "ines");

    vault.writeDetails(caseNumber, PersonalDetails.of(Map.of(PersonalField.LOCATION, "Vilnius")), "ines");

    assertThat(vault.readDetails(caseNumber, "ines").asMap())
        .containsEntry(PersonalField.FULL_NAME, "Olga Vaulttest").containsEntry(PersonalField.LOCATION, "Vilnius");
    assertThat(accessLog.entriesFor(caseNumber)).extracting(VaultAccessLog.Entry::action, VaultAccessLog.Entry::fields)
        .contains(org.assertj.core.groups.Tuple.tuple(VaultAccessLog.Action.WRITE, "LOCATION"));
  }

  @Test
  void anErasedCaseCanNeverBeReadAgain() {
    CaseNumber caseNumber = vault.openCaseFile(details("Erased Person", "Astana"), "ines");
    vault.addNote(caseNumber, "Hold safety call", "a note to erase", "ines");

    vault.erase(caseNumber, "max");

    assertThat(vault.exists(caseNumber)).isFalse();
    assertThatThrownBy(() -> vault.readDetails(caseNumber, "max")).isInstanceOf(CaseFileNotFoundException.class);
    assertThat(jdbc.queryForObject("select count(*) from case_file where case_number = ? and wrapped_key is null",
        Integer.class, caseNumber.value())).as("the number stays taken, without its key").isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from case_field where case_number = ?", Integer.class, caseNumber.value()))
        .isZero();
    assertThat(accessLog.entriesFor(caseNumber)).extracting(VaultAccessLog.Entry::action).contains(VaultAccessLog.Action.ERASE);
  }

  private static PersonalDetails details(String name, String location) {
    return PersonalDetails.of(Map.of(PersonalField.FULL_NAME, name, PersonalField.LOCATION, location));
  }
}
