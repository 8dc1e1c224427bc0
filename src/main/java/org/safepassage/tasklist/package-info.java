/**
 * Tasklist's saved filters, the case facts on every task, the fast task-query authorization. No API.
 */
@ApplicationModule(displayName = "Tasklist")
package org.safepassage.tasklist;

import org.springframework.modulith.ApplicationModule;
