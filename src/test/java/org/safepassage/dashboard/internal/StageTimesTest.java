package org.safepassage.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Percentiles read off a day's counts are the ones percentile_cont takes off every duration. */
class StageTimesTest {

  @Test
  void theMedianOfAnEvenCountLiesHalfwayBetweenTheMiddleTwo() {
    assertThat(StageTimes.percentile(histogram(100, 140, 200, 360), 0.5)).isEqualTo(170.0);
    assertThat(StageTimes.percentile(histogram(100, 140, 200, 360), 0.9)).isCloseTo(312.0, within(1e-9));
  }

  @Test
  void aSingleStageIsItsOwnMedianAndNinetiethPercentile() {
    assertThat(StageTimes.percentile(histogram(250), 0.5)).isEqualTo(250.0);
    assertThat(StageTimes.percentile(histogram(250), 0.9)).isEqualTo(250.0);
  }

  @Test
  void countsGiveTheSamePercentilesAsTheDurationsOneByOne() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      long[] values = random.longs(1 + random.nextInt(500), 10, 40).toArray();
      Arrays.sort(values);
      for (double p : new double[] {0.1, 0.5, 0.9}) {
        assertThat(StageTimes.percentile(histogram(values), p)).as("p%s of %s", p, Arrays.toString(values))
            .isCloseTo(oneByOne(values, p), within(1e-9));
      }
    }
  }

  @Test
  void noStagesHaveNoPercentile() {
    assertThatThrownBy(() -> StageTimes.percentile(new TreeMap<>(), 0.5)).hasMessageContaining("No values");
  }

  /** percentile_cont's definition over the sorted values themselves. */
  private static double oneByOne(long[] sorted, double p) {
    double position = p * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }

  private static NavigableMap<Long, Long> histogram(long... values) {
    NavigableMap<Long, Long> histogram = new TreeMap<>();
    for (long value : values) {
      histogram.merge(value, 1L, Long::sum);
    }
    return histogram;
  }
}
