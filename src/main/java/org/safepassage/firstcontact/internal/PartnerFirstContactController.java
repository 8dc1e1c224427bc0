package org.safepassage.firstcontact.internal;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.safepassage.casenumber.CaseNumber;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/first-contacts}: a partner channel hands over a first contact. Same checks and
 * same way in as intake's own form (details into the vault, the journey started); the answer is
 * only the case number, since the partner may read nothing back (see PartnerChannelSecurity).
 */
@RestController
class PartnerFirstContactController {

  private final CaseOpening caseOpening;

  PartnerFirstContactController(CaseOpening caseOpening) {
    this.caseOpening = caseOpening;
  }

  @PostMapping(PartnerChannelSecurity.PATH)
  ResponseEntity<Map<String, String>> firstContact(@Valid @RequestBody IntakeRequest intake) {
    CaseNumber caseNumber = caseOpening.openCase(intake, PartnerChannelSecurity.PARTNER);
    return ResponseEntity.created(URI.create("/casefile/" + caseNumber.value()))
        .body(Map.of("caseNumber", caseNumber.value()));
  }
}
