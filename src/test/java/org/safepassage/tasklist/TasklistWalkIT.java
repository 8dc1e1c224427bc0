package org.safepassage.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.safepassage.firstcontact.internal.CaseOpening;
import org.safepassage.firstcontact.FirstContactProcess;
import org.safepassage.vetting.VettingProcess;
import org.safepassage.firstcontact.internal.IntakeRequest;
import org.safepassage.journey.JourneyProcess;
import org.safepassage.support.Chromium;
import org.safepassage.support.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What intake staff do in Camunda Tasklist with a newly opened case, in a real browser against
 * the whole app on PostgreSQL. Screenshots go to target/screenshots/.
 */
@PostgresIntegrationTest
@ExtendWith({Chromium.Available.class, OutputCaptureExtension.class})
class TasklistWalkIT {

  private static final String INTAKE_FILTER = "Intake: open tasks";
  private static final String HOLD_SAFETY_CALL = "Hold safety call";
  private static final String ASSESS_URGENCY = "Assess urgency";
  private static final String SAFETY_CALL_HELD = "The safety call took place over a secure channel";
  private static final String OUTCOME = "What came of the call?";

  @RegisterExtension
  final Chromium chromium = new Chromium();

  @LocalServerPort
  int port;

  @Autowired
  CaseOpening caseOpening;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  private final List<String> openedCases = new ArrayList<>();

  @Test
  void intakeCoordinatorTakesTheCaseOnInTasklist(CapturedOutput log) {
    String caseNumber = openCase();

    TasklistPage.openLoginPage(chromium, baseUrl());
    chromium.screenshot("tasklist-walk-01-login-page");
    TasklistPage tasklist = TasklistPage.logIn(chromium, baseUrl(), "ines", "ines-demo");
    tasklist.selectFilter(INTAKE_FILTER);
    tasklist.openTask(ASSESS_URGENCY, caseNumber);
    tasklist.claim();
    tasklist.choose("In a unit or at the front");
    tasklist.choose("Internal ID only");
    chromium.screenshot("tasklist-walk-02-assess-urgency");
    tasklist.complete();

    tasklist.awaitTaskGone(ASSESS_URGENCY, caseNumber);
    tasklist.openTask(HOLD_SAFETY_CALL, caseNumber);
    assertThat(tasksOf(caseNumber)).singleElement().satisfies(call -> {
      assertThat(call.getTaskDefinitionKey()).isEqualTo(FirstContactProcess.HOLD_SAFETY_CALL);
      assertThat(taskService.getVariable(call.getId(), FirstContactProcess.URGENCY)).as("the table's answer").isEqualTo("P1");
      assertThat(call.getDueDate()).as("due within 24 hours").isNotNull();
    });
    tasklist.claim();
    tasklist.tick(SAFETY_CALL_HELD);
    tasklist.choose("Take on: go to vetting");
    chromium.screenshot("tasklist-walk-03-safety-call");
    tasklist.complete();

    tasklist.awaitTaskGone(HOLD_SAFETY_CALL, caseNumber);
    chromium.screenshot("tasklist-walk-04-after-completion");
    assertThat(tasksOf(caseNumber)).extracting(Task::getTaskDefinitionKey)
        .containsExactly(VettingProcess.VERIFY_IDENTITY_AND_SERVICE);
    assertThat(log.getAll().lines().filter(line -> line.contains("Refused")).toList())
        .as("calls Tasklist made that the engine API gate or the engine's guard refused").isEmpty();
  }

  @Test
  void safetyCallFormRefusesCompletionWithoutADecision() {
    String caseNumber = openCase();
    assessUrgency(caseNumber);
    TasklistPage tasklist = TasklistPage.logIn(chromium, baseUrl(), "ines", "ines-demo");
    tasklist.selectFilter(INTAKE_FILTER);
    tasklist.openTask(HOLD_SAFETY_CALL, caseNumber);
    tasklist.claim();
    tasklist.tick(SAFETY_CALL_HELD);

    tasklist.complete();

    assertThat(tasklist.errorsOfField(OUTCOME)).contains("Field is required.");
    chromium.screenshot("tasklist-walk-05-outcome-missing");
    assertThat(tasklist.formIsShown()).isTrue();
    assertThat(tasklist.showsTaskOf(caseNumber)).isTrue();
    assertThat(tasksOf(caseNumber)).extracting(Task::getTaskDefinitionKey, Task::getAssignee)
        .containsExactly(tuple(FirstContactProcess.HOLD_SAFETY_CALL, "ines"));
  }

  @Test
  void staffSeeSafePassageTasklistWithoutTheEndOfLifeBanner() {
    TasklistPage tasklist = TasklistPage.logIn(chromium, baseUrl(), "ines", "ines-demo");

    assertThat(tasklist.brandName()).isEqualTo("Safe Passage Tasklist");
    assertThat(chromium.driver().getTitle()).startsWith("Safe Passage Tasklist");
    assertThat(tasklist.endOfLifeBanner().isDisplayed()).as("CE end-of-life banner displayed").isFalse();
    assertThat(tasklist.visibleText()).doesNotContain("migrate to Camunda 8")
        .as("work starts as a case, not a loose task").doesNotContain("Create task", "Start process");
  }

  @Test
  void loggingOutOfTasklistEndsTheWholeSession() {
    TasklistPage tasklist = TasklistPage.logIn(chromium, baseUrl(), "ines", "ines-demo");

    tasklist.logOutThroughTheUserMenu("Ines Intake");

    assertThat(chromium.driver().getCurrentUrl()).isEqualTo(baseUrl() + "/login?logout");
    chromium.driver().get(baseUrl() + "/camunda/app/tasklist/default/");
    assertThat(chromium.driver().getCurrentUrl()).as("Tasklist after logging out").isEqualTo(baseUrl() + "/login");
  }

  @Test
  void intakeCoordinatorFindsTheTeamAndPersonalFilters() {
    TasklistPage tasklist = TasklistPage.logIn(chromium, baseUrl(), "ines", "ines-demo");

    assertThat(tasklist.filterNames()).contains(INTAKE_FILTER, "My tasks").doesNotContain("All open tasks");
    assertThat(tasklist.selectedFilter()).isEqualTo(INTAKE_FILTER);
  }

  @Test
  void vettingStaffDoNotSeeIntakeTasks() {
    String caseNumber = openCase();
    TasklistPage tasklist = TasklistPage.logIn(chromium, baseUrl(), "viktor", "viktor-demo");

    assertThat(tasklist.filterNames()).contains("Vetting: open tasks").doesNotContain(INTAKE_FILTER);
    for (String filter : tasklist.filterNames()) {
      tasklist.selectFilter(filter);
      assertThat(tasklist.showsTaskOf(caseNumber)).as("case %s in filter %s", caseNumber, filter).isFalse();
    }
    assertThat(tasksOf(caseNumber)).extracting(Task::getTaskDefinitionKey)
        .containsExactly(FirstContactProcess.ASSESS_URGENCY);

    tasklist.openLink(baseUrl(), tasksOf(caseNumber).get(0).getId());
    assertThat(tasklist.errorNotice()).contains("The task does not exist");
    assertThat(tasklist.formIsShown()).isFalse();
  }

  /**
   * Tasklist shows intake's queue a page at a time, the most pressing first. On the one test
   * database the cases earlier test classes left in that queue (due earlier, by an engine clock
   * other tests moved on) would push this test's case off the first page, as they would for a
   * coordinator with a long queue. Those cases are finished with, so they leave the queue first.
   */
  @BeforeEach
  void intakeQueueHoldsOnlyThisTestsCases() {
    Set<String> stages = taskService.createTaskQuery().taskCandidateGroup("intake").includeAssignedTasks().list().stream()
        .map(Task::getProcessInstanceId).collect(Collectors.toSet());
    if (stages.isEmpty()) {
      return;
    }
    Set<String> caseNumbers = runtimeService.createProcessInstanceQuery().processInstanceIds(stages).list().stream()
        .map(ProcessInstance::getBusinessKey).collect(Collectors.toSet());
    List<String> journeys = caseNumbers.stream()
        .flatMap(caseNumber -> runtimeService.createProcessInstanceQuery().processDefinitionKey(JourneyProcess.KEY)
            .processInstanceBusinessKey(caseNumber).list().stream())
        .map(ProcessInstance::getId).toList();
    runtimeService.deleteProcessInstances(journeys, "left by an earlier test", true, true);
  }

  @AfterEach
  void closeOpenedCases() {
    for (String caseNumber : openedCases) {
      runtimeService.createProcessInstanceQuery().processDefinitionKey(JourneyProcess.KEY)
          .processInstanceBusinessKey(caseNumber).list()
          .forEach(journey -> runtimeService.deleteProcessInstance(journey.getId(), "browser test finished", true));
    }
  }

  private String openCase() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    IntakeRequest intake = new IntakeRequest("Walk Test " + marker, LocalDate.of(1996, 4, 12),
        "signal:@walk-" + marker, null, "Test unit " + marker, "Test town " + marker, "Browser test " + marker);
    String caseNumber = caseOpening.openCase(intake, "ines").value();
    openedCases.add(caseNumber);
    return caseNumber;
  }

  /** Intake's triage, done without the browser: the table rates a person in a unit P1. */
  private void assessUrgency(String caseNumber) {
    taskService.complete(tasksOf(caseNumber).get(0).getId(), Map.of(FirstContactProcess.WHEREABOUTS, "IN_UNIT",
        FirstContactProcess.TRAVEL_DOCUMENTS, "INTERNAL_ID_ONLY"));
  }

  private List<Task> tasksOf(String caseNumber) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).list();
  }

  private String baseUrl() {
    return "http://localhost:" + port;
  }
}
