package org.safepassage.dashboard.internal;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safepassage.dashboard.JourneyOverview;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's figures as JSON, for managers only (SecurityConfig lets no one else reach
 * these paths): {@code /api/dashboard} for managers' own tools over HTTP Basic, and
 * {@code /dashboard/overview} for the Cockpit plugin on the browser's session. "Now" is the
 * engine's clock, the app's one idea of today.
 */
@RestController
class DashboardController {

  static final String API = "/api/dashboard";
  static final String FOR_COCKPIT = "/dashboard/overview";

  private final OverviewQueries queries;

  DashboardController(OverviewQueries queries) {
    this.queries = queries;
  }

  @GetMapping({API, FOR_COCKPIT})
  JourneyOverview overview() {
    return queries.overview(Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()));
  }
}
