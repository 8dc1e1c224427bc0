package org.safepassage.dashboard.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's figures that add up day by day (the weekly flow, the time in stage), rolled up
 * once a day is over: a day that ended two days ago (by the engine's clock) no longer gets history
 * rows from the engine, so its counts are read from history once and kept in the figure's table;
 * later reads take them from there and count from history only the days not rolled up yet (the
 * last two, or days forgotten since). Which days are rolled up is kept per figure in
 * {@code dashboard_day_done}. Exact as long as history of a rolled-up day is not rewritten: the
 * only writer into past days, the made-up cases' back-dating, forgets the days it touches
 * ({@link #forget}); deleting history of a day within a window leaves that day's counts as they
 * were (see the README).
 */
@Component
public class DayRollUps {

  /**
   * A figure kept per day in {@code table}: its columns after {@code on_day} (the last one the
   * count, {@code cases}), how a row of {@code select on_day, columns...} reads, and a row's day
   * and column values. With {@code summedOverDays}, the rolled-up days are read as one sum per
   * value of the other columns, dated the first day asked for: for figures over a whole window.
   */
  record Figure<R>(String name, String table, List<String> columns, RowMapper<R> reader, Function<R, LocalDate> day,
      Function<R, List<Object>> values, boolean summedOverDays) {

    Figure {
      if (!columns.get(columns.size() - 1).equals("cases")) {
        throw new IllegalArgumentException("A figure's last column is its count, cases: " + columns);
      }
    }
  }

  /** Every figure's table, each with an {@code on_day} column (V14, V15). */
  static final List<String> TABLES = List.of("dashboard_flow_day", "dashboard_stage_time_day");

  /** Days still open to the engine's writes, today included. */
  static final int OPEN_DAYS = 2;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate own;

  DayRollUps(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.own = new TransactionTemplate(transactions);
    own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The figure's rows of the days {@code from} to {@code to} (exclusive): rolled-up days from its
   * table, the others counted by {@code fromHistory} (days from, to), rolling up those that are over.
   */
  <R> List<R> between(Figure<R> figure, LocalDate from, LocalDate to, LocalDate today,
      BiFunction<LocalDate, LocalDate, List<R>> fromHistory) {
    Set<LocalDate> rolled = new HashSet<>(jdbc.queryForList(
        "select on_day from dashboard_day_done where figure = ? and on_day >= ? and on_day < ?", LocalDate.class,
        figure.name(), Date.valueOf(from), Date.valueOf(to)));
    List<R> rows = new ArrayList<>(rolled.isEmpty() ? List.of() : rolledUp(figure, from, rolled));
    LocalDate lastClosed = today.minusDays(OPEN_DAYS);
    LocalDate day = from;
    while (day.isBefore(to)) {
      if (rolled.contains(day)) {
        day = day.plusDays(1);
        continue;
      }
      LocalDate end = day;
      while (end.isBefore(to) && !rolled.contains(end)) {
        end = end.plusDays(1);
      }
      List<R> counted = fromHistory.apply(day, end);
      rows.addAll(counted);
      rollUp(figure, day, end.isAfter(lastClosed.plusDays(1)) ? lastClosed.plusDays(1) : end, counted);
      day = end;
    }
    return rows;
  }

  /** The rows of the given rolled-up days (those read as rolled up, so that no day is counted from history too). */
  private <R> List<R> rolledUp(Figure<R> figure, LocalDate from, Set<LocalDate> days) {
    List<Object> arguments = new ArrayList<>();
    String in = String.join(", ", Collections.nCopies(days.size(), "?"));
    String sql;
    if (figure.summedOverDays()) {
      List<String> keys = figure.columns().subList(0, figure.columns().size() - 1);
      sql = "select cast(? as date) as on_day, %1$s, sum(cases) as cases from %2$s where on_day in (%3$s) group by %1$s"
          .formatted(String.join(", ", keys), figure.table(), in);
      arguments.add(Date.valueOf(from));
    } else {
      sql = "select on_day, %s from %s where on_day in (%s)".formatted(String.join(", ", figure.columns()), figure.table(), in);
    }
    days.stream().map(Date::valueOf).forEach(arguments::add);
    return jdbc.query(sql, figure.reader(), arguments.toArray());
  }

  /** Keeps the rows of the days {@code from} to {@code to} (exclusive), each day marked done; gives way to a concurrent roll-up. */
  private <R> void rollUp(Figure<R> figure, LocalDate from, LocalDate to, List<R> counted) {
    if (!from.isBefore(to)) {
      return;
    }
    try {
      own.executeWithoutResult(status -> {
        List<Object[]> days = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
          days.add(new Object[] {figure.name(), Date.valueOf(day), now});
        }
        jdbc.batchUpdate("insert into dashboard_day_done (figure, on_day, rolled_at) values (?, ?, ?)", days);
        jdbc.batchUpdate("insert into %s (on_day, %s) values (?%s)".formatted(figure.table(), String.join(", ", figure.columns()),
            ", ?".repeat(figure.columns().size())),
            counted.stream().filter(row -> !figure.day().apply(row).isBefore(from) && figure.day().apply(row).isBefore(to))
                .map(row -> {
                  List<Object> values = new ArrayList<>();
                  values.add(Date.valueOf(figure.day().apply(row)));
                  values.addAll(figure.values().apply(row));
                  return values.toArray();
                })
                .toList());
      });
    } catch (DataAccessException concurrent) {
      // Another read rolled these days up meanwhile: its rows are the same.
    }
  }

  /** Forgets every figure's roll-up of the days {@code from} to {@code to} (inclusive): history was written into them. */
  public void forget(LocalDate from, LocalDate to) {
    jdbc.update("delete from dashboard_day_done where on_day >= ? and on_day <= ?", Date.valueOf(from), Date.valueOf(to));
    for (String table : TABLES) {
      jdbc.update("delete from " + table + " where on_day >= ? and on_day <= ?", Date.valueOf(from), Date.valueOf(to));
    }
  }
}
