package org.safepassage.vault;

/** Encryption failed: a wrong master key, or tampered ciphertext. Never carries plaintext. */
public class VaultCryptoException extends RuntimeException {

  public VaultCryptoException(String message, Throwable cause) {
    super(message, cause);
  }
}
