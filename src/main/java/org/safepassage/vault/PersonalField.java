package org.safepassage.vault;

/** The personal details a case file holds; each is encrypted on its own under the case's key. */
public enum PersonalField {
  FULL_NAME("Full name"),
  BIRTH_DATE("Date of birth"),
  CONTACT_HANDLES("Contact handles"),
  FAMILY("Family"),
  UNIT("Military unit"),
  LOCATION("Current location"),
  STATEMENT("Statement");

  private final String label;

  PersonalField(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
