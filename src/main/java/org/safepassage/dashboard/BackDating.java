package org.safepassage.dashboard;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.safepassage.dashboard.internal.DayRollUps;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Moves the rows the engine wrote for one made-up case from the moments it really wrote them to
 * the moments of the case's life, by SQL keyed by the case's process instance ids, in the caller's
 * transaction. The case is lived at the real clock in steps; each step's rows carry times inside
 * that step's window, and each window has the moment it stands for. So:
 * <ul>
 * <li>a time something happened (start, end, creation, log time) inside a step's window moves by
 * that step's shift;</li>
 * <li>a time something is due (task due and follow-up dates, timer due dates, date variables)
 * moves by the shift of the step that wrote its row, unless it is the start of a day (UTC): the
 * engine took those from days the life itself gave (stay limit, asylum certificate), which
 * already are in the life's time;</li>
 * <li>removal times (history cleanup) stay as the engine set them, from the real end;</li>
 * <li>durations are computed again from the moved start and end.</li>
 * </ul>
 * Every engine table with a process instance column and a time column takes part, found from the
 * database's metadata, so PostgreSQL and the demo's H2 alike. The engine clock is never touched.
 */
@Component
class BackDating {

  /** One step of a life: lived at the real clock from {@code from} to {@code to}, standing for {@code moment}. */
  record Window(Instant from, Instant to, Instant moment) {

    boolean holds(Instant time) {
      return !time.isBefore(from) && !time.isAfter(to);
    }

    Duration shift() {
      return Duration.between(from, moment);
    }
  }

  private static final Set<String> DUE = Set.of("due_date_", "duedate_", "follow_up_date_", "lock_exp_time_",
      "removal_time_", "job_duedate_");
  /**
   * When history cleanup may remove the case's history: left as the engine set it, from the real
   * end. Moved back with the end, a life that ended long ago would be removed by the next nightly
   * cleanup while a test or a demo still reads it (DashboardIT's lives end decades back).
   */
  private static final String REMOVAL_TIME = "removal_time_";
  /** The instance's own id first: executions a modification makes have no root instance id. */
  private static final List<String> INSTANCE_COLUMNS = List.of("proc_inst_id_", "process_instance_id_", "root_proc_inst_id_");
  private static final long DAY_MS = Duration.ofDays(1).toMillis();

  /** An engine table's id, the column that names its process instance, and its time columns. */
  private record Table(String name, String instanceColumn, List<String> times, boolean hasDuration, boolean hasDateValues) {}

  private final JdbcTemplate jdbc;
  private final DayRollUps rollUps;
  private volatile List<Table> tables;

  BackDating(JdbcTemplate jdbc, DayRollUps rollUps) {
    this.jdbc = jdbc;
    this.rollUps = rollUps;
  }

  /**
   * Moves the rows of a journey and of every stage process it called, and forgets the
   * dashboard's roll-ups of the days they move into (again after commit, in case a read rolled one up meanwhile).
   */
  void shiftCase(String journeyId, List<Window> windows) {
    List<String> instances = jdbc.queryForList("select id_ from act_hi_procinst where root_proc_inst_id_ = ?", String.class,
        journeyId);
    shift(instances.isEmpty() ? List.of(journeyId) : instances, windows);
    LocalDate first = windows.stream().map(Window::moment).min(Instant::compareTo).map(BackDating::day).orElseThrow();
    LocalDate last = windows.stream().map(Window::moment).max(Instant::compareTo).map(BackDating::day).orElseThrow();
    rollUps.forget(first, last);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          rollUps.forget(first, last);
        }
      });
    }
  }

  /** The day of a moment as the flow counts it: in the zone Camunda stores its times in. */
  private static LocalDate day(Instant moment) {
    return LocalDate.ofInstant(moment, ZoneId.systemDefault());
  }

  /** Moves the rows of the given process instances (a journey and its stages) from their windows to their moments. */
  void shift(List<String> instanceIds, List<Window> windows) {
    String in = String.join(", ", Collections.nCopies(instanceIds.size(), "?"));
    for (Table table : tables()) {
      String columns = String.join(", ", table.times()) + (table.hasDateValues() ? ", var_type_, long_" : "");
      List<Object[]> updates = new ArrayList<>();
      jdbc.query("select id_, " + columns + " from " + table.name() + " where " + table.instanceColumn() + " in (" + in + ")",
          (ResultSet rs) -> {
            Window written = null;
            Map<String, Timestamp> moved = new LinkedHashMap<>();
            for (String column : table.times()) {
              moved.put(column, rs.getTimestamp(column));
            }
            for (String column : table.times()) {
              Timestamp time = moved.get(column);
              if (time != null && !DUE.contains(column)) {
                Window window = windowOf(windows, time.toInstant());
                if (written == null) {
                  written = window;
                }
                moved.put(column, window == null ? time : Timestamp.from(time.toInstant().plus(window.shift())));
              }
            }
            for (String column : table.times()) {
              Timestamp time = moved.get(column);
              if (time != null && DUE.contains(column) && !column.equals(REMOVAL_TIME)) {
                moved.put(column, written == null || startOfDay(time.toInstant()) ? time
                    : Timestamp.from(time.toInstant().plus(written.shift())));
              }
            }
            List<Object> row = new ArrayList<>(moved.values());
            if (table.hasDateValues()) {
              Object raw = rs.getObject("long_");
              boolean date = raw instanceof Number && "date".equals(rs.getString("var_type_"));
              long value = date ? ((Number) raw).longValue() : 0;
              row.add(date && written != null && !startOfDay(Instant.ofEpochMilli(value))
                  ? Long.valueOf(value + written.shift().toMillis()) : raw);
            }
            row.add(rs.getString("id_"));
            updates.add(row.toArray());
          }, instanceIds.toArray());
      if (!updates.isEmpty()) {
        jdbc.batchUpdate("update " + table.name() + " set "
            + String.join(", ", table.times().stream().map(column -> column + " = ?").toList())
            + (table.hasDateValues() ? ", long_ = ?" : "") + " where id_ = ?", updates);
      }
      if (table.hasDuration()) {
        List<Object[]> durations = jdbc.query("select id_, start_time_, end_time_ from " + table.name() + " where "
            + table.instanceColumn() + " in (" + in + ") and end_time_ is not null",
            (rs, n) -> new Object[] {rs.getTimestamp(3).getTime() - rs.getTimestamp(2).getTime(), rs.getString(1)},
            instanceIds.toArray());
        jdbc.batchUpdate("update " + table.name() + " set duration_ = ? where id_ = ?", durations);
      }
    }
    shiftRuntimeDateVariables(in, instanceIds, windows);
  }

  /** Date variables live at runtime without a time of their own: they move as their history row did. */
  private void shiftRuntimeDateVariables(String in, List<String> instanceIds, List<Window> windows) {
    jdbc.update("update act_ru_variable set long_ = (select h.long_ from act_hi_varinst h where h.id_ = act_ru_variable.id_)"
        + " where type_ = 'date' and proc_inst_id_ in (" + in + ")"
        + " and exists (select 1 from act_hi_varinst h where h.id_ = act_ru_variable.id_ and h.var_type_ = 'date')",
        instanceIds.toArray());
  }

  private static Window windowOf(List<Window> windows, Instant time) {
    return windows.stream().filter(window -> window.holds(time)).findFirst().orElse(null);
  }

  private static boolean startOfDay(Instant time) {
    return time.toEpochMilli() % DAY_MS == 0;
  }

  /** The engine's tables that name a process instance and hold a time, read once from the database's metadata. */
  private List<Table> tables() {
    if (tables == null) {
      tables = jdbc.execute((ConnectionCallback<List<Table>>) connection -> {
        DatabaseMetaData meta = connection.getMetaData();
        boolean upper = meta.storesUpperCaseIdentifiers();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), upper ? "ACT\\_%" : "act\\_%", null)) {
          while (rs.next()) {
            String name = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
            String type = rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
            columns.computeIfAbsent(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT), key -> new ArrayList<>())
                .add(type.startsWith("timestamp") ? "time:" + name : name);
          }
        }
        List<Table> found = new ArrayList<>();
        columns.forEach((table, names) -> {
          List<String> times = names.stream().filter(name -> name.startsWith("time:")).map(name -> name.substring(5)).toList();
          String instance = INSTANCE_COLUMNS.stream().filter(names::contains).findFirst().orElse(null);
          if (!times.isEmpty() && instance != null && names.contains("id_")) {
            found.add(new Table(table, instance, times, names.contains("duration_") && times.contains("start_time_")
                && times.contains("end_time_"), table.equals("act_hi_varinst") || table.equals("act_hi_detail")));
          }
        });
        return List.copyOf(found);
      });
    }
    return tables;
  }
}
