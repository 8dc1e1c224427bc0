/**
 * The case file page and API, and who may read it. No API.
 */
@ApplicationModule(displayName = "Case file")
package org.safepassage.casefile;

import org.springframework.modulith.ApplicationModule;
