package org.safepassage.dashboard.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationContext;

/** Each of the dashboard's queries as a call, for the benchmark (which lives in another package). */
public final class OverviewQueryCalls {

  private OverviewQueryCalls() {
  }

  public static Map<String, Callable<Object>> of(ApplicationContext app) {
    OverviewQueries queries = app.getBean(OverviewQueries.class);
    Map<String, Callable<Object>> calls = new LinkedHashMap<>();
    calls.put("pipeline (open cases per stage and urgency)", queries::pipeline);
    calls.put("flow per week (12 weeks)", () -> queries.flow(now()));
    calls.put("time in stage (median, p90, 90 days)", () -> queries.timeInStage(now()));
    calls.put("open safety incidents", queries::incidents);
    calls.put("overdue tasks (by team, by task, list)", () -> queries.overdue(now()));
    calls.put("deadlines in the next 7 days", () -> queries.deadlines(now()));
    return calls;
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
