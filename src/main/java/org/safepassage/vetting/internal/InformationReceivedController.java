package org.safepassage.vetting.internal;

import java.util.List;
import java.util.Map;
import org.safepassage.security.StaffGroup;
import org.safepassage.security.StaffMember;
import org.safepassage.casenumber.CaseNumber;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cases/{caseNumber}/information-received}: vetting (or a manager) says the
 * information asked for has arrived. The information itself goes into the case file, not here.
 * 204 when vetting resumed; 400 for text that is no case number; 404 for an unknown case; 409
 * when the case is not waiting for information.
 */
@RestController
class InformationReceivedController {

  private final InformationRequests requests;

  InformationReceivedController(InformationRequests requests) {
    this.requests = requests;
  }

  @PostMapping("/api/cases/{caseNumber}/information-received")
  ResponseEntity<Void> informationReceived(@PathVariable String caseNumber) {
    StaffMember staff = StaffMember.current();
    if (!staff.isIn(StaffGroup.VETTING) && !staff.isManager()) {
      throw new AccessDeniedException("Only vetting and managers record that information arrived");
    }
    requests.informationReceived(CaseNumber.parse(caseNumber));
    return ResponseEntity.noContent().build();
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, Object>> notACaseNumber(IllegalArgumentException e) {
    return ResponseEntity.badRequest().body(Map.of("error", "caseNumber: " + e.getMessage(), "fields", List.of("caseNumber")));
  }

  @ExceptionHandler(InformationRequests.NotWaitingForInformationException.class)
  ResponseEntity<Map<String, Object>> notWaiting(InformationRequests.NotWaitingForInformationException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
  }
}
