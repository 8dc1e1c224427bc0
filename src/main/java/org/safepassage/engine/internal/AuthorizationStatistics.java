package org.safepassage.engine.internal;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Teaches PostgreSQL how many grants carry each permission. The engine checks a permission as
 * {@code PERMS_ & bit = bit}; PostgreSQL has no statistics for such an expression and guesses that
 * 0.5% of the rows match, when nearly all do. With one grant per task and candidate group that
 * guess is off by orders of magnitude, and every query that joins grants (task variables that
 * Tasklist lists, process instances, history) then pairs each row with every grant: the variable
 * query behind one Tasklist page took 160 ms at 100,000 grants, 1 ms with these statistics. They
 * are kept by ANALYZE like any other statistics; created once, on PostgreSQL only.
 */
@Component
class AuthorizationStatistics {

  /** Expressions per statistics object (PostgreSQL allows 8), over the permission bits in use. */
  private static final int PER_OBJECT = 8;
  private static final int BITS = 24;

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;

  AuthorizationStatistics(ProcessEngine engine, JdbcTemplate jdbc) {
    this.engine = engine;
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationReadyEvent.class)
  void ensureStatistics() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (!"postgres".equals(configuration.getDatabaseType())) {
      return;
    }
    String table = configuration.getDatabaseTablePrefix() + "ACT_RU_AUTHORIZATION";
    for (int first = 1; first <= BITS; first += PER_OBJECT) {
      String expressions = IntStream.range(first, Math.min(first + PER_OBJECT, BITS + 1))
          .mapToObj(bit -> "(PERMS_ & " + (1 << bit) + ")").collect(Collectors.joining(", "));
      jdbc.execute("create statistics if not exists safepassage_auth_perms_" + first + " on " + expressions + " from " + table);
    }
    jdbc.execute("analyze " + table);
  }
}
