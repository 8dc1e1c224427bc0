package org.safepassage.security.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The demo profile's users: one per team, passwords published in the README. */
@ConfigurationProperties("safepassage.demo")
record DemoStaffProperties(List<DemoUser> users) {

  record DemoUser(String id, String firstName, String lastName, String team, String password) {

    @Override
    public String toString() {
      return "DemoUser(" + id + ", " + team + ", password withheld)";
    }
  }
}
