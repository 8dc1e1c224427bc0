package org.safepassage.firstcontact.internal;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.safepassage.journey.JourneyProcess;
import org.safepassage.security.StaffMember;
import org.safepassage.casenumber.CaseNumber;
import org.safepassage.vault.CaseVault;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case: the person's details go into the vault under a new case number, their
 * fingerprints (keyed hashes, see ContactFingerprints) beside it, and the journey starts with that
 * number as its only identifier. One transaction: if either fails, neither
 * happened, so no half-opened case is left behind.
 */
@Service
public class CaseOpening {

  private final CaseVault vault;
  private final RuntimeService runtimeService;
  private final ContactFingerprints fingerprints;
  private final FingerprintStore fingerprintStore;

  CaseOpening(CaseVault vault, RuntimeService runtimeService, ContactFingerprints fingerprints,
      FingerprintStore fingerprintStore) {
    this.vault = vault;
    this.runtimeService = runtimeService;
    this.fingerprints = fingerprints;
    this.fingerprintStore = fingerprintStore;
  }

  /** The member of staff about to open a case, if they may; refused otherwise. */
  static StaffMember requireCaseOpener() {
    StaffMember staff = StaffMember.current();
    if (!staff.mayOpenCases()) {
      throw new AccessDeniedException("Only intake coordinators and managers open cases");
    }
    return staff;
  }

  @Transactional
  public CaseNumber openCase(IntakeRequest intake, String intakeCoordinator) {
    CaseNumber caseNumber = vault.openCaseFile(intake.toPersonalDetails(), intakeCoordinator);
    // Keyed hashes only, for the duplicate check: taken here, the one moment the details are in clear.
    fingerprintStore.record(caseNumber.value(), fingerprints.of(intake.fullName(), intake.birthDate(), intake.contactHandles()));
    runtimeService.startProcessInstanceByKey(JourneyProcess.KEY, caseNumber.value(),
        Map.of(JourneyProcess.CASE_NUMBER, caseNumber.value()));
    return caseNumber;
  }
}
