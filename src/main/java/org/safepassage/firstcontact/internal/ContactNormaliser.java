package org.safepassage.firstcontact.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Brings the ways people write the same handle or name to one form before it is hashed:
 * "@Ivan_K", "telegram: ivan_k" and "IVAN_K" are one handle; "+7 (701) 555-12-34" and
 * "87015551234" are one phone number (digits only, a Russian or Kazakh trunk 8 read as 7).
 */
final class ContactNormaliser {

  private static final int MIN_PHONE_DIGITS = 7;

  private ContactNormaliser() {
  }

  /** Handles are separated by commas, semicolons or new lines; within one, spaces separate too, except in a phone number. */
  static Set<String> handles(String contactHandles) {
    Set<String> handles = new LinkedHashSet<>();
    if (contactHandles == null) {
      return handles;
    }
    for (String piece : contactHandles.split("[,;\\n]+")) {
      String withoutLabel = normalisedText(piece).replaceFirst("^[\\p{L}]+:\\s*", "");
      if (isPhoneNumber(withoutLabel)) {
        handles.add(phone(withoutLabel));
        continue;
      }
      for (String word : withoutLabel.split("\\s+")) {
        String handle = word.replaceFirst("^[\\p{L}]+:", "");
        if (isPhoneNumber(handle)) {
          handles.add(phone(handle));
        } else if (!handle.replaceFirst("^@", "").isBlank()) {
          handles.add("handle:" + handle.replaceFirst("^@", ""));
        }
      }
    }
    return handles;
  }

  private static boolean isPhoneNumber(String text) {
    return text.matches("[+0-9()\\-. ]+") && text.replaceAll("[^0-9]", "").length() >= MIN_PHONE_DIGITS;
  }

  private static String phone(String text) {
    String digits = text.replaceAll("[^0-9]", "");
    return "phone:" + (digits.length() == 11 && digits.startsWith("8") ? "7" + digits.substring(1) : digits);
  }

  static Optional<String> nameAndBirthDate(String fullName, LocalDate birthDate) {
    if (fullName == null || fullName.isBlank() || birthDate == null) {
      return Optional.empty();
    }
    return Optional.of(normalisedText(fullName).replaceAll("\\s+", " ") + "|" + birthDate);
  }

  private static String normalisedText(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).trim().toLowerCase(Locale.ROOT);
  }
}
