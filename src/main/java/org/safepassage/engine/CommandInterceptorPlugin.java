package org.safepassage.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * An engine plugin that puts one interceptor in front of every command, before the engine opens
 * its command context: the one place every call to the engine passes, whatever API it came from.
 */
public abstract class CommandInterceptorPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired();
    if (interceptors == null) {
      interceptors = new ArrayList<>();
      configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }
    interceptors.add(interceptor(configuration));
  }

  /** This plugin's interceptor, for an engine being configured. */
  protected abstract CommandInterceptor interceptor(ProcessEngineConfigurationImpl configuration);
}
