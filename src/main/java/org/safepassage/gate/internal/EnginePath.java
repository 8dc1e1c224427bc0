package org.safepassage.gate.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request path as the gate decides on it: split into segments with empty ones dropped (so
 * {@code //} and a trailing slash vanish), {@code ;parameters} cut off and %-escapes decoded. A
 * segment that still holds an escape, a slash or a dot-segment after decoding is refused outright:
 * only a trick would send one.
 */
final class EnginePath {

  private EnginePath() {
  }

  /** The segments, or empty when the path cannot be read without guessing. */
  static Optional<List<String>> normalise(String rawPath) {
    List<String> segments = new ArrayList<>();
    for (String raw : rawPath.split("/", -1)) {
      int parameters = raw.indexOf(';');
      String segment = parameters < 0 ? raw : raw.substring(0, parameters);
      if (segment.isEmpty()) {
        continue;
      }
      String decoded;
      try {
        decoded = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException badEscape) {
        return Optional.empty();
      }
      if (decoded.contains("%") || decoded.contains("/") || decoded.contains(";") || decoded.contains("\\")
          || decoded.equals(".") || decoded.equals("..")) {
        return Optional.empty();
      }
      segments.add(decoded);
    }
    return Optional.of(List.copyOf(segments));
  }

  /** The segments of a route template, which needs no decoding. */
  static List<String> segmentsOf(String template) {
    List<String> segments = new ArrayList<>();
    for (String segment : template.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }
}
