package org.safepassage.dashboard.internal;

import java.util.function.Supplier;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the dashboard's reads in a transaction that, on PostgreSQL, plans each statement
 * for the values at hand and without parallel workers. Both measured at 100,000 cases: starting
 * two workers cost the flow's few hundred history rows 7 ms of its 10, and a plan made once for
 * any value (which PostgreSQL switches to after five runs of a statement) read the deadline tasks
 * in 12 ms where a plan for the given week takes 2. The queries read indexes over a few thousand
 * rows at most, where neither helps.
 */
@Component
class DashboardReads {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private volatile Boolean postgres;

  DashboardReads(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  <T> T read(Supplier<T> reads) {
    return transaction.execute(status -> {
      // Once per transaction (the overview's six reads join one), and only in one of ours.
      if (status.isNewTransaction() && postgres()) {
        // Both for this transaction only, in one round trip.
        jdbc.queryForList("select set_config('max_parallel_workers_per_gather', '0', true),"
            + " set_config('plan_cache_mode', 'force_custom_plan', true)");
      }
      return reads.get();
    });
  }

  private boolean postgres() {
    if (postgres == null) {
      postgres = jdbc.execute((ConnectionCallback<Boolean>) connection ->
          "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()));
    }
    return postgres;
  }
}
