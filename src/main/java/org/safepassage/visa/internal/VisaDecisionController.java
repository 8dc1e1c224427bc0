package org.safepassage.visa.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.safepassage.security.StaffGroup;
import org.safepassage.security.StaffMember;
import org.safepassage.casenumber.CaseNumber;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cases/{caseNumber}/visa-decision} with {@code {"decision": "GRANTED", "validFrom":
 * "2027-01-10", "validUntil": "2027-04-10"}} or {@code {"decision": "REFUSED"}}: consular (or a
 * manager) records what the authorities decided. 204 when the case moved on; 400 naming the field;
 * 404 for an unknown case; 409 when the case awaits no visa decision.
 */
@RestController
class VisaDecisionController {

  record DecisionRequest(VisaDecisions.Decision decision, LocalDate validFrom, LocalDate validUntil) {}

  private final VisaDecisions decisions;

  VisaDecisionController(VisaDecisions decisions) {
    this.decisions = decisions;
  }

  @PostMapping("/api/cases/{caseNumber}/visa-decision")
  ResponseEntity<Void> visaDecision(@PathVariable String caseNumber, @RequestBody DecisionRequest request) {
    StaffMember staff = StaffMember.current();
    if (!staff.isIn(StaffGroup.CONSULAR) && !staff.isManager()) {
      throw new AccessDeniedException("Only consular and managers record visa decisions");
    }
    CaseNumber number = parse(caseNumber);
    if (request.decision() == null) {
      throw new VisaDecisions.InvalidDecisionException("decision", "decision: say GRANTED or REFUSED");
    }
    decisions.decided(number, request.decision(), request.validFrom(), request.validUntil());
    return ResponseEntity.noContent().build();
  }

  private static CaseNumber parse(String caseNumber) {
    try {
      return CaseNumber.parse(caseNumber);
    } catch (IllegalArgumentException e) {
      throw new VisaDecisions.InvalidDecisionException("caseNumber", "caseNumber: " + e.getMessage());
    }
  }

  @ExceptionHandler(VisaDecisions.InvalidDecisionException.class)
  ResponseEntity<Map<String, Object>> invalid(VisaDecisions.InvalidDecisionException e) {
    return ResponseEntity.badRequest().body(Map.of("error", e.getMessage(), "fields", List.of(e.field())));
  }
}
