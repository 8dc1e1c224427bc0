/**
 * The encrypted case vault: the only place personal data lives. Reachable only from the modules that
 * show or write personal data (ModularityTest lists them: casefile, firstcontact).
 */
@ApplicationModule(displayName = "Case vault", allowedDependencies = {"casenumber", "security"})
package org.safepassage.vault;

import org.springframework.modulith.ApplicationModule;
