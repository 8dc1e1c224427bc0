package org.safepassage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safepassage.support.Intakes;
import org.safepassage.support.JourneyWalk;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffApi;
import org.safepassage.support.StaffApi.Demo;
import org.safepassage.casenumber.CaseNumber;
import org.safepassage.vault.internal.VaultAccessLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Who gets in, and who sees which work. */
@PostgresIntegrationTest
class AccessControlIT {

  @Autowired
  TestRestTemplate http;

  @Autowired
  VaultAccessLog accessLog;

  @Test
  void onlyTheHealthCheckAndTheLoginPageAnswerWithoutCredentials() {
    assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/login", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    for (String path : List.of("/engine-rest/task", "/engine-rest/user", "/engine-rest/process-definition",
        "/api/cases/SP-0000-0000")) {
      assertThat(http.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(http.postForEntity("/api/cases", jsonBody("{}"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    for (String page : List.of("/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/", "/casefile/SP-0000-0000", "/")) {
      // The test client follows the redirect, as a browser would: it ends on our login form.
      ResponseEntity<String> response = http.exchange(page, HttpMethod.GET, browserRequest(), String.class);
      assertThat(response.getStatusCode()).as(page).isEqualTo(HttpStatus.OK);
      assertThat(response.getBody()).as(page).contains("<title>Log in · Safe Passage</title>", "name=\"password\"");
    }
  }

  @Test
  void aWrongPasswordIsRefused() {
    assertThat(http.withBasicAuth("ines", "not-her-password").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void anotherTeamNeitherSeesNorCompletesTheIntakeTask() {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    List<Map<String, Object>> intakeTasks = StaffApi.as(http, Demo.INES).tasks(caseNumber);
    assertThat(intakeTasks).extracting(task -> task.get("taskDefinitionKey")).containsExactly("Task_AssessUrgency");
    String taskId = (String) intakeTasks.get(0).get("id");

    StaffApi vetting = StaffApi.as(http, Demo.VIKTOR);
    assertThat(vetting.tasks(caseNumber)).isEmpty();
    ResponseEntity<Map<String, Object>> attempt =
        vetting.submitForm(taskId, JourneyWalk.triage("TRANSIT"));

    assertThat(attempt.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(StaffApi.as(http, Demo.INES).tasks(caseNumber)).extracting(task -> task.get("id")).containsExactly(taskId);
    assertThat(StaffApi.as(http, Demo.MAX).tasks(caseNumber)).as("managers see every task").hasSize(1);
  }

  @Test
  void personalDataIsReadOnlyByWhoeverHoldsATaskOnTheCaseOrAManager() {
    Map<String, Object> intake = Intakes.someone();
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(intake);

    assertThat(StaffApi.as(http, Demo.LEA).caseFile(caseNumber).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> forIntake = StaffApi.as(http, Demo.INES).caseFile(caseNumber);
    assertThat(forIntake.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(forIntake.getBody().get("details")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("FULL_NAME", intake.get("fullName"));
    assertThat(StaffApi.as(http, Demo.MAX).caseFile(caseNumber).getStatusCode()).isEqualTo(HttpStatus.OK);

    List<VaultAccessLog.Entry> log = accessLog.entriesFor(CaseNumber.parse(caseNumber));
    assertThat(log).extracting(VaultAccessLog.Entry::actor, VaultAccessLog.Entry::action)
        .contains(org.assertj.core.groups.Tuple.tuple("ines", VaultAccessLog.Action.WRITE),
            org.assertj.core.groups.Tuple.tuple("ines", VaultAccessLog.Action.READ),
            org.assertj.core.groups.Tuple.tuple("max", VaultAccessLog.Action.READ));
    assertThat(log).noneMatch(entry -> entry.actor().equals("lea"));
    assertThat(log).allSatisfy(entry -> assertThat(entry.fields()).doesNotContain((String) intake.get("fullName")));
  }

  @Test
  void onlyIntakeAndManagersOpenCases() {
    assertThat(StaffApi.as(http, Demo.VIKTOR).openCase(Intakes.someone()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(StaffApi.as(http, Demo.MAX).openCase(Intakes.someone()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void nobodyOnTheTeamsAdministersTheEngineOrSeesOtherCases() {
    StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    TestRestTemplate ines = http.withBasicAuth("ines", "ines-demo");
    Map<String, String> writes = Map.of(
        "/engine-rest/user/create", "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x-12345678\"}}",
        "/engine-rest/authorization/create", "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"ines\",\"resourceType\":8,\"resourceId\":\"*\"}",
        "/engine-rest/filter/create", "{\"resourceType\":\"Task\",\"name\":\"mine\",\"query\":{}}",
        "/engine-rest/process-definition/key/journey/start", "{\"businessKey\":\"SP-FAKE-0001\"}",
        "/engine-rest/task/create", "{\"name\":\"loose task\"}");
    writes.forEach((path, body) -> assertThat(ines.postForEntity(path, jsonBody(body), String.class).getStatusCode())
        .as("POST " + path).isEqualTo(HttpStatus.FORBIDDEN));
    assertThat(ines.exchange("/engine-rest/group/managers/members/ines", HttpMethod.PUT, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("max", "max-demo").postForEntity("/engine-rest/user/create",
        jsonBody(writes.get("/engine-rest/user/create")), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    for (String list : List.of("/engine-rest/process-instance", "/engine-rest/history/process-instance",
        "/engine-rest/history/variable-instance", "/engine-rest/deployment")) {
      assertThat(ines.getForEntity(list, String.class).getStatusCode()).as("GET " + list).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(StaffApi.as(http, Demo.INES).getList("/engine-rest/variable-instance").getBody())
        .as("a team reads only the case facts copied onto its own tasks")
        .extracting(variable -> (String) variable.get("name")).isSubsetOf("caseNumber", "urgency");
  }

  @Test
  void noFreeTextReachesCamundaBesideTheForms() {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    StaffApi intake = StaffApi.as(http, Demo.INES);
    Map<String, Object> task = intake.tasks(caseNumber).get(0);
    String taskPath = "/engine-rest/task/" + task.get("id");
    TestRestTemplate ines = http.withBasicAuth("ines", "ines-demo");

    assertThat(ines.exchange(taskPath + "/variables/whereabouts", HttpMethod.PUT,
        jsonBody("{\"value\":\"Hotel Leak, room 12\"}"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ines.postForEntity(taskPath + "/comment/create", jsonBody("{\"message\":\"met at Hotel Leak\"}"),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> renamed = http.withBasicAuth("ines", "ines-demo").exchange(taskPath, HttpMethod.PUT,
        jsonBody("{\"name\":\"Call Ivan at Hotel Leak\",\"due\":\"2030-01-01T10:00:00.000+0000\"}"),
        new org.springframework.core.ParameterizedTypeReference<>() {});
    assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) renamed.getBody().get("message")).contains("name", "fixed by the process");
    assertThat(ines.exchange(taskPath, HttpMethod.PUT,
        jsonBody("{\"name\":\"" + task.get("name") + "\",\"due\":\"2030-01-01T10:00:00.000+0000\"}"), String.class)
        .getStatusCode()).as("changing only the due date").isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<Map<String, Object>> smuggled = intake.submitForm((String) task.get("id"),
        Map.of("whereabouts", "TRANSIT", "travelDocuments", "NONE", "note", "Ivan is at Hotel Leak"));
    assertThat(smuggled.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) smuggled.getBody().get("message")).contains("Not fields of this task's form: note");
    assertThat(intake.tasks(caseNumber)).extracting(open -> open.get("id")).containsExactly(task.get("id"));
    assertThat(StaffApi.as(http, Demo.MAX).getList("/engine-rest/variable-instance?variableName=note").getBody()).isEmpty();
  }

  private static HttpEntity<String> jsonBody(String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(json, headers);
  }

  private static HttpEntity<Void> browserRequest() {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    return new HttpEntity<>(headers);
  }
}
