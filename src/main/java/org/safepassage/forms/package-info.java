/**
 * Server-side checks of Camunda Form submissions, as a TaskHook. No API.
 */
@ApplicationModule(displayName = "Form checks")
package org.safepassage.forms;

import org.springframework.modulith.ApplicationModule;
