/**
 * Stage 3: route, appointment and the visa decision. API: the process constants (ConsularVisaProcess)
 * and VisaDates, the dates the stages' timers and due dates are computed with.
 */
@ApplicationModule(displayName = "Consular visa", allowedDependencies = {"casenumber", "forms", "journey", "security"})
package org.safepassage.visa;

import org.springframework.modulith.ApplicationModule;
