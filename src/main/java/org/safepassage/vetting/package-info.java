/**
 * Stage 2: findings, four eyes, information requests. API: the process constants (VettingProcess).
 */
@ApplicationModule(displayName = "Vetting", allowedDependencies = {"casenumber", "journey", "security"})
package org.safepassage.vetting;

import org.springframework.modulith.ApplicationModule;
