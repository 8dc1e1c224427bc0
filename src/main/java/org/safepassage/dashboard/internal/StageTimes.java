package org.safepassage.dashboard.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safepassage.dashboard.JourneyOverview.StageTime;
import org.safepassage.journey.JourneyProcess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Time in stage: the median and 90th percentile days per stage, over the stages that ended in the
 * last 90 days. The database counts, per day and stage, how many stages ended after how long, with
 * each duration kept to two significant figures in tenths of a day ({@link #BUCKET}: 2.4 days,
 * 17 days, 120 days; the dashboard shows tenths); days that are over are rolled up once
 * ({@link DayRollUps}), so 90 days read a few thousand counts however many cases there are.
 * Java then sums the counts per stage and reads the percentiles off them as
 * {@code percentile_cont} would off every duration: interpolating between the two nearest.
 */
@Component
class StageTimes {

  static final Duration WINDOW = Duration.ofDays(90);

  /** On a day, how many of a stage ended after {@code tenths} tenths of a day. */
  record Ended(LocalDate day, String stage, String stageName, long tenths, long cases) {}

  static final DayRollUps.Figure<Ended> FIGURE = new DayRollUps.Figure<>("timeInStage", "dashboard_stage_time_day",
      List.of("stage", "stage_name", "tenths", "cases"),
      (rs, row) -> new Ended(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)),
      Ended::day, ended -> Arrays.asList(ended.stage(), ended.stageName(), ended.tenths(), ended.cases()), true);

  /** A duration in milliseconds as tenths of a day, to two significant figures. */
  static final String BUCKET = """
      cast(case when duration_ < 864000000 then round(duration_ / 8640000.0)
                when duration_ < 8640000000 then round(duration_ / 86400000.0) * 10
                else round(duration_ / 864000000.0) * 100 end as bigint)""";

  private static final ZoneId ZONE = ZoneId.systemDefault();

  private final JdbcTemplate jdbc;
  private final DayRollUps rollUps;

  StageTimes(JdbcTemplate jdbc, DayRollUps rollUps) {
    this.jdbc = jdbc;
    this.rollUps = rollUps;
  }

  /** Per stage that ended in the 90 days up to {@code now}: how many, and the median and 90th percentile days. */
  List<StageTime> asOf(Instant now) {
    Instant from = now.minus(WINDOW);
    LocalDate firstDay = LocalDate.ofInstant(from, ZONE).plusDays(1);
    LocalDate lastDay = LocalDate.ofInstant(now, ZONE);
    // The window's ends are parts of days, counted from history; the whole days between are rolled up.
    Timestamp lastMillisecond = Timestamp.from(now.plusMillis(1));
    List<Ended> ended = new ArrayList<>(fromHistory(Timestamp.from(from), min(startOf(firstDay), lastMillisecond)));
    if (firstDay.isBefore(lastDay)) {
      LocalDate engineToday = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
      ended.addAll(rollUps.between(FIGURE, firstDay, lastDay, engineToday,
          (first, end) -> fromHistory(startOf(first), startOf(end))));
    }
    if (!firstDay.isAfter(lastDay)) {
      ended.addAll(fromHistory(startOf(lastDay), lastMillisecond));
    }
    Map<String, List<Ended>> byStage = ended.stream().collect(Collectors.groupingBy(Ended::stage, LinkedHashMap::new,
        Collectors.toList()));
    return byStage.entrySet().stream()
        .map(stage -> {
          NavigableMap<Long, Long> histogram = new TreeMap<>();
          stage.getValue().forEach(count -> histogram.merge(count.tenths(), count.cases(), Long::sum));
          String name = stage.getValue().stream().map(Ended::stageName).filter(n -> n != null).findFirst().orElse(stage.getKey());
          return new StageTime(stage.getKey(), name, histogram.values().stream().mapToLong(Long::longValue).sum(),
              Math.round(percentile(histogram, 0.5)) / 10.0, Math.round(percentile(histogram, 0.9)) / 10.0);
        })
        .sorted(Comparator.comparing(time -> JourneyProcess.STAGES.indexOf(time.stage())))
        .toList();
  }

  /**
   * The {@code p} percentile of the values a histogram (value to how many times) holds, as
   * {@code percentile_cont}: the value at position p * (n - 1) of the sorted values,
   * interpolated between its neighbours.
   */
  static double percentile(NavigableMap<Long, Long> histogram, double p) {
    long n = histogram.values().stream().mapToLong(Long::longValue).sum();
    if (n == 0) {
      throw new IllegalArgumentException("No values to take a percentile of");
    }
    double position = p * (n - 1);
    long below = (long) Math.floor(position);
    long lower = valueAt(histogram, below);
    long upper = valueAt(histogram, Math.min(below + 1, n - 1));
    return lower + (position - below) * (upper - lower);
  }

  /** The value at 0-based position {@code index} of the sorted values. */
  private static long valueAt(NavigableMap<Long, Long> histogram, long index) {
    long seen = 0;
    for (Map.Entry<Long, Long> bucket : histogram.entrySet()) {
      seen += bucket.getValue();
      if (index < seen) {
        return bucket.getKey();
      }
    }
    throw new IllegalArgumentException("Position " + index + " is past the " + seen + " values");
  }

  /** The journey's stages that ended from {@code from} to {@code to} (exclusive): counts per day, stage and duration. */
  private List<Ended> fromHistory(Timestamp from, Timestamp to) {
    if (!from.before(to)) {
      return List.of();
    }
    // Literals, not parameters, for the key and type: they are the predicate of the index read (sp_dash_stage_ended).
    return jdbc.query("""
        select on_day, stage, max(stage_name) as stage_name, tenths, count(*) as cases from (
          select cast(end_time_ as date) as on_day, act_id_ as stage, act_name_ as stage_name, %s as tenths
          from act_hi_actinst
          where proc_def_key_ = '%s' and act_type_ = 'callActivity' and act_id_ in (%s) and end_time_ >= ? and end_time_ < ?
        ) ended
        group by on_day, stage, tenths""".formatted(BUCKET, JourneyProcess.KEY,
            JourneyProcess.STAGES.stream().map(stage -> "'" + stage + "'").collect(Collectors.joining(", "))),
        (rs, row) -> new Ended(rs.getDate("on_day").toLocalDate(), rs.getString("stage"), rs.getString("stage_name"),
            rs.getLong("tenths"), rs.getLong("cases")),
        from, to);
  }

  private static Timestamp startOf(LocalDate day) {
    return Timestamp.valueOf(day.atStartOfDay());
  }

  private static Timestamp min(Timestamp a, Timestamp b) {
    return a.before(b) ? a : b;
  }
}
