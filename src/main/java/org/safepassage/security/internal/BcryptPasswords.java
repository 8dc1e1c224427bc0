package org.safepassage.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Staff passwords are stored as bcrypt hashes instead of Camunda's default single round of
 * salted SHA-512, which a stolen database would give up quickly.
 *
 * <p>Bcrypt reads at most 72 bytes, and Camunda appends its own salt before hashing: a Cyrillic
 * passphrase of 25 letters already overflowed. So the salted password is first condensed with
 * SHA-256 (base64, 44 bytes) and that goes through bcrypt, whatever the script or length.
 * Hashes made before (plain {BCRYPT}, Camunda's SHA) still check, and are replaced when a
 * password is next changed.
 */
@Component
class BcryptPasswords extends AbstractProcessEnginePlugin implements PasswordEncryptor {

  private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
  private final String dummyHash = encrypt(UUID.randomUUID().toString());

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Camunda keeps its SHA checkers beside the encryptor; the plain bcrypt hashes of before get one too.
    configuration.setPasswordEncryptor(this);
    configuration.setCustomPasswordChecker(List.of(new PlainBcrypt(bcrypt)));
  }

  @Override
  public String encrypt(String password) {
    return bcrypt.encode(condensed(password));
  }

  @Override
  public boolean check(String password, String encrypted) {
    return bcrypt.matches(condensed(password), encrypted);
  }

  @Override
  public String hashAlgorithmName() {
    return "SHA256-BCRYPT";
  }

  /**
   * Spends the time of one password check on a user name that does not exist, so that how long a
   * refusal takes tells nobody which names do.
   */
  void checkAgainstNobody(String password) {
    check(password, dummyHash);
  }

  private static String condensed(String password) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** The hashes stored before passwords were condensed: checked, never made any more. */
  private record PlainBcrypt(BCryptPasswordEncoder bcrypt) implements PasswordEncryptor {

    @Override
    public String encrypt(String password) {
      throw new UnsupportedOperationException("New passwords are stored as " + "SHA256-BCRYPT");
    }

    @Override
    public boolean check(String password, String encrypted) {
      // Such a hash was made of at most 72 bytes; anything longer cannot be its password.
      return password.getBytes(StandardCharsets.UTF_8).length <= 72 && bcrypt.matches(password, encrypted);
    }

    @Override
    public String hashAlgorithmName() {
      return "BCRYPT";
    }
  }
}
