package org.safepassage.firstcontact.internal;

import jakarta.validation.Valid;
import org.safepassage.security.StaffMember;
import org.safepassage.casenumber.CaseNumber;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The intake page: a form for the details of a first contact, which opens the case. */
@Controller
class OpenCasePage {

  private final CaseOpening caseOpening;

  OpenCasePage(CaseOpening caseOpening) {
    this.caseOpening = caseOpening;
  }

  @GetMapping("/cases/new")
  String form(Model model) {
    CaseOpening.requireCaseOpener();
    model.addAttribute("intake", new IntakeRequest(null, null, null, null, null, null, null));
    return "open-case";
  }

  @PostMapping("/cases/new")
  String open(@Valid @ModelAttribute("intake") IntakeRequest intake, BindingResult errors, Model model) {
    StaffMember staff = CaseOpening.requireCaseOpener();
    if (errors.hasErrors()) {
      return "open-case";
    }
    CaseNumber caseNumber = caseOpening.openCase(intake, staff.id());
    model.addAttribute("caseNumber", caseNumber.value());
    return "case-opened";
  }
}
