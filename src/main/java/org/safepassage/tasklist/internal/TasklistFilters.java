package org.safepassage.tasklist.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.safepassage.casenumber.CaseVariables;
import org.safepassage.journey.JourneyProcess;
import org.safepassage.security.StaffAuthorizations;
import org.safepassage.security.StaffGroup;
import org.safepassage.security.TeamsReady;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The saved filters staff find in Tasklist: their team's open tasks first, then their own, then
 * what is overdue; managers also see every open task, open safety incidents at the top (the
 * incident task has the highest priority, 110), and, like legal, a list of the open incidents
 * above all others. Each list shows the case number.
 */
@Component
class TasklistFilters {

  private static final String SAFETY_INCIDENTS = "Safety incidents";

  private final FilterService filterService;
  private final TaskService taskService;
  private final StaffAuthorizations authorizations;

  TasklistFilters(FilterService filterService, TaskService taskService, StaffAuthorizations authorizations) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizations = authorizations;
  }

  @EventListener(TeamsReady.class)
  void ensureFilters() {
    List<StaffGroup> everyone = List.of(StaffGroup.values());
    for (StaffGroup team : StaffGroup.values()) {
      ensure(team.displayName() + ": open tasks", 1, "Tasks waiting for the " + team.displayName().toLowerCase() + " team",
          taskService.createTaskQuery().taskCandidateGroup(team.id()).includeAssignedTasks().orderByDueDate().asc(),
          List.of(team));
    }
    ensure("My tasks", 2, "Tasks I have claimed",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc(), everyone);
    ensure("Overdue", 3, "Open tasks past their due date",
        taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc(), everyone);
    ensure("All open tasks", 4, "Every open task of every case, open safety incidents first",
        taskService.createTaskQuery().orderByTaskPriority().desc().orderByDueDate().asc(), List.of(StaffGroup.MANAGERS));
    ensure(SAFETY_INCIDENTS, 0, "Open safety incidents, the one due soonest first",
        taskService.createTaskQuery().taskDefinitionKey(JourneyProcess.RESPOND_TO_SAFETY_INCIDENT).orderByDueDate().asc(),
        List.of(StaffGroup.MANAGERS, StaffGroup.LEGAL));
  }

  private void ensure(String name, int priority, String description, TaskQuery query, List<StaffGroup> teams) {
    Filter filter = filterService.createFilterQuery().filterName(name).list().stream().findFirst()
        .orElseGet(filterService::newTaskFilter);
    filter.setName(name);
    filter.setQuery(query);
    filter.setProperties(properties(priority, description));
    filterService.saveFilter(filter);
    teams.forEach(team -> authorizations.grantFilter(team, filter.getId()));
  }

  private static Map<String, Object> properties(int priority, String description) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("description", description);
    properties.put("refresh", true);
    properties.put("variables", List.of(
        Map.of("name", CaseVariables.CASE_NUMBER, "label", "Case"),
        Map.of("name", CaseVariables.URGENCY, "label", "Urgency")));
    return properties;
  }
}
