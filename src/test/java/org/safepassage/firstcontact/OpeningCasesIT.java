package org.safepassage.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.safepassage.firstcontact.internal.CaseOpening;
import org.safepassage.firstcontact.internal.IntakeRequest;
import org.safepassage.journey.JourneyProcess;
import org.safepassage.support.Intakes;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffApi.Demo;
import org.safepassage.support.StaffApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Intake opens cases; bad input is refused with the field named, and leaves nothing behind. */
@PostgresIntegrationTest
class OpeningCasesIT {

  @Autowired
  TestRestTemplate http;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  CaseOpening caseOpening;

  @Test
  void anOpenedCaseWaitsForItsTriageUnderAnOpaqueNumber() {
    Map<String, Object> intake = Intakes.someone();
    ResponseEntity<Map<String, Object>> opened = StaffApi.as(http, Demo.INES).openCase(intake);

    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) opened.getBody().get("caseNumber");
    assertThat(caseNumber).matches("SP-[0-9A-Z]{4}-[0-9A-Z]{4}");
    assertThat(opened.getHeaders().getLocation()).hasPath("/casefile/" + caseNumber);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(JourneyProcess.KEY)
        .processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);
    assertThat(StaffApi.as(http, Demo.INES).tasks(caseNumber)).extracting(task -> task.get("name"))
        .containsExactly("Assess urgency");
  }

  @Test
  void aMissingNameIsRefusedWithTheFieldNamed() {
    Map<String, Object> intake = Intakes.someone();
    intake.remove("fullName");
    assertRefused(intake, "fullName", "Full name (fullName) is required");
  }

  @Test
  void aMalformedBirthDateIsRefusedWithTheFieldNamed() {
    Map<String, Object> intake = Intakes.someone();
    intake.put("birthDate", "1995-13-45");
    assertRefused(intake, "birthDate", "birthDate has a value of the wrong form");
  }

  @Test
  void aBirthDateInTheFutureIsRefused() {
    Map<String, Object> intake = Intakes.someone();
    intake.put("birthDate", "2999-01-01");
    assertRefused(intake, "birthDate", "Date of birth (birthDate) cannot be in the future");
  }

  @Test
  void anUnknownFieldIsRefusedRatherThanSilentlyDropped() {
    Map<String, Object> intake = Intakes.someone();
    intake.put("passportNumber", "1234");
    assertRefused(intake, "passportNumber", "passportNumber is not a field we know");
  }

  @Test
  void anUnknownCaseNumberIsNotFound() {
    StaffApi manager = StaffApi.as(http, Demo.MAX);
    assertThat(manager.caseFile("SP-0000-0000").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(manager.caseFile("not-a-case").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void whenTheJourneyCannotStartNoCaseFileIsLeftBehind() {
    long filesBefore = caseFiles();
    repositoryService.suspendProcessDefinitionByKey(JourneyProcess.KEY);
    try {
      assertThatThrownBy(() -> caseOpening.openCase(new IntakeRequest("Half Written", null, "@half", null, null, null, null), "ines"))
          .hasMessageContaining("suspended");
    } finally {
      repositoryService.activateProcessDefinitionByKey(JourneyProcess.KEY);
    }
    assertThat(caseFiles()).isEqualTo(filesBefore);
  }

  private void assertRefused(Map<String, Object> intake, String field, String message) {
    long filesBefore = caseFiles();
    ResponseEntity<Map<String, Object>> refused = StaffApi.as(http, Demo.INES).openCase(intake);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("fields", java.util.List.of(field));
    assertThat((String) refused.getBody().get("error")).contains(message);
    assertThat(caseFiles()).as("no case file written").isEqualTo(filesBefore);
  }

  private long caseFiles() {
    return jdbc.queryForObject("select count(*) from case_file", Long.class);
  }
}
