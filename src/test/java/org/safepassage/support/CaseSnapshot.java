package org.safepassage.support;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Everything a side-door call could change about a case in Camunda, read straight from the engine:
 * its open tasks (name, assignee, owner, delegation, identity links, comments, attachments), every
 * variable, the history's variable details and operation log, and where the journey stands.
 * Two equal snapshots mean nothing reached Camunda in between.
 */
public record CaseSnapshot(List<String> tasks, List<String> variables, long historicDetails, long operations,
    List<String> activeActivities) {

  public static CaseSnapshot of(ProcessEngine engine, String caseNumber) {
    List<String> tasks = new ArrayList<>();
    for (Task task : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).orderByTaskId().asc().list()) {
      TreeSet<String> links = new TreeSet<>();
      engine.getTaskService().getIdentityLinksForTask(task.getId())
          .forEach(link -> links.add(link.getType() + ":" + link.getUserId() + ":" + link.getGroupId()));
      tasks.add(String.join("|", task.getId(), task.getName(), String.valueOf(task.getDescription()),
          String.valueOf(task.getAssignee()), String.valueOf(task.getOwner()), String.valueOf(task.getDelegationState()),
          links.toString(), "comments=" + engine.getTaskService().getTaskComments(task.getId()).size(),
          "attachments=" + engine.getTaskService().getTaskAttachments(task.getId()).size()));
    }
    List<String> processes = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .list().stream().map(ProcessInstance::getId).sorted().toList();
    TreeSet<String> variables = new TreeSet<>();
    long details = 0;
    long operations = 0;
    List<String> activities = new ArrayList<>();
    for (String process : processes) {
      engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(process).list()
          .forEach(variable -> variables.add(variable.getName() + "@" + variable.getActivityInstanceId() + "=" + variable.getValue()));
      details += engine.getHistoryService().createHistoricDetailQuery().processInstanceId(process).count();
      operations += engine.getHistoryService().createUserOperationLogQuery().processInstanceId(process).count();
      activities.addAll(engine.getRuntimeService().getActiveActivityIds(process));
    }
    return new CaseSnapshot(tasks, List.copyOf(variables), details, operations, activities.stream().sorted().toList());
  }
}
