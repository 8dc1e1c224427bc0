package org.safepassage.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords known from public breaches, which attackers try first. The list ships with the app
 * (resources/passwords/breached-passwords.txt, whose header says where it comes from) and holds
 * only those long enough to pass the length rule.
 */
final class BreachedPasswords {

  private static final String LIST = "/passwords/breached-passwords.txt";

  private static volatile BreachedPasswords shipped;

  private final Set<String> passwords;

  private BreachedPasswords(Set<String> passwords) {
    this.passwords = passwords;
  }

  /** The shipped list, read once. */
  static BreachedPasswords shipped() {
    if (shipped == null) {
      shipped = read(BreachedPasswords.class.getResourceAsStream(LIST));
    }
    return shipped;
  }

  boolean contains(String password) {
    return password != null && passwords.contains(password.toLowerCase(Locale.ROOT));
  }

  private static BreachedPasswords read(InputStream in) {
    if (in == null) {
      throw new IllegalStateException("The breached-password list " + LIST + " is missing from the app");
    }
    Set<String> passwords = new HashSet<>(64_000);
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isEmpty() && !line.startsWith("# ")) {
          passwords.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BreachedPasswords(Set.copyOf(passwords));
  }
}
