package org.safepassage.firstcontact.internal;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.safepassage.security.StaffMember;
import org.safepassage.casenumber.CaseNumber;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/cases}: intake opens a case from the details of a first contact. */
@RestController
class OpenCaseController {

  private final CaseOpening caseOpening;

  OpenCaseController(CaseOpening caseOpening) {
    this.caseOpening = caseOpening;
  }

  @PostMapping("/api/cases")
  ResponseEntity<Map<String, String>> openCase(@Valid @RequestBody IntakeRequest intake) {
    StaffMember staff = CaseOpening.requireCaseOpener();
    CaseNumber caseNumber = caseOpening.openCase(intake, staff.id());
    URI caseFile = URI.create("/casefile/" + caseNumber.value());
    return ResponseEntity.created(caseFile)
        .body(Map.of("caseNumber", caseNumber.value(), "caseFile", caseFile.toString()));
  }
}
