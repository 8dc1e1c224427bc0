package org.safepassage.journey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safepassage.casenumber.CaseNumber;
import org.safepassage.journey.JourneyProcess;
import org.safepassage.support.Intakes;
import org.safepassage.support.JourneyWalk;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffApi.Demo;
import org.safepassage.support.StaffApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Safety incidents and closure over the REST API on PostgreSQL. */
@PostgresIntegrationTest
class CaseEventsOverRestIT {

  @Autowired
  TestRestTemplate http;

  @Test
  void incidentDuringVettingGivesLegalAnUrgentTaskAndVettingGoesOn() {
    String caseNumber = caseInVetting();

    assertThat(StaffApi.as(http, Demo.VIKTOR).post(incidents(caseNumber), Map.of("kind", "WANTED_LIST_ENTRY"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(StaffApi.as(http, Demo.LEA).tasks(caseNumber)).extracting(task -> task.get("taskDefinitionKey"))
        .containsExactly(JourneyProcess.RESPOND_TO_SAFETY_INCIDENT);
    assertThat(StaffApi.as(http, Demo.VIKTOR).tasks(caseNumber)).extracting(task -> task.get("taskDefinitionKey"))
        .containsExactly("Task_VerifyIdentityAndService");
  }

  @Test
  void managersSeeOpenIncidentsFirst() {
    String caseNumber = caseInVetting();
    StaffApi.as(http, Demo.VIKTOR).post(incidents(caseNumber), Map.of("kind", "DETAINED"));
    StaffApi max = StaffApi.as(http, Demo.MAX);
    String incidentTask = (String) StaffApi.as(http, Demo.LEA).tasks(caseNumber).get(0).get("id");

    assertThat(max.getList(filterList(max, "All open tasks") + "?firstResult=0&maxResults=1").getBody())
        .as("the top of every open task").extracting(task -> task.get("taskDefinitionKey"))
        .containsExactly(JourneyProcess.RESPOND_TO_SAFETY_INCIDENT);
    List<Map<String, Object>> incidents = max.getList(filterList(max, "Safety incidents")
        + "?firstResult=0&maxResults=100000").getBody();
    assertThat(incidents).extracting(task -> task.get("id")).contains(incidentTask);
    assertThat(incidents).extracting(task -> task.get("taskDefinitionKey")).containsOnly(JourneyProcess.RESPOND_TO_SAFETY_INCIDENT);
    assertThat(StaffApi.as(http, Demo.VIKTOR).getList("/engine-rest/filter?name=Safety incidents").getBody())
        .as("vetting has no such list").isEmpty();
  }

  @Test
  void managersCloseACaseAndItsTasksDisappear() {
    String caseNumber = caseInVetting();

    assertThat(StaffApi.as(http, Demo.VIKTOR).post(closure(caseNumber), Map.of("reason", "WITHDRAWN")).getStatusCode())
        .as("only managers close cases").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(StaffApi.as(http, Demo.MAX).post(closure(caseNumber), Map.of("reason", "WITHDRAWN")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(StaffApi.as(http, Demo.MAX).tasks(caseNumber)).isEmpty();
    assertThat(StaffApi.as(http, Demo.MAX).post(closure(caseNumber), Map.of("reason", "WITHDRAWN")).getStatusCode())
        .as("an ended case takes no second closure").isEqualTo(HttpStatus.CONFLICT);
    assertThat(StaffApi.as(http, Demo.LEA).post(incidents(caseNumber), Map.of("kind", "DETAINED")).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void badRequestsNameTheFieldAndUnknownCasesAreNotFound() {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    StaffApi max = StaffApi.as(http, Demo.MAX);

    assertThat(max.post(incidents(caseNumber), Map.of("kind", "ABDUCTED_BY_ALIENS")).getBody())
        .containsEntry("fields", List.of("kind"));
    assertThat(max.post(incidents(caseNumber), Map.of()).getBody()).containsEntry("fields", List.of("kind"));
    assertThat(max.post(closure(caseNumber), Map.of()).getBody()).containsEntry("fields", List.of("reason"));
    assertThat(max.post(incidents("not-a-case"), Map.of("kind", "DETAINED")).getBody())
        .containsEntry("fields", List.of("caseNumber"));
    assertThat(max.post(incidents(CaseNumber.random().value()), Map.of("kind", "DETAINED")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private String caseInVetting() {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    new JourneyWalk(http).walk(caseNumber, JourneyWalk.TO_PROTECTION.subList(0, 2));
    return caseNumber;
  }

  private static String filterList(StaffApi staff, String name) {
    List<Map<String, Object>> filters = staff.getList("/engine-rest/filter?name=" + name).getBody();
    assertThat(filters).as("filter %s", name).hasSize(1);
    return "/engine-rest/filter/" + filters.get(0).get("id") + "/list";
  }

  private static String incidents(String caseNumber) {
    return "/api/cases/" + caseNumber + "/safety-incidents";
  }

  private static String closure(String caseNumber) {
    return "/api/cases/" + caseNumber + "/closure";
  }
}
