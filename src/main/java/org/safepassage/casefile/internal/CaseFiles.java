package org.safepassage.casefile.internal;

import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.safepassage.security.StaffMember;
import org.safepassage.casenumber.CaseFileNotFoundException;
import org.safepassage.vault.CaseNote;
import org.safepassage.casenumber.CaseNumber;
import org.safepassage.vault.CaseVault;
import org.safepassage.vault.PersonalDetails;
import org.springframework.stereotype.Service;

/** The case file as staff meet it: the vault's contents, behind the access rule. */
@Service
class CaseFiles {

  /** What one member of staff sees of one case, and the task they hold on it (if any). */
  record View(CaseNumber caseNumber, PersonalDetails details, List<CaseNote> notes, Task heldTask) {}

  private final CaseVault vault;
  private final CaseFileAccess access;

  CaseFiles(CaseVault vault, CaseFileAccess access) {
    this.vault = vault;
    this.access = access;
  }

  View open(String caseNumberText, StaffMember staff) {
    CaseNumber caseNumber = existing(caseNumberText);
    Task held = access.requireAccess(staff, caseNumber);
    return new View(caseNumber, vault.readDetails(caseNumber, staff.id()), vault.readNotes(caseNumber, staff.id()), held);
  }

  void addNote(String caseNumberText, String text, StaffMember staff) {
    CaseNumber caseNumber = existing(caseNumberText);
    Task held = access.requireAccess(staff, caseNumber);
    vault.addNote(caseNumber, held == null ? "Manager's note" : held.getName(), text, staff.id());
  }

  private CaseNumber existing(String caseNumberText) {
    CaseNumber caseNumber;
    try {
      caseNumber = CaseNumber.parse(caseNumberText);
    } catch (IllegalArgumentException notACaseNumber) {
      throw CaseFileNotFoundException.unknownNumber();
    }
    if (!vault.exists(caseNumber)) {
      throw new CaseFileNotFoundException(caseNumber.value());
    }
    return caseNumber;
  }
}
