package org.safepassage.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Staff passwords are stored as bcrypt hashes instead of Camunda's default single round of
 * salted SHA-512, which a stolen database would give up quickly. Hashes made before still check
 * (and are replaced when a password is next changed).
 */
@Component
class BcryptPasswords extends AbstractProcessEnginePlugin implements PasswordEncryptor {

  private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Camunda keeps its SHA checkers beside the encryptor, so hashes made before still check.
    configuration.setPasswordEncryptor(this);
  }

  @Override
  public String encrypt(String password) {
    return bcrypt.encode(password);
  }

  @Override
  public boolean check(String password, String encrypted) {
    return bcrypt.matches(password, encrypted);
  }

  @Override
  public String hashAlgorithmName() {
    return "BCRYPT";
  }
}
