package org.safepassage.vault.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the vault's master key comes from.
 *
 * @param masterKey the master key: 32 random bytes, base64 ({@code openssl rand -base64 32});
 *     from the environment ({@code SAFEPASSAGE_VAULT_MASTER_KEY}), never from the repository
 * @param demoKeyFile in the demo profile only, a file that keeps a generated key between runs
 */
@ConfigurationProperties("safepassage.vault")
public record VaultProperties(String masterKey, String demoKeyFile) {

  @Override
  public String toString() {
    return "VaultProperties(masterKey withheld, demoKeyFile=" + demoKeyFile + ")";
  }
}
