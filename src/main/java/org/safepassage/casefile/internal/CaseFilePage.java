package org.safepassage.casefile.internal;

import org.safepassage.security.StaffMember;
import org.safepassage.vault.PersonalField;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /casefile/{caseNumber}}: the page Tasklist forms link to. */
@Controller
class CaseFilePage {

  static final int MAX_NOTE_LENGTH = 10_000;

  private final CaseFiles caseFiles;

  CaseFilePage(CaseFiles caseFiles) {
    this.caseFiles = caseFiles;
  }

  @GetMapping("/casefile/{caseNumber}")
  String show(@PathVariable String caseNumber, Model model) {
    model.addAttribute("file", caseFiles.open(caseNumber, StaffMember.current()));
    model.addAttribute("fields", PersonalField.values());
    return "case-file";
  }

  @PostMapping("/casefile/{caseNumber}/notes")
  String addNote(@PathVariable String caseNumber, @RequestParam(defaultValue = "") String text,
      RedirectAttributes redirect) {
    if (text.isBlank()) {
      redirect.addFlashAttribute("noteError", "The note is empty: write something before saving.");
    } else if (text.length() > MAX_NOTE_LENGTH) {
      redirect.addFlashAttribute("noteError", "The note is too long: at most 10,000 characters.");
      redirect.addFlashAttribute("draft", text);
    } else {
      caseFiles.addNote(caseNumber, text, StaffMember.current());
      redirect.addFlashAttribute("noteSaved", true);
    }
    return "redirect:/casefile/" + caseNumber;
  }
}
