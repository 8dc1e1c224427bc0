package org.safepassage.firstcontact.internal;

import java.time.Duration;

/** How fast a first contact must be answered (JOURNEY.md, "Deadlines"), and its task priority. */
enum Urgency {
  P0(Duration.ofHours(1), 100),
  P1(Duration.ofHours(24), 75),
  P2(Duration.ofHours(72), 50);

  private final Duration responseTime;
  private final int priority;

  Urgency(Duration responseTime, int priority) {
    this.responseTime = responseTime;
    this.priority = priority;
  }

  Duration responseTime() {
    return responseTime;
  }

  int priority() {
    return priority;
  }
}
