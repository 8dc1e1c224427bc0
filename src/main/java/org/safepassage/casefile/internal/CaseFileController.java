package org.safepassage.casefile.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safepassage.security.StaffMember;
import org.safepassage.vault.CaseNote;
import org.safepassage.vault.PersonalDetails;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The case file over the API: read it, add notes; only for those allowed to see it. */
@RestController
class CaseFileController {

  private final CaseFiles caseFiles;

  CaseFileController(CaseFiles caseFiles) {
    this.caseFiles = caseFiles;
  }

  @GetMapping("/api/cases/{caseNumber}")
  Map<String, Object> caseFile(@PathVariable String caseNumber) {
    CaseFiles.View view = caseFiles.open(caseNumber, StaffMember.current());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caseNumber", view.caseNumber().value());
    body.put("details", detailsByField(view.details()));
    body.put("notes", view.notes().stream().map(CaseFileController::noteJson).toList());
    return body;
  }

  @PostMapping("/api/cases/{caseNumber}/notes")
  ResponseEntity<Void> addNote(@PathVariable String caseNumber, @Valid @RequestBody NoteRequest note) {
    caseFiles.addNote(caseNumber, note.text(), StaffMember.current());
    return ResponseEntity.status(HttpStatus.CREATED).build();
  }

  /** A note to add to the case file; its text is personal data and never logged. */
  record NoteRequest(
      @NotBlank(message = "text is required: the note is empty")
      @Size(max = CaseFilePage.MAX_NOTE_LENGTH, message = "text is too long (at most 10000 characters)")
      String text) {

    @Override
    public String toString() {
      return "NoteRequest(text withheld)";
    }
  }

  private static Map<String, String> detailsByField(PersonalDetails details) {
    Map<String, String> byField = new LinkedHashMap<>();
    details.asMap().forEach((field, value) -> byField.put(field.name(), value));
    return byField;
  }

  private static Map<String, String> noteJson(CaseNote note) {
    return Map.of("task", String.valueOf(note.taskName()), "text", note.text(),
        "writtenAt", note.writtenAt().toString(), "writtenBy", note.writtenBy());
  }
}
