package org.safepassage.journey;

import org.safepassage.security.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Managers' way into any case: {@code /cases} lists every case with its stage (where managers
 * land after logging in), one click opens {@code /cases/{caseNumber}/story}.
 */
@Controller
class CaseListPage {

  private static final int SHOWN = 200;

  private final CaseStories stories;

  CaseListPage(CaseStories stories) {
    this.stories = stories;
  }

  @GetMapping("/cases")
  String list(@RequestParam(required = false) String find, Model model) {
    requireManager();
    if (find != null && !find.isBlank()) {
      String wanted = find.strip().toUpperCase();
      if (stories.find(wanted).isPresent()) {
        return "redirect:/cases/" + wanted + "/story";
      }
      model.addAttribute("notFound", true);
    }
    model.addAttribute("cases", stories.latestCases(SHOWN));
    return "cases";
  }

  @GetMapping("/cases/{caseNumber}/story")
  String story(@PathVariable String caseNumber, Model model) {
    requireManager();
    CaseStories.CaseSummary summary = stories.find(caseNumber)
        .orElseThrow(() -> new org.safepassage.vault.CaseFileNotFoundException("with that number"));
    model.addAttribute("summary", summary);
    model.addAttribute("steps", stories.story(summary.caseNumber()));
    return "case-story";
  }

  private static void requireManager() {
    if (!StaffMember.current().isManager()) {
      throw new AccessDeniedException("Only managers see every case");
    }
  }
}
