package org.safepassage.security.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The one login page for Tasklist, Cockpit, the case file and the API. */
@Controller
class LoginPage {

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
