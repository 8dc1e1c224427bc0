package org.safepassage.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safepassage.support.Intakes;
import org.safepassage.support.JourneyWalk;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffApi;
import org.safepassage.support.StaffApi.Demo;
import org.safepassage.casenumber.CaseNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Vetting over the REST API on PostgreSQL: four eyes, and information arriving. */
@PostgresIntegrationTest
class VettingOverRestIT {

  private static final Map<String, Object> PROVEN =
      Map.of("identityConfirmed", true, "serviceConfirmed", true, "desertionProven", true);
  private static final Map<String, Object> CREDIBLE = Map.of("stanceCredibility", 4, "accountConsistency", "CONSISTENT",
      "unitFlag", "NONE", "personalParticipation", false, "infiltratorIndicators", false);

  @Autowired
  TestRestTemplate http;

  @Autowired
  IdentityService identityService;

  private String colleagueInBothTeams;

  @Test
  void whoRecordedTheFindingsCannotConfirmTheApprovalEvenInBothTeams() {
    String caseNumber = caseInVetting();
    StaffApi dual = colleagueInVettingAndSecurityReview();
    complete(dual, caseNumber, "Task_VerifyIdentityAndService", PROVEN);
    complete(dual, caseNumber, "Task_InterviewStance", CREDIBLE);

    Map<String, Object> screening = dual.tasks(caseNumber).get(0);
    assertThat(screening.get("taskDefinitionKey")).isEqualTo("Task_ScreenForExclusion");
    ResponseEntity<Map<String, Object>> refused =
        dual.submitForm((String) screening.get("id"), Map.of("securityVerdict", "CLEAR"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message"))
        .contains("Four eyes: you recorded the vetting findings or approved this case");
    assertThat(StaffApi.as(http, Demo.SARA).tasks(caseNumber)).as("the task stays open for a colleague")
        .extracting(task -> task.get("id")).containsExactly(screening.get("id"));

    complete(StaffApi.as(http, Demo.SARA), caseNumber, "Task_ScreenForExclusion", Map.of("securityVerdict", "CLEAR"));
    assertThat(StaffApi.as(http, Demo.LEA).tasks(caseNumber)).as("approved: on to the consular visa")
        .extracting(task -> task.get("taskDefinitionKey")).containsExactly("Task_AssessRoute");
  }

  @Test
  void informationReceivedResumesVettingAndIsRefusedWhenNothingWaits() {
    String caseNumber = caseInVetting();
    StaffApi viktor = StaffApi.as(http, Demo.VIKTOR);
    String received = "/api/cases/" + caseNumber + "/information-received";
    assertThat(viktor.post(received).getStatusCode()).as("before vetting asked for anything").isEqualTo(HttpStatus.CONFLICT);

    complete(viktor, caseNumber, "Task_VerifyIdentityAndService", Map.of("identityConfirmed", true, "serviceConfirmed", true,
        "desertionProven", false));
    complete(viktor, caseNumber, "Task_InterviewStance", CREDIBLE);
    assertThat(viktor.tasks(caseNumber)).as("waiting for the proof of desertion").isEmpty();
    assertThat(StaffApi.as(http, Demo.INES).post(received).getStatusCode()).as("intake").isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(viktor.post(received).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(viktor.tasks(caseNumber)).extracting(task -> task.get("taskDefinitionKey"))
        .containsExactly("Task_VerifyIdentityAndService");
    ResponseEntity<Map<String, Object>> again = viktor.post(received);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) again.getBody().get("error")).contains("is not waiting for information");
  }

  @Test
  void informationReceivedAnswersWhatIsWrongWithTheCaseNumber() {
    StaffApi viktor = StaffApi.as(http, Demo.VIKTOR);

    ResponseEntity<Map<String, Object>> malformed = viktor.post("/api/cases/not-a-case/information-received");
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getBody()).containsEntry("fields", List.of("caseNumber"));
    assertThat(viktor.post("/api/cases/" + CaseNumber.random().value() + "/information-received").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @AfterEach
  void removeColleague() {
    if (colleagueInBothTeams != null) {
      identityService.deleteUser(colleagueInBothTeams);
    }
  }

  private String caseInVetting() {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    new JourneyWalk(http).walk(caseNumber, JourneyWalk.TO_PROTECTION.subList(0, 2));
    return caseNumber;
  }

  private StaffApi colleagueInVettingAndSecurityReview() {
    colleagueInBothTeams = "dual" + UUID.randomUUID().toString().substring(0, 8);
    String password = "both-teams-" + UUID.randomUUID();
    User user = identityService.newUser(colleagueInBothTeams);
    user.setFirstName("Dana");
    user.setLastName("Dual");
    user.setPassword(password);
    identityService.saveUser(user);
    identityService.createMembership(colleagueInBothTeams, "vetting");
    identityService.createMembership(colleagueInBothTeams, "security-review");
    return StaffApi.as(http, colleagueInBothTeams, password);
  }

  private static void complete(StaffApi staff, String caseNumber, String taskKey, Map<String, Object> form) {
    List<Map<String, Object>> tasks = staff.tasks(caseNumber);
    assertThat(tasks).extracting(task -> task.get("taskDefinitionKey")).containsExactly(taskKey);
    ResponseEntity<Map<String, Object>> done = staff.submitForm((String) tasks.get(0).get("id"), form);
    assertThat(done.getStatusCode()).as("%s: %s", taskKey, done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }
}
