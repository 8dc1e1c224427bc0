package org.safepassage.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * An engine plugin that sees every command the engine runs, whatever route it came by (engine
 * REST on either mount, the webapps, the Java API), inside the command's context and transaction:
 * the one place a rule cannot be walked around.
 */
public abstract class CommandInterceptorPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired();
    if (interceptors == null) {
      interceptors = new ArrayList<>();
      configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }
    interceptors.add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        return intercept(command, () -> next.execute(command));
      }
    });
  }

  /** Runs one command: {@code proceed} runs it, and may be skipped by throwing instead. */
  protected abstract <T> T intercept(Command<T> command, Supplier<T> proceed);
}
