package org.safepassage.firstcontact.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.safepassage.vault.PersonalDetails;
import org.safepassage.vault.PersonalField;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the intake coordinator learns at first contact. It goes straight into the vault and
 * nowhere else; its {@link #toString()} withholds every value.
 */
public record IntakeRequest(
    @NotBlank(message = "Full name (fullName) is required: the name the person gave us")
    @Size(max = 200, message = "Full name (fullName) is too long: at most 200 characters")
    String fullName,
    @PastOrPresent(message = "Date of birth (birthDate) cannot be in the future")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    LocalDate birthDate,
    @NotBlank(message = "Contact handles (contactHandles) are required: how we reach the person, e.g. a Signal or Telegram handle")
    @Size(max = 500, message = "Contact handles (contactHandles) are too long: at most 500 characters")
    String contactHandles,
    @Size(max = 2000, message = "Family (family) is too long: at most 2000 characters")
    String family,
    @Size(max = 200, message = "Military unit (unit) is too long: at most 200 characters")
    String unit,
    @Size(max = 200, message = "Location (location) is too long: at most 200 characters")
    String location,
    @Size(max = 10000, message = "Statement (statement) is too long: at most 10000 characters")
    String statement) {

  PersonalDetails toPersonalDetails() {
    Map<PersonalField, String> values = new EnumMap<>(PersonalField.class);
    values.put(PersonalField.FULL_NAME, fullName);
    values.put(PersonalField.BIRTH_DATE, birthDate == null ? null : birthDate.toString());
    values.put(PersonalField.CONTACT_HANDLES, contactHandles);
    values.put(PersonalField.FAMILY, family);
    values.put(PersonalField.UNIT, unit);
    values.put(PersonalField.LOCATION, location);
    values.put(PersonalField.STATEMENT, statement);
    return PersonalDetails.of(values);
  }

  @Override
  public String toString() {
    return "IntakeRequest(values withheld)";
  }
}
