package org.safepassage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safepassage.support.Intakes;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffApi;
import org.safepassage.support.StaffApi.Demo;
import org.safepassage.vault.CaseNumber;
import org.safepassage.vault.VaultAccessLog;
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
    assertThat(intakeTasks).extracting(task -> task.get("taskDefinitionKey")).containsExactly("Task_HoldSafetyCall");
    String taskId = (String) intakeTasks.get(0).get("id");

    StaffApi vetting = StaffApi.as(http, Demo.VIKTOR);
    assertThat(vetting.tasks(caseNumber)).isEmpty();
    ResponseEntity<Map<String, Object>> attempt =
        vetting.submitForm(taskId, Map.of("safetyCallHeld", true, "firstContactDecision", "TAKE_ON"));

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
  void nobodyOnTheTeamsAdministersTheEngine() {
    ResponseEntity<String> newUser = http.withBasicAuth("max", "max-demo").postForEntity("/engine-rest/user/create",
        jsonBody("{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x-12345678\"}}"), String.class);
    assertThat(newUser.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> deploy = http.withBasicAuth("ines", "ines-demo")
        .exchange("/engine-rest/deployment?name=x", HttpMethod.GET, null, String.class);
    assertThat(deploy.getBody()).isEqualTo("[]");
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
