/**
 * Stage 4: travel, reception, the asylum filing and its clock. API: the process constants
 * (ArrivalProcess).
 */
@ApplicationModule(displayName = "Arrival", allowedDependencies = {"casenumber", "forms", "journey", "security", "visa"})
package org.safepassage.arrival;

import org.springframework.modulith.ApplicationModule;
