package org.safepassage.journey.internal;

import org.safepassage.journey.JourneyProcess;
import java.util.List;
import java.util.Optional;
import org.safepassage.security.StaffMember;
import org.safepassage.casenumber.CaseFileNotFoundException;
import org.safepassage.casenumber.CaseNumber;
import org.safepassage.reminders.MailsSent;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Managers' way into any case: {@code /cases} lists every case with its stage (where managers
 * land after logging in), one click opens {@code /cases/{caseNumber}/story}.
 */
@Controller
class CaseListPage {

  /** Cases per page: the list is read page by page, never whole. */
  static final int PAGE_SIZE = 50;

  private static final List<String> URGENCIES = List.of("P0", "P1", "P2");

  private final CaseStories stories;
  private final MailsSent mailsSent;
  private final Environment environment;

  CaseListPage(CaseStories stories, MailsSent mailsSent, Environment environment) {
    this.mailsSent = mailsSent;
    this.stories = stories;
    this.environment = environment;
  }

  /**
   * The case list, or with {@code stage} (a stage of the journey, e.g. CallActivity_Vetting) and
   * {@code urgency} (P0, P1, P2) the open cases behind one of the dashboard's bars.
   */
  @GetMapping("/cases")
  String list(@RequestParam(defaultValue = "0") int page, @RequestParam("stage") Optional<String> stageGiven,
      @RequestParam("urgency") Optional<String> urgencyGiven, Model model) {
    requireManager();
    Optional<String> stage = stageGiven.filter(id -> !id.isBlank());
    Optional<String> urgency = urgencyGiven.filter(code -> !code.isBlank());
    stage.filter(id -> !JourneyProcess.STAGES.contains(id)).ifPresent(id -> {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "stage: not a stage of the journey");
    });
    urgency.filter(code -> !URGENCIES.contains(code)).ifPresent(code -> {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "urgency: P0, P1 or P2");
    });
    CaseStories.Filter filter = new CaseStories.Filter(stage, urgency);
    int shown = Math.max(page, 0);
    // One more than a page tells whether an older page exists, without counting every case.
    List<CaseStories.CaseSummary> cases = stories.latestCases(filter, shown * PAGE_SIZE, PAGE_SIZE + 1);
    model.addAttribute("cases", cases.subList(0, Math.min(cases.size(), PAGE_SIZE)));
    model.addAttribute("page", shown);
    model.addAttribute("olderPage", cases.size() > PAGE_SIZE ? shown + 1 : null);
    model.addAttribute("newerPage", shown > 0 ? shown - 1 : null);
    model.addAttribute("urgency", urgency.orElse(null));
    model.addAttribute("filterQuery", stage.map(id -> "&stage=" + id).orElse("") + urgency.map(code -> "&urgency=" + code).orElse(""));
    model.addAttribute("filtered", !filter.isAll());
    model.addAttribute("filterStage", stage.map(stories::stageName).orElse(null));
    // The demo's sample cases (casefile module) exist only in the demo profile.
    model.addAttribute("sampleCases", environment.acceptsProfiles(Profiles.of("demo")));
    return "cases";
  }

  /** The search box posts (a mistyped name must not end up in a URL, and so in access logs). */
  @PostMapping("/cases")
  String find(@RequestParam(defaultValue = "") String find, Model model) {
    requireManager();
    Optional<CaseStories.CaseSummary> found = caseNumber(find).flatMap(number -> stories.find(number.value()));
    if (found.isPresent()) {
      return "redirect:/cases/" + found.get().caseNumber() + "/story";
    }
    model.addAttribute("notFound", true);
    return list(0, Optional.empty(), Optional.empty(), model);
  }

  @GetMapping("/cases/{caseNumber}/story")
  String story(@PathVariable String caseNumber, Model model) {
    requireManager();
    CaseStories.CaseSummary summary = caseNumber(caseNumber).flatMap(number -> stories.find(number.value()))
        .orElseThrow(CaseFileNotFoundException::unknownNumber);
    model.addAttribute("summary", summary);
    model.addAttribute("steps", stories.story(summary.caseNumber()));
    model.addAttribute("mails", mailsSent.aboutCase(summary.caseNumber()));
    return "case-story";
  }

  private static Optional<CaseNumber> caseNumber(String text) {
    try {
      return Optional.of(CaseNumber.parse(text));
    } catch (IllegalArgumentException notACaseNumber) {
      return Optional.empty();
    }
  }

  static void requireManager() {
    if (!StaffMember.current().isManager()) {
      throw new AccessDeniedException("Only managers see every case");
    }
  }
}
