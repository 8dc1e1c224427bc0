package org.safepassage.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /}: where staff land after logging in; links to Tasklist, Cockpit and intake. */
@Controller
class HomePage {

  @GetMapping("/")
  String home() {
    return "home";
  }
}
