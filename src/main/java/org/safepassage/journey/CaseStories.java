package org.safepassage.journey;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
  private final RuntimeService runtimeService;

  CaseStories(HistoryService historyService, RuntimeService runtimeService) {
    this.historyService = historyService;
    this.runtimeService = runtimeService;
  }

  public List<CaseSummary> latestCases(int limit) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(JourneyProcess.KEY)
        .orderByProcessInstanceStartTime().desc().listPage(0, limit).stream().map(this::summary).toList();
  }

  public Optional<CaseSummary> find(String caseNumber) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(JourneyProcess.KEY)
        .processInstanceBusinessKey(caseNumber).list().stream().findFirst().map(this::summary);
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

  private CaseSummary summary(HistoricProcessInstance journey) {
    String stage = runtimeService.createProcessInstanceQuery().superProcessInstanceId(journey.getId()).list().stream()
        .map(ProcessInstance::getProcessDefinitionId)
        .map(id -> id.substring(0, id.indexOf(':')))
        .map(key -> STAGE_NAMES.getOrDefault(key, key))
        .findFirst().orElse("");
    String outcome = journey.getEndActivityId() == null ? "" : journey.getEndActivityId();
    if (JourneyProcess.CASE_CLOSED.equals(outcome)) {
      outcome += " (" + closureReason(journey.getId()) + ")";
    }
    return new CaseSummary(journey.getBusinessKey(), journey.getId(), journey.getState(), stage,
        instant(journey.getStartTime()), instant(journey.getEndTime()), outcome);
  }

  /** Why managers closed the case: a reason code, never personal data. */
  private Object closureReason(String journeyId) {
    var reason = historyService.createHistoricVariableInstanceQuery().processInstanceId(journeyId)
        .variableName(JourneyProcess.CLOSURE_REASON).singleResult();
    return reason == null ? "" : reason.getValue();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
