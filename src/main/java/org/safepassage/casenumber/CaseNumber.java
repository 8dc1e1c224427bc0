package org.safepassage.casenumber;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The only name a case has outside the vault: opaque, random (40 bits), never sequential, so it
 * says nothing about the person, how many cases there are or when a case was opened.
 */
public final class CaseNumber {

  // Crockford's base32 alphabet: no I, L, O or U, so a number read out over a phone survives.
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final Pattern FORMAT = Pattern.compile("SP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String value;

  private CaseNumber(String value) {
    this.value = value;
  }

  /** A fresh random case number such as {@code SP-7KQ2-M9XD}. */
  public static CaseNumber random() {
    StringBuilder number = new StringBuilder("SP-");
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        number.append('-');
      }
      number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return new CaseNumber(number.toString());
  }

  /** Reads a case number typed or passed by someone; refuses anything not of our format. */
  public static CaseNumber parse(String text) {
    String candidate = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    if (!FORMAT.matcher(candidate).matches()) {
      throw new IllegalArgumentException("Not a case number: expected the form SP-XXXX-XXXX");
    }
    return new CaseNumber(candidate);
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CaseNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
