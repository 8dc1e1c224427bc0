package org.safepassage.journey.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.safepassage.journey.JourneyProcess;
import org.springframework.stereotype.Service;

/**
 * Every case's story as the engine remembers it: which stage it is in, and each step taken,
 * when and by whom. Built from Camunda's history only, so it holds no personal data.
 */
@Service
public class CaseStories {

  static final Map<String, String> STAGE_NAMES = Map.of(
      "first-contact", "First contact", "vetting", "Vetting", "consular-visa", "Consular visa", "arrival", "Arrival");

  private static final List<String> STEP_TYPES = List.of("userTask", "noneEndEvent", "startEvent");

  /** One line of the case list. */
  public record CaseSummary(String caseNumber, String journeyId, String state, String stage, Instant openedAt,
      Instant endedAt, String outcome) {}

  /** One step of a case's story. */
  public record Step(Instant at, String stage, String step, String by, Instant doneAt) {}

  private final HistoryService historyService;

  CaseStories(HistoryService historyService) {
    this.historyService = historyService;
  }

  /**
   * One page of the case list, newest first. Two queries whatever the page size: the journeys,
   * then the stage each of them is in.
   */
  public List<CaseSummary> latestCases(int first, int count) {
    return summaries(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(JourneyProcess.KEY)
        .orderByProcessInstanceStartTime().desc().listPage(first, count));
  }

  public Optional<CaseSummary> find(String caseNumber) {
    return summaries(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(JourneyProcess.KEY)
        .processInstanceBusinessKey(caseNumber).list()).stream().findFirst();
  }

  public List<Step> story(String caseNumber) {
    Map<String, String> stageOf = new HashMap<>();
    List<HistoricProcessInstance> instances =
        historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list();
    instances.forEach(instance -> stageOf.put(instance.getId(),
        STAGE_NAMES.getOrDefault(instance.getProcessDefinitionKey(), "Journey")));
    Map<String, String> completedBy = new HashMap<>();
    instances.forEach(instance -> historyService.createUserOperationLogQuery().processInstanceId(instance.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()
        .forEach(entry -> completedBy.put(entry.getTaskId(), entry.getUserId())));
    return instances.stream()
        .flatMap(instance -> historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
            .list().stream())
        .filter(activity -> STEP_TYPES.contains(activity.getActivityType()))
        .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime).thenComparing(HistoricActivityInstance::getId))
        .map(activity -> new Step(instant(activity.getStartTime()), stageOf.get(activity.getProcessInstanceId()),
            activity.getActivityName(), who(activity, completedBy), instant(activity.getEndTime())))
        .toList();
  }

  /** Whoever completed a task (from the engine's operation log), else whoever holds it now. */
  private static String who(HistoricActivityInstance activity, Map<String, String> completedBy) {
    String completer = activity.getTaskId() == null ? null : completedBy.get(activity.getTaskId());
    return completer != null ? completer : activity.getAssignee();
  }

  private List<CaseSummary> summaries(List<HistoricProcessInstance> journeys) {
    if (journeys.isEmpty()) {
      return List.of();
    }
    // A running stage is an unfinished instance of a stage process under the case's number.
    Map<String, String> stageOf = new HashMap<>();
    historyService.createHistoricProcessInstanceQuery().unfinished()
        .processInstanceBusinessKeyIn(journeys.stream().map(HistoricProcessInstance::getBusinessKey).toArray(String[]::new))
        .list().stream()
        .filter(instance -> !JourneyProcess.KEY.equals(instance.getProcessDefinitionKey()))
        .forEach(instance -> stageOf.put(instance.getBusinessKey(),
            STAGE_NAMES.getOrDefault(instance.getProcessDefinitionKey(), instance.getProcessDefinitionKey())));
    Map<String, Object> closureReasons = closureReasons(journeys);
    return journeys.stream().map(journey -> new CaseSummary(journey.getBusinessKey(), journey.getId(), journey.getState(),
        journey.getEndTime() == null ? stageOf.getOrDefault(journey.getBusinessKey(), "") : "",
        instant(journey.getStartTime()), instant(journey.getEndTime()), outcome(journey, closureReasons))).toList();
  }

  private static String outcome(HistoricProcessInstance journey, Map<String, Object> closureReasons) {
    String outcome = journey.getEndActivityId() == null ? "" : journey.getEndActivityId();
    return JourneyProcess.CASE_CLOSED.equals(outcome) ? outcome + " (" + closureReasons.getOrDefault(journey.getId(), "") + ")" : outcome;
  }

  /** Why managers closed these cases, in one query: reason codes, never personal data. */
  private Map<String, Object> closureReasons(List<HistoricProcessInstance> journeys) {
    Map<String, Object> reasons = new HashMap<>();
    historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(journeys.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
        .variableName(JourneyProcess.CLOSURE_REASON).list()
        .forEach(reason -> reasons.put(reason.getProcessInstanceId(), reason.getValue()));
    return reasons;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
