package org.safepassage.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A machine's credential (the partner channel's token, the metrics scraper's), known here only
 * as the SHA-256 of the token. A high-entropy
 * token (256 random bits) needs no slow hash: nobody can guess their way to it, so one digest and
 * a constant-time comparison per request are enough, and the token itself is stored nowhere.
 */
public final class Sha256Token {

  private final Optional<byte[]> expectedDigest;

  private Sha256Token(Optional<byte[]> expectedDigest) {
    this.expectedDigest = expectedDigest;
  }

  /** From the configured hex digest; none configured means it accepts no one. */
  public static Sha256Token fromSha256Hex(String setting, String hex) {
    if (hex == null || hex.isBlank()) {
      return new Sha256Token(Optional.empty());
    }
    String digest = hex.trim();
    if (!digest.matches("[0-9a-fA-F]{64}")) {
      throw new IllegalArgumentException(
          setting + " must be the SHA-256 of the token in hex (64 characters)");
    }
    return new Sha256Token(Optional.of(HexFormat.of().parseHex(digest)));
  }

  public boolean matches(String presented) {
    return expectedDigest.map(expected -> MessageDigest.isEqual(expected, sha256(presented))).orElse(false);
  }

  public static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
    }
  }
}
