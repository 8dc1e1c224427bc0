package org.safepassage.vault.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.safepassage.casenumber.CaseNumber;
import org.safepassage.security.UnsafeConfigurationException;
import org.safepassage.vault.VaultCryptoException;
import org.springframework.mock.env.MockEnvironment;

/** Envelope encryption as the vault uses it: a key per case, wrapped under the master key. */
class CaseKeysTest {

  private static final CaseNumber CASE_A = CaseNumber.parse("SP-AAAA-1111");
  private static final CaseNumber CASE_B = CaseNumber.parse("SP-BBBB-2222");

  private final CaseKeys keys = keysUnder(randomMasterKey());

  @Test
  void aValueEncryptedForACaseReadsBackOnlyWithThatCasesKey() {
    byte[] wrapped = keys.newWrappedKey(CASE_A);
    byte[] ciphertext = keys.open(CASE_A, wrapped).encrypt("FULL_NAME", "Aleksei Example");

    assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain("Aleksei");
    assertThat(keys.open(CASE_A, wrapped).decrypt("FULL_NAME", ciphertext)).isEqualTo("Aleksei Example");
  }

  @Test
  void everyCaseHasItsOwnKey() {
    byte[] ciphertext = keys.open(CASE_A, keys.newWrappedKey(CASE_A)).encrypt("FULL_NAME", "Aleksei Example");
    byte[] otherKey = keys.newWrappedKey(CASE_A);

    assertThatThrownBy(() -> keys.open(CASE_A, otherKey).decrypt("FULL_NAME", ciphertext))
        .isInstanceOf(VaultCryptoException.class).hasMessageNotContaining("Aleksei");
  }

  @Test
  void aValueCannotBeMovedToAnotherFieldOrCase() {
    byte[] wrapped = keys.newWrappedKey(CASE_A);
    byte[] ciphertext = keys.open(CASE_A, wrapped).encrypt("FULL_NAME", "Aleksei Example");

    assertThatThrownBy(() -> keys.open(CASE_A, wrapped).decrypt("UNIT", ciphertext)).isInstanceOf(VaultCryptoException.class);
    assertThatThrownBy(() -> keys.open(CASE_B, wrapped)).isInstanceOf(VaultCryptoException.class);
  }

  @Test
  void withoutTheMasterKeyNoCaseKeyOpens() {
    byte[] wrapped = keys.newWrappedKey(CASE_A);
    CaseKeys otherVault = keysUnder(randomMasterKey());

    assertThatThrownBy(() -> otherVault.open(CASE_A, wrapped)).isInstanceOf(VaultCryptoException.class);
  }

  @Test
  void outsideTheDemoAMissingOrMalformedMasterKeyStopsTheApp() {
    assertThatThrownBy(() -> keysUnder(""))
        .isInstanceOf(UnsafeConfigurationException.class).hasMessageContaining("SAFEPASSAGE_VAULT_MASTER_KEY");
    assertThatThrownBy(() -> keysUnder(Base64.getEncoder().encodeToString(new byte[16])))
        .isInstanceOf(UnsafeConfigurationException.class).hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> keysUnder("not base64 at all!"))
        .isInstanceOf(UnsafeConfigurationException.class).hasMessageContaining("base64");
  }

  private static CaseKeys keysUnder(String masterKey) {
    return new CaseKeys(new MasterKeySource(new VaultProperties(masterKey, null), new MockEnvironment()));
  }

  private static String randomMasterKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
