package org.safepassage.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.safepassage.arrival.ArrivalProcess;
import org.safepassage.firstcontact.FirstContactProcess;
import org.safepassage.journey.JourneyProcess;
import org.springframework.stereotype.Service;

/**
 * Places a made-up case in the journey as if it had lived: opened some weeks ago, each stage
 * entered on its own day, perhaps arrived, protected or closed. The engine writes the history
 * itself while its clock is set back to each of those moments (and set right again after), so
 * the dashboard's weekly flow and time in stage read real history rows. For the demo's sample
 * cases and the benchmark's seed; never for real cases.
 */
@Service
public class AgingJourney {

  private static final List<String> STAGES = JourneyProcess.STAGES;

  /** The engine clock is one per JVM: one case is placed at a time. */
  private static final Object CLOCK = new Object();

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

  AgingJourney(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** Starts the case's journey and lives its life, the engine clock at each moment; returns the journey's id. */
  public String place(String caseNumber, Life life) {
    synchronized (CLOCK) {
      long offset = ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis();
      try {
        return live(caseNumber, life);
      } finally {
        ClockUtil.reset();
        ClockUtil.offset(offset);
      }
    }
  }

  private String live(String caseNumber, Life life) {
    at(life.opened());
    ProcessInstance journey = runtimeService.createProcessInstanceByKey(JourneyProcess.KEY)
        .businessKey(caseNumber)
        .setVariable(JourneyProcess.CASE_NUMBER, caseNumber)
        .setVariable(FirstContactProcess.URGENCY, life.urgency())
        .startBeforeActivity(STAGES.get(0))
        .execute();
    for (int stage = 1; stage < life.stageStarts().size(); stage++) {
      at(life.stageStarts().get(stage));
      if (stage == STAGES.size() - 1) {
        handOverVisa(journey.getId(), LocalDate.ofInstant(life.stageStarts().get(stage), ZoneOffset.UTC));
      }
      runtimeService.createProcessInstanceModification(journey.getId())
          .cancelAllForActivity(STAGES.get(stage - 1)).startBeforeActivity(STAGES.get(stage)).execute();
    }
    life.stayLimit().ifPresent(limit ->
        runtimeService.setVariable(stageOf(journey.getId()), ArrivalProcess.STAY_LIMIT, limit.toString()));
    life.arrived().ifPresent(arrived -> {
      at(arrived);
      runtimeService.createProcessInstanceModification(stageOf(journey.getId()))
          .cancelAllForActivity(ArrivalProcess.PLAN_TRAVEL)
          .startBeforeActivity(ArrivalProcess.RECEIVE_AT_RECEPTION_PLATFORM).execute();
      // Received and at the asylum desk the same day: what remains open is the OFPRA filing.
      life.asylumCertificate().ifPresent(day -> runtimeService.createProcessInstanceModification(stageOf(journey.getId()))
          .cancelAllForActivity(ArrivalProcess.RECEIVE_AT_RECEPTION_PLATFORM)
          .startBeforeActivity(ArrivalProcess.FILE_ASYLUM_APPLICATION)
          .setVariable(ArrivalProcess.ASYLUM_CERTIFICATE_DATE, day.toString()).execute());
    });
    life.incident().ifPresent(kind -> {
      at(life.stageStarts().get(life.stageStarts().size() - 1).plus(Duration.ofHours(6)));
      runtimeService.createMessageCorrelation(JourneyProcess.SAFETY_INCIDENT_MESSAGE).processInstanceId(journey.getId())
          .setVariable(JourneyProcess.INCIDENT_KIND, kind)
          .setVariable(JourneyProcess.INCIDENT_REPORTED_AT, ClockUtil.getCurrentTime().toInstant().toString())
          .correlateWithResult();
    });
    life.ended().ifPresent(ended -> {
      at(ended);
      if (life.closureReason().isPresent()) {
        runtimeService.createMessageCorrelation(JourneyProcess.CASE_CLOSURE_MESSAGE).processInstanceId(journey.getId())
            .setVariable(JourneyProcess.CLOSURE_REASON, life.closureReason().get()).correlateWithResult();
      } else {
        runtimeService.createProcessInstanceModification(journey.getId())
            .cancelAllForActivity(STAGES.get(STAGES.size() - 1)).startBeforeActivity(JourneyProcess.PERSON_PROTECTED)
            .execute();
      }
    });
    return journey.getId();
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

  private static void at(Instant moment) {
    ClockUtil.setCurrentTime(Date.from(moment));
  }
}
