package org.safepassage.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.safepassage.support.Intakes;
import org.safepassage.support.JourneyWalk;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffApi;
import org.safepassage.support.StaffApi.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The case file opens to whoever holds the open task now: its assignee, its team while unclaimed, managers. */
@PostgresIntegrationTest
class CaseFileFollowsTheTaskIT {

  @Autowired
  TestRestTemplate http;

  @Autowired
  IdentityService identityService;

  @Test
  void aClaimedTaskOpensTheFileToItsHolderOnlyAndNobodyHandsItOn() {
    String colleague = secondIntakeMember();
    TestRestTemplate ira = http.withBasicAuth(colleague, colleague + "-pass-12345");
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    String taskId = (String) StaffApi.as(http, Demo.INES).tasks(caseNumber).get(0).get("id");
    TestRestTemplate ines = http.withBasicAuth(Demo.INES.id, Demo.INES.password());

    assertThat(ira.getForEntity("/api/cases/" + caseNumber, String.class).getStatusCode())
        .as("the team, while the task is unclaimed").isEqualTo(HttpStatus.OK);

    assertThat(ines.postForEntity("/engine-rest/task/" + taskId + "/claim", json("{\"userId\":\"ines\"}"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(StaffApi.as(http, Demo.INES).caseFile(caseNumber).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ira.getForEntity("/api/cases/" + caseNumber, String.class).getStatusCode())
        .as("a colleague, once the task is claimed").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(StaffApi.as(http, Demo.MAX).caseFile(caseNumber).getStatusCode()).isEqualTo(HttpStatus.OK);

    // The findings: a candidate group added for logistics, a claim made for legal. Both refused.
    assertThat(ines.postForEntity("/engine-rest/task/" + taskId + "/identity-links",
        json("{\"groupId\":\"logistics\",\"type\":\"candidate\"}"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ines.postForEntity("/engine-rest/task/" + taskId + "/assignee", json("{\"userId\":\"lea\"}"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(StaffApi.as(http, Demo.LOU).caseFile(caseNumber).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(StaffApi.as(http, Demo.LEA).caseFile(caseNumber).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(ines.postForEntity("/engine-rest/task/" + taskId + "/unclaim", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(ira.getForEntity("/api/cases/" + caseNumber, String.class).getStatusCode())
        .as("the team again, once the task is given back").isEqualTo(HttpStatus.OK);

    assertThat(StaffApi.as(http, Demo.INES).submitForm(taskId, JourneyWalk.triage("IN_UNIT")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    String safetyCall = (String) StaffApi.as(http, Demo.INES).tasks(caseNumber).get(0).get("id");
    assertThat(StaffApi.as(http, Demo.INES).submitForm(safetyCall,
        Map.of("safetyCallHeld", true, "safetyCallOutcome", "TAKE_ON")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(StaffApi.as(http, Demo.INES).caseFile(caseNumber).getStatusCode())
        .as("intake, once its tasks on the case are done").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(StaffApi.as(http, Demo.VIKTOR).caseFile(caseNumber).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private String secondIntakeMember() {
    String id = "ira" + Long.toString(System.nanoTime(), 36);
    User user = identityService.newUser(id);
    user.setFirstName("Ira");
    user.setLastName("Intake");
    user.setPassword(id + "-pass-12345");
    identityService.saveUser(user);
    identityService.createMembership(id, "intake");
    return id;
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
