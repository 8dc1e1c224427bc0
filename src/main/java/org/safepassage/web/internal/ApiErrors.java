package org.safepassage.web.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.safepassage.casenumber.CaseFileNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors of the app's JSON API, each saying what to fix: {@code {"error": ..., "fields": [...]}}.
 * The offending values are never echoed back: they may be personal data.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors {

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
    List<String> fields = e.getBindingResult().getFieldErrors().stream()
        .map(error -> error.getField()).distinct().sorted().toList();
    String message = e.getBindingResult().getFieldErrors().stream()
        .map(error -> error.getDefaultMessage()).sorted().collect(Collectors.joining("; "));
    return badRequest(message, fields);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
      return badRequest(unknown.getPropertyName() + " is not a field we know; known fields: "
          + unknown.getKnownPropertyIds(), List.of(unknown.getPropertyName()));
    }
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().get(mapping.getPath().size() - 1).getFieldName();
      if (field != null) {
        String hint = "birthDate".equals(field) ? " (expected a date like 1994-03-21)" : "";
        return badRequest(field + " has a value of the wrong form" + hint, List.of(field));
      }
    }
    return badRequest("The request body is not valid JSON", List.of());
  }

  @ExceptionHandler(CaseFileNotFoundException.class)
  ResponseEntity<Map<String, Object>> notFound(CaseFileNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
  }

  private static ResponseEntity<Map<String, Object>> badRequest(String message, List<String> fields) {
    return ResponseEntity.badRequest().body(Map.of("error", message, "fields", fields));
  }
}
