package org.safepassage.firstcontact.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The partner channel's credential, known here only as the SHA-256 of the token. A high-entropy
 * token (256 random bits) needs no slow hash: nobody can guess their way to it, so one digest and
 * a constant-time comparison per request are enough, and the token itself is stored nowhere.
 */
final class PartnerToken {

  private final Optional<byte[]> expectedDigest;

  private PartnerToken(Optional<byte[]> expectedDigest) {
    this.expectedDigest = expectedDigest;
  }

  /** From the configured hex digest; none configured means the channel accepts no one. */
  static PartnerToken fromSha256Hex(String hex) {
    if (hex == null || hex.isBlank()) {
      return new PartnerToken(Optional.empty());
    }
    String digest = hex.trim();
    if (!digest.matches("[0-9a-fA-F]{64}")) {
      throw new IllegalArgumentException(
          "safepassage.partner.token-sha256 must be the SHA-256 of the token in hex (64 characters)");
    }
    return new PartnerToken(Optional.of(HexFormat.of().parseHex(digest)));
  }

  boolean matches(String presented) {
    return expectedDigest.map(expected -> MessageDigest.isEqual(expected, sha256(presented))).orElse(false);
  }

  static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
    }
  }
}
