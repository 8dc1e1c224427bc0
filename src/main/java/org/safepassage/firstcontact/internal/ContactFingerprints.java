package org.safepassage.firstcontact.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA256, with a key of their own) of what identifies a person at first
 * contact. The same person written the same way gives the same fingerprint; without the key, a
 * fingerprint cannot be tried against a list of known handles.
 */
@Component
class ContactFingerprints {

  static final String HANDLE = "HANDLE";
  static final String NAME_AND_BIRTH_DATE = "NAME_AND_BIRTH_DATE";

  /** One fingerprint and what it was taken of. */
  record Fingerprint(String kind, String value) {}

  private final SecretKeySpec key;

  ContactFingerprints(@Value("${safepassage.duplicates.hmac-key:}") String base64Key) {
    byte[] bytes = base64Key == null || base64Key.isBlank() ? new byte[0] : Base64.getDecoder().decode(base64Key.trim());
    if (bytes.length < 32) {
      throw new IllegalStateException("The duplicate check needs its own key of 32 bytes or more:"
          + " set SAFEPASSAGE_DUPLICATE_HMAC_KEY (openssl rand -base64 32)");
    }
    this.key = new SecretKeySpec(bytes, "HmacSHA256");
  }

  Set<Fingerprint> of(String fullName, LocalDate birthDate, String contactHandles) {
    Set<Fingerprint> fingerprints = new LinkedHashSet<>();
    ContactNormaliser.handles(contactHandles).forEach(handle -> fingerprints.add(new Fingerprint(HANDLE, hmac(handle))));
    ContactNormaliser.nameAndBirthDate(fullName, birthDate)
        .ifPresent(identity -> fingerprints.add(new Fingerprint(NAME_AND_BIRTH_DATE, hmac(identity))));
    return fingerprints;
  }

  private String hmac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }
}
