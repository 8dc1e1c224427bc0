package org.safepassage.vault;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A person's details as the vault hands them out. Deliberately not a record: its
 * {@link #toString()} must never print a value, so a stray log line cannot leak them.
 */
public final class PersonalDetails {

  private final Map<PersonalField, String> values;

  private PersonalDetails(Map<PersonalField, String> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  public static PersonalDetails of(Map<PersonalField, String> values) {
    EnumMap<PersonalField, String> copy = new EnumMap<>(PersonalField.class);
    values.forEach((field, value) -> {
      if (value != null && !value.isBlank()) {
        copy.put(field, value.strip());
      }
    });
    return new PersonalDetails(copy);
  }

  public Optional<String> get(PersonalField field) {
    return Optional.ofNullable(values.get(field));
  }

  public Map<PersonalField, String> asMap() {
    return values;
  }

  @Override
  public String toString() {
    return "PersonalDetails" + values.keySet() + " (values withheld)";
  }
}
