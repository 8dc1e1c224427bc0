package org.safepassage.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The one home of engine-wide rules: an engine plugin that sees every command the engine runs,
 * whatever route it came by (engine REST on either mount, the webapps, the Java API). A rule
 * chooses where it stands: before the engine opens the command's context (it sees the call as the
 * caller made it, and a refusal touches nothing), or inside the context and its transaction (it
 * can read and write along with the command).
 */
public abstract class CommandInterceptorPlugin extends AbstractProcessEnginePlugin {

  /** Where in the engine's chain the rule stands. */
  public enum Stage {
    BEFORE_CONTEXT,
    IN_TRANSACTION
  }

  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    boolean before = stage() == Stage.BEFORE_CONTEXT;
    List<CommandInterceptor> interceptors = before
        ? configuration.getCustomPreCommandInterceptorsTxRequired()
        : configuration.getCustomPostCommandInterceptorsTxRequired();
    if (interceptors == null) {
      interceptors = new ArrayList<>();
      if (before) {
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
      } else {
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
      }
    }
    interceptors.add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        return intercept(command, () -> next.execute(command));
      }
    });
  }

  /** Inside the command's transaction unless a rule says otherwise. */
  protected Stage stage() {
    return Stage.IN_TRANSACTION;
  }

  /** The engine being configured, once {@link #preInit} has run. */
  protected ProcessEngineConfigurationImpl configuration() {
    return configuration;
  }

  /** Runs one command: {@code proceed} runs it, and may be skipped by throwing instead. */
  protected abstract <T> T intercept(Command<T> command, Supplier<T> proceed);
}
