package org.safepassage.dashboard.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly flow's per-day counts, rolled up once a day is over: a day ended two days ago (by the
 * engine's clock) no longer gets history rows from the engine, so its counts are read from history
 * once and kept ({@code dashboard_flow_day}); later reads take them from there and count from
 * history only the days not rolled up yet (the last two, or days forgotten since). Exact as long
 * as history of a rolled-up day is not rewritten: the only writer into past days, the made-up
 * cases' back-dating, forgets the days it touches ({@link #forget}); deleting history of a day
 * within the window leaves that day's counts as they were (see the README).
 */
@Component
public class FlowDays {

  /** One count of the flow: on a day, a kind of step (0-5), for exits the end event's name and reason code. */
  record Happened(LocalDate day, int kind, String exitName, String reason, long cases) {}

  /** Days still open to the engine's writes, today included. */
  static final int OPEN_DAYS = 2;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate own;

  FlowDays(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.own = new TransactionTemplate(transactions);
    own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The counts of the days {@code from} to {@code to} (exclusive): rolled-up days from the roll-up,
   * the others counted by {@code fromHistory} (days from, to), rolling up those that are over.
   */
  List<Happened> between(LocalDate from, LocalDate to, LocalDate today, BiFunction<LocalDate, LocalDate, List<Happened>> fromHistory) {
    Set<LocalDate> rolled = new HashSet<>(jdbc.queryForList(
        "select on_day from dashboard_flow_day_done where on_day >= ? and on_day < ?", LocalDate.class,
        Date.valueOf(from), Date.valueOf(to)));
    List<Happened> counts = new ArrayList<>(jdbc.query(
        "select on_day, kind, exit_name, reason, cases from dashboard_flow_day where on_day >= ? and on_day < ?",
        (rs, row) -> new Happened(rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5)),
        Date.valueOf(from), Date.valueOf(to)));
    counts.removeIf(count -> !rolled.contains(count.day()));
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
      List<Happened> counted = fromHistory.apply(day, end);
      counts.addAll(counted);
      rollUp(day, end.isAfter(lastClosed.plusDays(1)) ? lastClosed.plusDays(1) : end, counted);
      day = end;
    }
    return counts;
  }

  /** Keeps the counts of the days from {@code from} to {@code to} (exclusive), each marked done; gives way to a concurrent roll-up. */
  private void rollUp(LocalDate from, LocalDate to, List<Happened> counted) {
    if (!from.isBefore(to)) {
      return;
    }
    try {
      own.executeWithoutResult(status -> {
        List<Object[]> days = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
          days.add(new Object[] {Date.valueOf(day), now});
        }
        jdbc.batchUpdate("insert into dashboard_flow_day_done (on_day, rolled_at) values (?, ?)", days);
        jdbc.batchUpdate("insert into dashboard_flow_day (on_day, kind, exit_name, reason, cases) values (?, ?, ?, ?, ?)",
            counted.stream().filter(count -> !count.day().isBefore(from) && count.day().isBefore(to))
                .map(count -> new Object[] {Date.valueOf(count.day()), count.kind(), count.exitName(), count.reason(), count.cases()})
                .toList());
      });
    } catch (DataAccessException concurrent) {
      // Another read rolled these days up meanwhile: its counts are the same.
    }
  }

  /** Forgets the roll-up of the days {@code from} to {@code to} (inclusive): history was written into them. */
  public void forget(LocalDate from, LocalDate to) {
    jdbc.update("delete from dashboard_flow_day_done where on_day >= ? and on_day <= ?", Date.valueOf(from), Date.valueOf(to));
    jdbc.update("delete from dashboard_flow_day where on_day >= ? and on_day <= ?", Date.valueOf(from), Date.valueOf(to));
  }
}
