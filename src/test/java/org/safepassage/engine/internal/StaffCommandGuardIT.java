package org.safepassage.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safepassage.support.CaseSnapshot;
import org.safepassage.support.Intakes;
import org.safepassage.support.JourneyWalk;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffApi;
import org.safepassage.support.StaffApi.Demo;
import org.safepassage.visa.ConsularVisaProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The engine itself refuses the side doors to a logged-in member of staff, through the Java API,
 * with no URL involved: the guard holds even where the edge's allow-list is bypassed.
 */
@PostgresIntegrationTest
class StaffCommandGuardIT {

  static final Map<String, Object> APPROVED = Map.of("vettingOutcome", "APPROVED");

  @Autowired
  ProcessEngine engine;

  @Autowired
  TestRestTemplate http;

  @AfterEach
  void logOut() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void theEngineRefusesEverySideDoorToAVettingOfficerAndTheCaseStaysAsItWas() {
    String caseNumber = caseAtVetting();
    Task task = vettingTask(caseNumber);
    String id = task.getId();
    String process = task.getProcessInstanceId();
    CaseSnapshot before = CaseSnapshot.of(engine, caseNumber);
    TaskService tasks = engine.getTaskService();

    Map<String, ThrowingCallable> sideDoors = new LinkedHashMap<>();
    sideDoors.put("BPMN error with an outcome", () -> tasks.handleBpmnError(id, "vettingDone", "done", APPROVED));
    sideDoors.put("escalation", () -> tasks.handleEscalation(id, "vettingDone", APPROVED));
    sideDoors.put("resolve", () -> tasks.resolveTask(id, APPROVED));
    sideDoors.put("resolve without variables", () -> tasks.resolveTask(id));
    sideDoors.put("task variable", () -> tasks.setVariable(id, "vettingOutcome", "APPROVED"));
    sideDoors.put("task-local variable", () -> tasks.setVariableLocal(id, "note", "Hotel Leak"));
    sideDoors.put("process variable", () -> engine.getRuntimeService().setVariable(process, "vettingOutcome", "APPROVED"));
    sideDoors.put("removing a variable", () -> engine.getRuntimeService().removeVariable(process, "caseNumber"));
    sideDoors.put("comment", () -> tasks.createComment(id, process, "met Ivan at Hotel Leak"));
    sideDoors.put("attachment", () -> tasks.createAttachment("text", id, process, "notes", "Hotel Leak",
        new ByteArrayInputStream(new byte[1])));
    sideDoors.put("candidate group", () -> tasks.addCandidateGroup(id, "logistics"));
    sideDoors.put("candidate user", () -> tasks.addCandidateUser(id, "lea"));
    sideDoors.put("owner", () -> tasks.setOwner(id, "lea"));
    sideDoors.put("delegation", () -> tasks.delegateTask(id, "lea"));
    sideDoors.put("claim for someone else", () -> tasks.claim(id, "lea"));
    sideDoors.put("assigning someone else", () -> tasks.setAssignee(id, "lea"));
    sideDoors.put("renaming", () -> {
      Task renamed = tasks.createTaskQuery().taskId(id).singleResult();
      renamed.setName("Call Ivan at Hotel Leak");
      tasks.saveTask(renamed);
    });
    sideDoors.put("a loose task", () -> tasks.saveTask(tasks.newTask()));
    sideDoors.put("message", () -> engine.getRuntimeService().createMessageCorrelation("anything").correlateAll());
    sideDoors.put("signal", () -> engine.getRuntimeService().signalEventReceived("anything"));
    sideDoors.put("moving the token", () -> engine.getRuntimeService().createProcessInstanceModification(process)
        .cancelAllForActivity(task.getTaskDefinitionKey()).execute());
    sideDoors.put("deleting the case", () -> engine.getRuntimeService().deleteProcessInstance(process, "gone"));
    sideDoors.put("counts beyond one's tasks", () -> engine.getManagementService().createProcessDefinitionStatisticsQuery().list());
    sideDoors.put("a report", () -> engine.getHistoryService().createHistoricProcessInstanceReport().duration(
        org.camunda.bpm.engine.query.PeriodUnit.MONTH));

    engine.getIdentityService().setAuthentication(Demo.VIKTOR.id, List.of(Demo.VIKTOR.team));
    sideDoors.forEach((door, call) -> assertThatThrownBy(call).as(door)
        .isInstanceOf(AuthorizationException.class).hasMessageStartingWith("Safe Passage: "));
    assertThatThrownBy(() -> tasks.complete(id, APPROVED)).as("completing with a variable the form does not have")
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Not fields of this task's form: vettingOutcome");
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(id, APPROVED)).as("submitting it")
        .isInstanceOf(FormFieldValidationException.class);
    engine.getIdentityService().clearAuthentication();

    assertThat(CaseSnapshot.of(engine, caseNumber)).isEqualTo(before);
  }

  @Test
  void managersAssignTasksOnlyToMembersOfTheTasksTeam() {
    String id = vettingTask(caseAtVetting()).getId();
    TaskService tasks = engine.getTaskService();

    engine.getIdentityService().setAuthentication(Demo.MAX.id, List.of(Demo.MAX.team));
    assertThatThrownBy(() -> tasks.setAssignee(id, Demo.LEA.id)).isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("only to a member of its team (vetting)");
    tasks.setAssignee(id, Demo.VIKTOR.id);

    engine.getIdentityService().setAuthentication(Demo.SARA.id, List.of(Demo.SARA.team));
    assertThatThrownBy(() -> tasks.setAssignee(id, null)).as("someone else giving it back")
        .isInstanceOf(AuthorizationException.class);

    engine.getIdentityService().setAuthentication(Demo.VIKTOR.id, List.of(Demo.VIKTOR.team));
    assertThatThrownBy(() -> tasks.setAssignee(id, Demo.SARA.id)).as("passing it on").isInstanceOf(AuthorizationException.class);
    tasks.setAssignee(id, null);
    tasks.claim(id, Demo.VIKTOR.id);
    assertThat(tasks.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo(Demo.VIKTOR.id);
  }

  @Test
  void theAdministratorManagesAccountsButDeploysNothing() {
    engine.getIdentityService().setAuthentication("admin", List.of("camunda-admin"));
    String userId = "guardprobe" + System.nanoTime();
    assertThatCode(() -> engine.getIdentityService().saveUser(engine.getIdentityService().newUser(userId)))
        .doesNotThrowAnyException();
    engine.getIdentityService().deleteUser(userId);
    assertThatThrownBy(() -> engine.getRepositoryService().createDeployment()
        .addString("probe.bpmn", "<definitions/>").deploy()).isInstanceOf(AuthorizationException.class);
  }

  @Test
  void theAppsOwnServicesAndTheProcessesThemselvesStayFree() {
    String caseNumber = caseAtVetting();
    String id = vettingTask(caseNumber).getId();
    // No logged-in user: the app's own services, the job executor, timers.
    engine.getTaskService().setVariableLocal(id, "guardProbe", 1);
    engine.getTaskService().removeVariableLocal(id, "guardProbe");
    // Delegates and listeners run inside a staff member's allowed call (completing a form) and set
    // variables the caller may not: the journey moves on.
    new JourneyWalk(http).walk(caseNumber, JourneyWalk.TO_PROTECTION.subList(2, 5));
    assertThat(StaffApi.as(http, Demo.LEA).tasks(caseNumber)).extracting(task -> task.get("taskDefinitionKey"))
        .containsExactly(ConsularVisaProcess.ASSESS_ROUTE);
  }

  private String caseAtVetting() {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    new JourneyWalk(http).walk(caseNumber, JourneyWalk.TO_PROTECTION.subList(0, 2));
    return caseNumber;
  }

  private Task vettingTask(String caseNumber) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
  }
}
