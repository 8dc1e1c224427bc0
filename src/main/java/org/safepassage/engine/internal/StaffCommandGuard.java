package org.safepassage.engine.internal;

import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.safepassage.engine.CommandInterceptorPlugin;
import org.safepassage.engine.FormFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Staff act only through their tasks' forms, whatever URL or API the call comes through: every
 * engine command a logged-in user sends passes here and is let through only if
 * {@link StaffCommands} allows it (reads, claiming, completing one's own form, and a few more).
 * The edge allow-list can be bypassed by a route nobody thought of; this cannot, because every
 * route ends in a command.
 *
 * <p>Free: commands with no logged-in user (the job executor, timers, the app's own services) and
 * commands run inside another command (delegates and listeners, during a call that was allowed).
 */
@Component
public class StaffCommandGuard extends CommandInterceptorPlugin {

  private static final Logger log = LoggerFactory.getLogger(StaffCommandGuard.class);

  private final FormFields catalog;

  StaffCommandGuard(FormFields catalog) {
    this.catalog = catalog;
  }

  @Override
  protected Stage stage() {
    return Stage.BEFORE_CONTEXT;
  }

  @Override
  protected <T> T intercept(Command<T> command, Supplier<T> proceed) {
    ProcessEngineConfigurationImpl configuration = configuration();
    Authentication user = configuration.getIdentityService().getCurrentAuthentication();
    boolean nested = Context.getCommandContext() != null;
    if (user != null && user.getUserId() != null && !nested && !(command instanceof TaskFacts.Lookup)) {
      new StaffCommands(user, new TaskFacts(configuration), catalog).refusal(command).ifPresent(reason -> {
        // The command's type and the user only: its arguments may hold whatever the caller sent.
        log.info("Refused {} for {}", command.getClass().getSimpleName(), user.getUserId());
        throw new AuthorizationException("Safe Passage: " + reason);
      });
    }
    return proceed.get();
  }
}
