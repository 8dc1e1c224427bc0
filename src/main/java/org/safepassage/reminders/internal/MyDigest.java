package org.safepassage.reminders.internal;

import java.util.List;
import java.util.Map;
import org.safepassage.security.StaffGroup;
import org.safepassage.security.StaffMember;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A member of staff mutes or unmutes their own morning digest, and no one else's: the page
 * {@code /my-digest} and the API {@code GET/PUT /api/my-digest} {@code {"muted": true}} (400
 * naming {@code muted} when it is missing). Only team members get a digest, so only they may
 * set it. Escalations and safety alerts cannot be muted: they go to the managers' mailbox.
 */
@Controller
class MyDigest {

  record Setting(Boolean muted) {}

  private final Digests digests;

  MyDigest(Digests digests) {
    this.digests = digests;
  }

  @GetMapping("/my-digest")
  String page(Model model) {
    model.addAttribute("muted", digests.isMuted(teamMember().id()));
    return "my-digest";
  }

  @PostMapping("/my-digest")
  String set(@RequestParam boolean muted) {
    digests.mute(teamMember().id(), muted);
    return "redirect:/my-digest";
  }

  @GetMapping("/api/my-digest")
  @ResponseBody
  Map<String, Object> get() {
    return Map.of("muted", digests.isMuted(teamMember().id()));
  }

  @PutMapping("/api/my-digest")
  @ResponseBody
  ResponseEntity<Map<String, Object>> put(@RequestBody Setting setting) {
    StaffMember staff = teamMember();
    if (setting.muted() == null) {
      return ResponseEntity.badRequest().body(Map.of("error", "muted: true or false", "fields", List.of("muted")));
    }
    digests.mute(staff.id(), setting.muted());
    return ResponseEntity.ok(Map.of("muted", setting.muted()));
  }

  private static StaffMember teamMember() {
    StaffMember staff = StaffMember.current();
    if (java.util.Arrays.stream(StaffGroup.values()).noneMatch(staff::isIn)) {
      throw new AccessDeniedException("Only members of a team have a morning digest");
    }
    return staff;
  }
}
