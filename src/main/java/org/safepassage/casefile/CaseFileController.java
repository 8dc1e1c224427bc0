package org.safepassage.casefile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.safepassage.security.StaffMember;
import org.safepassage.vault.CaseNote;
import org.safepassage.vault.PersonalDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cases/{caseNumber}}: the case file as JSON, for those allowed to see it. */
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
