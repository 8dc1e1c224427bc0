package org.safepassage.journey.internal;

import java.util.Map;
import org.safepassage.journey.CaseMessages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A message for a case that is not waiting for it: 409, saying what the case waits for and when. */
@RestControllerAdvice(annotations = RestController.class)
class CaseMessageErrors {

  @ExceptionHandler(CaseMessages.CaseNotWaitingException.class)
  ResponseEntity<Map<String, Object>> notWaiting(CaseMessages.CaseNotWaitingException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
  }
}
