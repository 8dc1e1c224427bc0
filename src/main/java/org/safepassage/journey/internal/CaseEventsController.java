package org.safepassage.journey.internal;

import java.util.List;
import java.util.Map;
import org.safepassage.journey.JourneyProcess.ClosureReason;
import org.safepassage.journey.JourneyProcess.IncidentKind;
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
 * {@code POST /api/cases/{caseNumber}/safety-incidents} {@code {"kind": "DETAINED"}} (any member of
 * staff) and {@code POST /api/cases/{caseNumber}/closure} {@code {"reason": "WITHDRAWN"}} (managers).
 * 204 when delivered; 400 naming the field; 404 for an unknown case; 409 when the case has ended.
 */
@RestController
class CaseEventsController {

  record IncidentRequest(IncidentKind kind) {}

  record ClosureRequest(ClosureReason reason) {}

  private final CaseEvents events;

  CaseEventsController(CaseEvents events) {
    this.events = events;
  }

  @PostMapping("/api/cases/{caseNumber}/safety-incidents")
  ResponseEntity<Void> safetyIncident(@PathVariable String caseNumber, @RequestBody IncidentRequest request) {
    StaffMember.current();
    events.safetyIncident(CaseNumber.parse(caseNumber), required("kind", request.kind()));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/cases/{caseNumber}/closure")
  ResponseEntity<Void> closure(@PathVariable String caseNumber, @RequestBody ClosureRequest request) {
    if (!StaffMember.current().isManager()) {
      throw new AccessDeniedException("Only managers close cases");
    }
    events.close(CaseNumber.parse(caseNumber), required("reason", request.reason()));
    return ResponseEntity.noContent().build();
  }

  private static <T> T required(String field, T value) {
    if (value == null) {
      throw new MissingFieldException(field);
    }
    return value;
  }

  @ExceptionHandler(MissingFieldException.class)
  ResponseEntity<Map<String, Object>> missing(MissingFieldException e) {
    return ResponseEntity.badRequest().body(Map.of("error", e.getMessage(), "fields", List.of(e.field)));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, Object>> notACaseNumber(IllegalArgumentException e) {
    return ResponseEntity.badRequest().body(Map.of("error", "caseNumber: " + e.getMessage(), "fields", List.of("caseNumber")));
  }

  private static final class MissingFieldException extends RuntimeException {
    private final String field;

    private MissingFieldException(String field) {
      super(field + ": this is required");
      this.field = field;
    }
  }
}
