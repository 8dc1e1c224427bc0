package org.safepassage.support;

import java.util.HashMap;
import java.util.Map;

/** Answers a form or a decision table takes, built up by name: {@code new Facts().with("language", "GERMAN")}. */
public record Facts(Map<String, Object> values) {

  public Facts() {
    this(new HashMap<>());
  }

  public Facts with(String name, Object value) {
    values.put(name, value);
    return this;
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
