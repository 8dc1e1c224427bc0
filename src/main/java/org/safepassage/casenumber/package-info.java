/**
 * The case's only name outside the vault (CaseNumber), the not-found answer, and the two variables every
 * task of a case carries (CaseVariables). Shared by every module; depends on none.
 */
@ApplicationModule(displayName = "Case number", allowedDependencies = {})
package org.safepassage.casenumber;

import org.springframework.modulith.ApplicationModule;
