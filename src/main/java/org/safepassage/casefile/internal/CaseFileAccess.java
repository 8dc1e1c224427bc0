package org.safepassage.casefile.internal;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.safepassage.security.StaffMember;
import org.safepassage.casenumber.CaseNumber;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see a case's personal data: managers, and whoever holds an open task on the case,
 * that is a task assigned to them or offered, unclaimed, to one of their teams. Access follows the
 * task as it is now: once a colleague claims it, the rest of the team no longer sees the file, and
 * nobody keeps access because they once held a task. Staff cannot move a task to other people or
 * teams (StaffCommandGuard), so the task's team is the one its process offered it to.
 */
@Component
class CaseFileAccess {

  private final TaskService taskService;

  CaseFileAccess(TaskService taskService) {
    this.taskService = taskService;
  }

  /** The task the member of staff holds on the case, or none for a manager without one. */
  Task requireAccess(StaffMember staff, CaseNumber caseNumber) {
    Task held = heldTask(staff, caseNumber);
    if (held == null && !staff.isManager()) {
      throw new AccessDeniedException("You hold no task on case " + caseNumber);
    }
    return held;
  }

  private Task heldTask(StaffMember staff, CaseNumber caseNumber) {
    Task assigned = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber.value())
        .taskAssignee(staff.id()).active().list().stream().findFirst().orElse(null);
    if (assigned != null || staff.groups().isEmpty()) {
      return assigned;
    }
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber.value())
        .taskCandidateGroupIn(staff.groups().stream().toList()).taskUnassigned().active().list().stream().findFirst()
        .orElse(null);
  }
}
