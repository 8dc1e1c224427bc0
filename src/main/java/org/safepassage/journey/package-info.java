/**
 * The journey process that calls the four stages, safety incidents and closure, messages to a case by
 * number (CaseMessages), the managers' case list and story.
 */
@ApplicationModule(displayName = "Journey", allowedDependencies = {"casenumber", "reminders", "security"})
package org.safepassage.journey;

import org.springframework.modulith.ApplicationModule;
