package org.safepassage.journey.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.safepassage.journey.JourneyProcess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Every case's story as the engine remembers it: which stage it is in, and each step taken,
 * when and by whom. Built from Camunda's history only, so it holds no personal data. Stages and
 * ends are named as the processes name them (the journey's call activities and end events).
 */
@Service
public class CaseStories {

  private static final List<String> STEP_TYPES = List.of("userTask", "noneEndEvent", "startEvent");
  private static final String CALL_ACTIVITY = "callActivity";

  /** One line of the case list; the stage is the one the case is in, or ended in. */
  public record CaseSummary(String caseNumber, String journeyId, String state, String stage, Instant openedAt,
      Instant endedAt, String outcome) {}

  /** One step of a case's story. */
  public record Step(Instant at, String stage, String step, String by, Instant doneAt) {}

  /** Which open cases a list shows: in one stage (a call activity id), at one urgency, or all. */
  public record Filter(Optional<String> stage, Optional<String> urgency) {

    public static final Filter ALL = new Filter(Optional.empty(), Optional.empty());

    public boolean isAll() {
      return stage.isEmpty() && urgency.isEmpty();
    }
  }

  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final JdbcTemplate jdbc;

  CaseStories(HistoryService historyService, RepositoryService repositoryService, JdbcTemplate jdbc) {
    this.historyService = historyService;
    this.repositoryService = repositoryService;
    this.jdbc = jdbc;
  }

  /**
   * One page of the case list, newest first. Two queries whatever the page size: the journeys,
   * then the stages they are or were in.
   */
  public List<CaseSummary> latestCases(int first, int count) {
    return latestCases(Filter.ALL, first, count);
  }

  /**
   * One page of the cases a filter picks, newest first: with a filter, only open cases whose
   * journey is in that stage now (and whose urgency matches), as the dashboard counts them.
   */
  public List<CaseSummary> latestCases(Filter filter, int first, int count) {
    if (filter.isAll()) {
      return latestOfAll(first, count);
    }
    StringBuilder sql = new StringBuilder("select p.* from act_hi_procinst p"
        + " join act_hi_actinst a on a.proc_inst_id_ = p.id_ and a.act_type_ = 'callActivity' and a.end_time_ is null");
    filter.urgency().ifPresent(urgency -> sql.append(
        " join act_ru_variable u on u.execution_id_ = p.id_ and u.name_ = 'urgency' and u.text_ = #{urgency}"));
    sql.append(" where p.proc_def_key_ = 'journey'");
    filter.stage().ifPresent(stage -> sql.append(" and a.act_id_ = #{stage}"));
    sql.append(" order by p.start_time_ desc, p.id_");
    var query = historyService.createNativeHistoricProcessInstanceQuery().sql(sql.toString());
    filter.stage().ifPresent(stage -> query.parameter("stage", stage));
    filter.urgency().ifPresent(urgency -> query.parameter("urgency", urgency));
    return summaries(query.listPage(first, count));
  }

  /**
   * One page of the case list, newest first. A few queries whatever the page size: the page's
   * journeys, then the stage each of them is in. The page is picked from the engine's history
   * table along the index {@code ACT_IDX_HI_PRO_INST_KEY_START}: the engine's own query would
   * {@code select distinct} and so sort every journey before taking the page. The journeys are
   * then read through the engine, with its authorization check.
   */
  private List<CaseSummary> latestOfAll(int first, int count) {
    List<String> page = jdbc.queryForList("select ID_ from ACT_HI_PROCINST where PROC_DEF_KEY_ = ?"
        + " order by START_TIME_ desc, ID_ desc limit ? offset ?", String.class, JourneyProcess.KEY, count, first);
    if (page.isEmpty()) {
      return List.of();
    }
    Map<String, HistoricProcessInstance> journeys = new HashMap<>();
    historyService.createHistoricProcessInstanceQuery().processInstanceIds(new HashSet<>(page)).list()
        .forEach(journey -> journeys.put(journey.getId(), journey));
    return summaries(page.stream().map(journeys::get).filter(Objects::nonNull).toList());
  }

  public Optional<CaseSummary> find(String caseNumber) {
    return summaries(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(JourneyProcess.KEY)
        .processInstanceBusinessKey(caseNumber).list()).stream().findFirst();
  }

  public List<Step> story(String caseNumber) {
    List<HistoricProcessInstance> instances =
        historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list();
    Map<String, String> completedBy = new HashMap<>();
    instances.forEach(instance -> historyService.createUserOperationLogQuery().processInstanceId(instance.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()
        .forEach(entry -> completedBy.put(entry.getTaskId(), entry.getUserId())));
    List<HistoricActivityInstance> activities = instances.stream()
        .flatMap(instance -> historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
            .list().stream())
        .toList();
    // A stage's steps are named after the journey's call activity that started that stage.
    Map<String, String> stageOf = new HashMap<>();
    activities.stream().filter(activity -> activity.getCalledProcessInstanceId() != null)
        .forEach(call -> stageOf.put(call.getCalledProcessInstanceId(), call.getActivityName()));
    String journeyName = instances.stream().filter(instance -> JourneyProcess.KEY.equals(instance.getProcessDefinitionKey()))
        .findFirst().map(journey -> processName(journey.getProcessDefinitionId())).orElse("");
    return activities.stream()
        .filter(activity -> STEP_TYPES.contains(activity.getActivityType()))
        .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime).thenComparing(HistoricActivityInstance::getId))
        .map(activity -> new Step(instant(activity.getStartTime()),
            stageOf.getOrDefault(activity.getProcessInstanceId(), journeyName),
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
    // The stage a case is in, or ended in: the journey's latest call activity, named as journey.bpmn names it.
    Map<String, String> stageOf = new HashMap<>();
    Map<String, Date> stageStarted = new HashMap<>();
    StringBuilder ids = new StringBuilder();
    for (int i = 0; i < journeys.size(); i++) {
      ids.append(i == 0 ? "" : ", ").append("#{id").append(i).append('}');
    }
    var calls = historyService.createNativeHistoricActivityInstanceQuery()
        .sql("select * from act_hi_actinst where act_type_ = '" + CALL_ACTIVITY + "' and proc_inst_id_ in (" + ids + ")");
    for (int i = 0; i < journeys.size(); i++) {
      calls.parameter("id" + i, journeys.get(i).getId());
    }
    calls.list().forEach(call -> {
      Date started = stageStarted.get(call.getProcessInstanceId());
      if (started == null || !call.getStartTime().before(started)) {
        stageStarted.put(call.getProcessInstanceId(), call.getStartTime());
        stageOf.put(call.getProcessInstanceId(), call.getActivityName());
      }
    });
    Map<String, Object> closureReasons = closureReasons(journeys);
    return journeys.stream().map(journey -> new CaseSummary(journey.getBusinessKey(), journey.getId(), journey.getState(),
        stageOf.getOrDefault(journey.getId(), ""), instant(journey.getStartTime()), instant(journey.getEndTime()),
        outcome(journey, closureReasons))).toList();
  }

  /** How a case ended, in the words of its end event, with the reason code when one was given. */
  private String outcome(HistoricProcessInstance journey, Map<String, Object> closureReasons) {
    if (journey.getEndActivityId() == null) {
      return "";
    }
    String ended = elementName(journey.getProcessDefinitionId(), journey.getEndActivityId());
    Object reason = closureReasons.get(journey.getId());
    return reason == null ? ended : ended + " (" + reason + ")";
  }

  /** An element's name in the deployed model (the engine caches the model), or its id if it has none. */
  private String elementName(String processDefinitionId, String elementId) {
    ModelElementInstance element = repositoryService.getBpmnModelInstance(processDefinitionId).getModelElementById(elementId);
    String name = element instanceof FlowElement flowElement ? flowElement.getName() : null;
    return name == null || name.isBlank() ? elementId : name;
  }

  /** A stage's name (a call activity of the journey), as the latest journey model names it. */
  public String stageName(String stage) {
    String journey = repositoryService.createProcessDefinitionQuery().processDefinitionKey(JourneyProcess.KEY)
        .latestVersion().singleResult().getId();
    return elementName(journey, stage);
  }

  private String processName(String processDefinitionId) {
    return repositoryService.getProcessDefinition(processDefinitionId).getName();
  }

  /** Why these cases ended early, in one query: reason codes, never personal data. */
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
