package org.safepassage.arrival.internal;

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
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cases/{caseNumber}/departure} (logistics or managers) and
 * {@code POST /api/cases/{caseNumber}/arrival} (reception or managers), no body: the person has left
 * the transit country, or has arrived. 204 when delivered; 400 naming the field; 404 for an unknown
 * case; 409 when the case is not under way (travel not planned yet, already confirmed, or ended).
 */
@RestController
class TravelConfirmationController {

  private final TravelConfirmations confirmations;

  TravelConfirmationController(TravelConfirmations confirmations) {
    this.confirmations = confirmations;
  }

  @PostMapping("/api/cases/{caseNumber}/departure")
  ResponseEntity<Void> departure(@PathVariable String caseNumber) {
    requireTeam(StaffGroup.LOGISTICS, "Only logistics and managers confirm a departure");
    confirmations.departed(parse(caseNumber));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/cases/{caseNumber}/arrival")
  ResponseEntity<Void> arrival(@PathVariable String caseNumber) {
    requireTeam(StaffGroup.RECEPTION, "Only reception and managers confirm an arrival");
    confirmations.arrived(parse(caseNumber));
    return ResponseEntity.noContent().build();
  }

  private static void requireTeam(StaffGroup team, String refusal) {
    StaffMember staff = StaffMember.current();
    if (!staff.isIn(team) && !staff.isManager()) {
      throw new AccessDeniedException(refusal);
    }
  }

  private static CaseNumber parse(String caseNumber) {
    try {
      return CaseNumber.parse(caseNumber);
    } catch (IllegalArgumentException e) {
      throw new NotACaseNumberException("caseNumber: " + e.getMessage());
    }
  }

  @ExceptionHandler(NotACaseNumberException.class)
  ResponseEntity<Map<String, Object>> notACaseNumber(NotACaseNumberException e) {
    return ResponseEntity.badRequest().body(Map.of("error", e.getMessage(), "fields", List.of("caseNumber")));
  }

  private static final class NotACaseNumberException extends RuntimeException {
    private NotACaseNumberException(String message) {
      super(message);
    }
  }
}
