package org.safepassage.vault.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.util.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.safepassage.casenumber.CaseNumber;
import org.safepassage.vault.VaultCryptoException;
import org.springframework.stereotype.Component;

/**
 * Envelope encryption with Tink: every case has its own AES-256-GCM keyset, stored only
 * encrypted ("wrapped") under the master key. Destroying a case's wrapped key erases the case
 * for good (crypto-shredding), whatever copies of its ciphertext remain in backups.
 */
@Component
public class CaseKeys {

  private final Aead masterAead;

  CaseKeys(MasterKeySource masterKeySource) {
    this.masterAead = masterAead(masterKeySource.masterKey());
  }

  /** A new key for a new case, already wrapped under the master key and bound to the case. */
  public byte[] newWrappedKey(CaseNumber caseNumber) {
    try {
      KeysetHandle caseKey = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
      return TinkProtoKeysetFormat.serializeEncryptedKeyset(caseKey, masterAead, bind(caseNumber.value()));
    } catch (GeneralSecurityException e) {
      throw new VaultCryptoException("Could not create a case key", e);
    }
  }

  /** Unwraps a case's key, ready to encrypt and decrypt that case's fields. */
  public CaseCipher open(CaseNumber caseNumber, byte[] wrappedKey) {
    try {
      KeysetHandle caseKey =
          TinkProtoKeysetFormat.parseEncryptedKeyset(wrappedKey, masterAead, bind(caseNumber.value()));
      return new CaseCipher(caseNumber, caseKey.getPrimitive(RegistryConfiguration.get(), Aead.class));
    } catch (GeneralSecurityException e) {
      throw new VaultCryptoException("Could not open the key of case " + caseNumber, e);
    }
  }

  private static Aead masterAead(byte[] keyBytes) {
    try {
      AeadConfig.register();
      AesGcmParameters parameters = AesGcmParameters.builder()
          .setKeySizeBytes(MasterKeySource.KEY_BYTES)
          .setIvSizeBytes(12)
          .setTagSizeBytes(16)
          .setVariant(AesGcmParameters.Variant.NO_PREFIX)
          .build();
      AesGcmKey key = AesGcmKey.builder()
          .setParameters(parameters)
          .setKeyBytes(SecretBytes.copyFrom(keyBytes, InsecureSecretKeyAccess.get()))
          .build();
      KeysetHandle handle = KeysetHandle.newBuilder()
          .addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary())
          .build();
      return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
    } catch (GeneralSecurityException e) {
      throw new VaultCryptoException("Could not load the vault master key", e);
    }
  }

  static byte[] bind(String context) {
    return context.getBytes(StandardCharsets.UTF_8);
  }

  /** One case's open key. Each value is bound to its case and field, so none can be moved. */
  public static final class CaseCipher {

    private final CaseNumber caseNumber;
    private final Aead aead;

    private CaseCipher(CaseNumber caseNumber, Aead aead) {
      this.caseNumber = caseNumber;
      this.aead = aead;
    }

    public byte[] encrypt(String slot, String plaintext) {
      try {
        return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), bind(caseNumber.value() + "/" + slot));
      } catch (GeneralSecurityException e) {
        throw new VaultCryptoException("Could not encrypt a field of case " + caseNumber, e);
      }
    }

    public String decrypt(String slot, byte[] ciphertext) {
      try {
        return new String(aead.decrypt(ciphertext, bind(caseNumber.value() + "/" + slot)), StandardCharsets.UTF_8);
      } catch (GeneralSecurityException e) {
        throw new VaultCryptoException("Could not decrypt a field of case " + caseNumber, e);
      }
    }
  }
}
