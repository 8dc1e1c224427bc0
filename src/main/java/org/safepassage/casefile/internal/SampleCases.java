package org.safepassage.casefile.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safepassage.dashboard.AgingJourney;
import org.safepassage.security.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.safepassage.vault.CaseVault;
import org.safepassage.vault.PersonalDetails;
import org.safepassage.vault.PersonalField;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The demo's "load 200 sample cases": made-up cases in every stage with realistic ages (see
 * {@link AgingJourney}), so that the dashboard and the case list mean something on a fresh demo.
 * A manager's button on /cases (shown in the demo profile); exists only in the demo profile.
 */
@Controller
@Profile("demo")
class SampleCases {

  static final int COUNT = 200;

  private final CaseVault vault;
  private final AgingJourney agingJourney;
  private final SecureRandom random = new SecureRandom();

  SampleCases(CaseVault vault, AgingJourney agingJourney) {
    this.vault = vault;
    this.agingJourney = agingJourney;
  }

  @PostMapping("/cases/samples")
  @Transactional
  public String load() {
    if (!StaffMember.current().isManager()) {
      throw new AccessDeniedException("Only managers load sample cases");
    }
    String by = StaffMember.current().id();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    int first = random.nextInt(1 << 20);
    for (int n = first; n < first + COUNT; n++) {
      String caseNumber = vault.openCaseFile(PersonalDetails.of(Map.of(PersonalField.FULL_NAME, "Sample Person " + n,
          PersonalField.CONTACT_HANDLES, "@sample")), by).value();
      agingJourney.place(caseNumber, AgingJourney.Life.typical(n, now));
    }
    return "redirect:/cases";
  }
}
