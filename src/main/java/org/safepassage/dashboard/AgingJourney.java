package org.safepassage.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.safepassage.arrival.ArrivalProcess;
import org.safepassage.firstcontact.FirstContactProcess;
import org.safepassage.journey.JourneyProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places a made-up case in the journey as if it had lived: opened some weeks ago, each stage
 * entered on its own day, perhaps arrived, protected or closed. The engine lives it now, at the
 * real clock, and the rows it wrote for the case are then moved back to the life's moments
 * ({@link BackDating}), so the dashboard's weekly flow and time in stage read real history rows.
 * The engine clock, one per JVM, is never set: jobs and requests served meanwhile see the true
 * time. For the demo's sample cases and the benchmark's seed; never for real cases.
 */
@Service
public class AgingJourney {

  private static final List<String> STAGES = JourneyProcess.STAGES;

  /**
   * One case's life: when each stage it reached began (first contact = opened), when the person
   * arrived (arrival stage only), and how it ended, if it did. A stay limit (visa stage) or an
   * asylum certificate date (arrived) gives the deadlines that come with them; an incident kind
   * reports a safety incident, left unanswered, hours after the case entered its last stage.
   */
  public record Life(String urgency, List<Instant> stageStarts, Optional<Instant> arrived, Optional<Instant> ended,
      Optional<String> closureReason, Optional<LocalDate> stayLimit, Optional<LocalDate> asylumCertificate,
      Optional<String> incident) {

    public Life {
      if (stageStarts.isEmpty() || stageStarts.size() > STAGES.size()) {
        throw new IllegalArgumentException("A case reaches one to four stages");
      }
      stageStarts = List.copyOf(stageStarts);
    }

    public Instant opened() {
      return stageStarts.get(0);
    }

    /**
     * A typical life for the {@code n}th sample case as of {@code now}: opened up to 16 weeks ago,
     * 1-5 days in first contact, 1-4 weeks in vetting, 3-9 weeks for the visa, 4-10 weeks from
     * arrival planning to protection; about one case in eleven closed early, urgencies mostly P2.
     * The same n and now always give the same life.
     */
    public static Life typical(int n, Instant now) {
      long h = mix(n);
      Duration age = Duration.ofHours(1 + Math.floorMod(h, 16L * 7 * 24));
      Instant opened = now.minus(age);
      Duration[] spans = {
          Duration.ofHours(24 + Math.floorMod(h >>> 8, 4L * 24)),
          Duration.ofDays(7 + Math.floorMod(h >>> 16, 21)),
          Duration.ofDays(21 + Math.floorMod(h >>> 24, 42)),
          Duration.ofDays(28 + Math.floorMod(h >>> 32, 42))};
      List<Instant> starts = new ArrayList<>(List.of(opened));
      Instant at = opened;
      for (int stage = 0; stage < STAGES.size() - 1 && at.plus(spans[stage]).isBefore(now); stage++) {
        at = at.plus(spans[stage]);
        starts.add(at);
      }
      Optional<Instant> arrived = Optional.empty();
      Optional<Instant> ended = Optional.empty();
      Optional<LocalDate> certificate = Optional.empty();
      if (starts.size() == STAGES.size()) {
        Instant arrival = starts.get(STAGES.size() - 1);
        Instant arrivedAt = arrival.plus(Duration.ofDays(3 + Math.floorMod(h >>> 40, 14)));
        if (arrivedAt.isBefore(now)) {
          arrived = Optional.of(arrivedAt);
          certificate = Optional.of(LocalDate.ofInstant(arrivedAt.plus(Duration.ofDays(3)), ZoneOffset.UTC));
        }
        if (arrival.plus(spans[3]).isBefore(now)) {
          ended = Optional.of(arrival.plus(spans[3]));
          certificate = Optional.empty();
        }
      }
      Optional<String> reason = Optional.empty();
      if (ended.isEmpty() && Math.floorMod(h >>> 44, 11) == 0) {
        Instant closedAt = starts.get(starts.size() - 1).plus(Duration.ofHours(12));
        if (closedAt.isBefore(now)) {
          ended = Optional.of(closedAt);
          JourneyProcess.ClosureReason[] reasons = JourneyProcess.ClosureReason.values();
          reason = Optional.of(reasons[Math.floorMod(h >>> 50, reasons.length)].name());
        }
      }
      Optional<LocalDate> stayLimit = starts.size() == 3 && ended.isEmpty()
          ? Optional.of(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(Math.floorMod(h >>> 52, 60)))
          : Optional.empty();
      int urgency = Math.floorMod(h >>> 56, 10);
      Optional<String> incident = ended.isEmpty() && Math.floorMod(h >>> 36, 17) == 0
          ? Optional.of(JourneyProcess.IncidentKind.values()[Math.floorMod(h >>> 60, 4)].name()) : Optional.empty();
      return new Life(urgency == 0 ? "P0" : urgency < 4 ? "P1" : "P2", starts, arrived, ended, reason, stayLimit,
          certificate, incident);
    }

    private static long mix(long n) {
      long z = n * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E5L;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }
  }

  private final RuntimeService runtimeService;
  private final BackDating backDating;

  AgingJourney(RuntimeService runtimeService, BackDating backDating) {
    this.runtimeService = runtimeService;
    this.backDating = backDating;
  }

  /**
   * Starts the case's journey and lives its life, then moves what the engine wrote back to the
   * life's moments, all in one transaction; returns the journey's id. Each step runs at the real
   * clock in a window of its own (a step begins after the last one's last millisecond), so
   * {@link BackDating} knows which moment every row stands for. The engine clock is only read.
   */
  @Transactional
  public String place(String caseNumber, Life life) {
    Steps steps = new Steps();
    String journey = live(caseNumber, life, steps);
    backDating.shiftCase(journey, steps.windows);
    return journey;
  }

  private String live(String caseNumber, Life life, Steps steps) {
    String journey = steps.at(life.opened(), () -> runtimeService.createProcessInstanceByKey(JourneyProcess.KEY)
        .businessKey(caseNumber)
        .setVariable(JourneyProcess.CASE_NUMBER, caseNumber)
        .setVariable(FirstContactProcess.URGENCY, life.urgency())
        .startBeforeActivity(STAGES.get(0))
        .execute().getId());
    for (int stage = 1; stage < life.stageStarts().size(); stage++) {
      int entered = stage;
      Instant start = life.stageStarts().get(stage);
      steps.at(start, () -> {
        if (entered == STAGES.size() - 1) {
          handOverVisa(journey, LocalDate.ofInstant(start, ZoneOffset.UTC));
        }
        runtimeService.createProcessInstanceModification(journey)
            .cancelAllForActivity(STAGES.get(entered - 1)).startBeforeActivity(STAGES.get(entered)).execute();
        return null;
      });
    }
    Instant lastStage = life.stageStarts().get(life.stageStarts().size() - 1);
    life.stayLimit().ifPresent(limit -> steps.at(lastStage, () -> {
      runtimeService.setVariable(stageOf(journey), ArrivalProcess.STAY_LIMIT, limit.toString());
      return null;
    }));
    life.arrived().ifPresent(arrived -> steps.at(arrived, () -> {
      runtimeService.createProcessInstanceModification(stageOf(journey))
          .cancelAllForActivity(ArrivalProcess.PLAN_TRAVEL)
          .startBeforeActivity(ArrivalProcess.RECEIVE_AT_RECEPTION_PLATFORM).execute();
      // Received and at the asylum desk the same day: what remains open is the OFPRA filing.
      life.asylumCertificate().ifPresent(day -> runtimeService.createProcessInstanceModification(stageOf(journey))
          .cancelAllForActivity(ArrivalProcess.RECEIVE_AT_RECEPTION_PLATFORM)
          .startBeforeActivity(ArrivalProcess.FILE_ASYLUM_APPLICATION)
          .setVariable(ArrivalProcess.ASYLUM_CERTIFICATE_DATE, day.toString()).execute());
      return null;
    }));
    life.incident().ifPresent(kind -> {
      Instant reported = lastStage.plus(Duration.ofHours(6));
      steps.at(reported, () -> runtimeService.createMessageCorrelation(JourneyProcess.SAFETY_INCIDENT_MESSAGE)
          .processInstanceId(journey)
          .setVariable(JourneyProcess.INCIDENT_KIND, kind)
          .setVariable(JourneyProcess.INCIDENT_REPORTED_AT, reported.toString())
          .correlateWithResult());
    });
    life.ended().ifPresent(ended -> steps.at(ended, () -> {
      if (life.closureReason().isPresent()) {
        runtimeService.createMessageCorrelation(JourneyProcess.CASE_CLOSURE_MESSAGE).processInstanceId(journey)
            .setVariable(JourneyProcess.CLOSURE_REASON, life.closureReason().get()).correlateWithResult();
      } else {
        runtimeService.createProcessInstanceModification(journey)
            .cancelAllForActivity(STAGES.get(STAGES.size() - 1)).startBeforeActivity(JourneyProcess.PERSON_PROTECTED)
            .execute();
      }
      return null;
    }));
    return journey;
  }

  /** The windows of real time a life's steps ran in, each with the moment of the life it stands for. */
  private static final class Steps {

    private final List<BackDating.Window> windows = new ArrayList<>();
    private Instant last = Instant.MIN;

    <T> T at(Instant moment, Supplier<T> step) {
      Instant from = now();
      while (!from.isAfter(last)) {
        Thread.onSpinWait();
        from = now();
      }
      T result = step.get();
      last = now();
      windows.add(new BackDating.Window(from, last, moment));
      return result;
    }

    /** The engine's now, as it stamps rows (only read: the clock is one per JVM). */
    private static Instant now() {
      return ClockUtil.getCurrentTime().toInstant();
    }
  }

  /** The stage process the journey is in now. */
  private String stageOf(String journeyId) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(journeyId).singleResult().getId();
  }

  /**
   * What a granted visa hands the arrival stage (the journey's data contract): the visa's
   * validity and the transit country's stay limit, here from the day the stage starts.
   */
  private void handOverVisa(String journeyId, LocalDate granted) {
    runtimeService.setVariables(journeyId, Map.of(
        ArrivalProcess.VISA_VALID_FROM, granted.toString(),
        ArrivalProcess.VISA_VALID_UNTIL, granted.plusDays(90).toString(),
        ArrivalProcess.STAY_LIMIT, granted.plusDays(45).toString()));
  }
}
