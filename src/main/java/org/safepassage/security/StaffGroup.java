package org.safepassage.security;

import java.util.Arrays;
import java.util.Optional;

/** The teams of JOURNEY.md; each is a Camunda group and a Tasklist candidate group. */
public enum StaffGroup {
  INTAKE("intake", "Intake"),
  VETTING("vetting", "Vetting"),
  SECURITY_REVIEW("security-review", "Security review"),
  LEGAL("legal", "Legal"),
  CONSULAR("consular", "Consular"),
  LOGISTICS("logistics", "Logistics"),
  RECEPTION("reception", "Reception"),
  MANAGERS("managers", "Managers");

  private final String id;
  private final String displayName;

  StaffGroup(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public static Optional<StaffGroup> byId(String id) {
    return Arrays.stream(values()).filter(group -> group.id.equals(id)).findFirst();
  }
}
