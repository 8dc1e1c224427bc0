/**
 * Engine plugins: the one home of command rules (CommandInterceptorPlugin) and of every-task hooks
 * (TaskHook) and every-call-activity hooks (CallActivityHook), the staff command guard. Depends on no other module.
 */
@ApplicationModule(displayName = "Engine rules", allowedDependencies = {})
package org.safepassage.engine;

import org.springframework.modulith.ApplicationModule;
