package org.safepassage.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Made-up first contacts; every value is fake and unique to the test that made it. */
public final class Intakes {

  private Intakes() {
  }

  public static Map<String, Object> someone() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> intake = new LinkedHashMap<>();
    intake.put("fullName", "Test Person " + tag);
    intake.put("birthDate", "1995-04-12");
    intake.put("contactHandles", "@test_" + tag);
    intake.put("location", "Astana");
    return intake;
  }
}
