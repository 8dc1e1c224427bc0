/**
 * The allow-list at the edge of the engine's REST APIs. No API.
 */
@ApplicationModule(displayName = "Engine API gate")
package org.safepassage.gate;

import org.springframework.modulith.ApplicationModule;
