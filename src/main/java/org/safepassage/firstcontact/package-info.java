/**
 * Stage 1: opening a case (intake and partner channel), the duplicate check, urgency and the safety
 * call. API: the process constants (FirstContactProcess).
 */
@ApplicationModule(displayName = "First contact", allowedDependencies = {"casenumber", "journey", "security", "vault"})
package org.safepassage.firstcontact;

import org.springframework.modulith.ApplicationModule;
