package org.safepassage.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the managers' dashboard shows, as the JSON endpoint answers it: counts, durations and case
 * numbers only, never personal data. Stages and steps carry the processes' own names; their ids
 * ({@code stage}, {@code task}) are there for links into the case list.
 */
public record JourneyOverview(Instant asOf, List<PipelineCell> pipeline, List<FlowWeek> flow,
    List<StageTime> timeInStage, Listed<OpenIncident> incidents, Overdue overdue, Listed<Deadline> deadlines) {

  /** The first of a list (at most 200, the most pressing first) and how many there are in all. */
  public record Listed<T>(long total, List<T> first) {}

  /** Open cases in one stage at one urgency (P0, P1, P2, or "none" before triage). */
  public record PipelineCell(String stage, String stageName, String urgency, long cases) {}

  /** One ISO week (Monday {@code from}): cases that entered each step, and exits by reason code. */
  public record FlowWeek(String week, LocalDate from, long opened, long approvedInVetting, long visaGranted,
      long arrived, long protectedCount, List<Exit> exits) {}

  /** Cases that left the journey in a week without protection: the end event's name and reason code. */
  public record Exit(String exit, String reason, long cases) {}

  /** Days in a stage, for cases that finished it in the last 90 days. */
  public record StageTime(String stage, String stageName, long finished, double medianDays, double p90Days) {}

  /** An unanswered safety incident: its kind (a code), when reported, and legal's task on it. */
  public record OpenIncident(String caseNumber, String kind, Instant reportedAt, Instant due, String taskId,
      String journeyId) {}

  /** Human tasks past due: counted by team and by task, the oldest first (safety incidents before all). */
  public record Overdue(long total, List<Count> byTeam, List<Count> byTask, List<OverdueTask> tasks) {}

  public record Count(String name, long count) {}

  public record OverdueTask(String caseNumber, String task, String team, Instant due, boolean safetyIncident,
      String taskId, String journeyId) {}

  /** A legal clock that runs out in the next 7 days: OFPRA filing, an appeal, or a stay limit. */
  public record Deadline(String kind, String what, String caseNumber, LocalDate due, String journeyId) {}
}
