package org.safepassage.vault.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.safepassage.security.UnsafeConfigurationException;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Finds the master key. Production must be given one; only the demo profile may make its own,
 * kept in a file beside the demo database so a restart can still read the cases.
 */
@Component
class MasterKeySource {

  static final int KEY_BYTES = 32;

  private final VaultProperties properties;
  private final Environment environment;

  MasterKeySource(VaultProperties properties, Environment environment) {
    this.properties = properties;
    this.environment = environment;
  }

  byte[] masterKey() {
    if (properties.masterKey() != null && !properties.masterKey().isBlank()) {
      return decode(properties.masterKey().strip());
    }
    if (environment.acceptsProfiles(Profiles.of("demo")) && properties.demoKeyFile() != null) {
      return demoKey(Path.of(properties.demoKeyFile()));
    }
    throw new UnsafeConfigurationException(
        "The case vault has no master key: set SAFEPASSAGE_VAULT_MASTER_KEY to 32 random bytes in base64 (openssl rand -base64 32).");
  }

  private static byte[] decode(String base64) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException notBase64) {
      throw new UnsafeConfigurationException("SAFEPASSAGE_VAULT_MASTER_KEY is not valid base64.");
    }
    if (key.length != KEY_BYTES) {
      throw new UnsafeConfigurationException(
          "SAFEPASSAGE_VAULT_MASTER_KEY must decode to 32 bytes, not " + key.length + ".");
    }
    return key;
  }

  private static byte[] demoKey(Path file) {
    try {
      if (Files.exists(file)) {
        return decode(Files.readString(file).strip());
      }
      byte[] key = new byte[KEY_BYTES];
      new SecureRandom().nextBytes(key);
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.writeString(file, Base64.getEncoder().encodeToString(key));
      if (parent.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the demo vault key in " + file, e);
    }
  }
}
