package org.safepassage.administration.internal;

import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.safepassage.engine.CommandInterceptorPlugin;
import org.springframework.stereotype.Component;

/**
 * Processes come only from the app's own processes/ folder. A deployed BPMN can run expressions
 * inside the app (read the vault's master key, call any bean), so nobody logged in may deploy or
 * remove a deployment, administrators included, by any route. The app's own deployment at
 * start-up, and tests deploying through the Java API, run without a logged-in user.
 */
@Component
class DeploymentsFromTheAppOnly extends CommandInterceptorPlugin {

  @Override
  protected <T> T intercept(Command<T> command, Supplier<T> proceed) {
    if (command instanceof DeployCmd || command instanceof DeleteDeploymentCmd) {
      String user = Context.getCommandContext().getAuthenticatedUserId();
      if (user != null) {
        throw new AuthorizationException("Processes are deployed only from Safe Passage's own processes/ folder, "
            + "with a new release; nobody deploys or removes them at run time.");
      }
    }
    return proceed.get();
  }
}
