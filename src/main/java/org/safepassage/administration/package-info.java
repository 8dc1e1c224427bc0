/**
 * What administrators may not do, and the audit of what they do. No API.
 */
@ApplicationModule(displayName = "Administration")
package org.safepassage.administration;

import org.springframework.modulith.ApplicationModule;
