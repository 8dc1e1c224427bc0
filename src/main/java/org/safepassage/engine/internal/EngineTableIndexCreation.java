package org.safepassage.engine.internal;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.safepassage.engine.EngineTableIndexes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates every module's {@link EngineTableIndexes} once the engine has built its schema. Only on
 * PostgreSQL, where the volumes are (partial indexes are PostgreSQL's); the demo's H2 holds a few
 * hundred cases. {@code if not exists} makes every later start a no-op.
 */
@Component
class EngineTableIndexCreation extends AbstractProcessEnginePlugin {

  private final List<EngineTableIndexes> indexes;

  EngineTableIndexCreation(List<EngineTableIndexes> indexes) {
    this.indexes = indexes;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (!"postgres".equals(configuration.getDatabaseType())) {
      return;
    }
    JdbcTemplate jdbc = new JdbcTemplate(configuration.getDataSource());
    String prefix = configuration.getDatabaseTablePrefix();
    indexes.stream()
        .flatMap(module -> module.statements().stream())
        .forEach(statement -> jdbc.execute(statement.formatted(prefix)));
  }
}
