/**
 * Server-side checks of Camunda Form submissions, as a TaskHook. API: DayLimits, a form's day
 * checked against its limits (used by visa and arrival).
 */
@ApplicationModule(displayName = "Form checks")
package org.safepassage.forms;

import org.springframework.modulith.ApplicationModule;
