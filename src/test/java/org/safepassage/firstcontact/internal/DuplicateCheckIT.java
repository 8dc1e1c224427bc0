package org.safepassage.firstcontact.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.safepassage.firstcontact.FirstContactProcess;
import org.safepassage.firstcontact.PartnerChannelIT;
import org.safepassage.journey.JourneyProcess;
import org.safepassage.support.Intakes;
import org.safepassage.support.JourneyWalk;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffApi.Demo;
import org.safepassage.support.StaffApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The duplicate check on PostgreSQL, through both ways in. */
@PostgresIntegrationTest
class DuplicateCheckIT {

  @Autowired
  TestRestTemplate http;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  HistoryService historyService;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void samePersonThroughIntakeAndThePartnerChannelIsFlaggedAndMerged() {
    String tag = Long.toString(new Random().nextLong() & Long.MAX_VALUE, 36);
    String phone = String.format("%07d", new Random().nextInt(10_000_000));
    Map<String, Object> atIntake = Intakes.someone();
    atIntake.put("contactHandles", "@Dup_" + tag + ", +7 (701) " + phone.substring(0, 3) + "-" + phone.substring(3));
    Map<String, Object> viaPartner = Intakes.someone();
    viaPartner.put("contactHandles", "telegram: dup_" + tag.toUpperCase());

    String first = StaffApi.as(http, Demo.INES).openCaseNumber(atIntake);
    String second = postedByPartner(viaPartner);

    StaffApi ines = StaffApi.as(http, Demo.INES);
    assertThat(ines.tasks(first)).extracting(task -> task.get("taskDefinitionKey"))
        .containsExactly(FirstContactProcess.ASSESS_URGENCY);
    assertThat(ines.tasks(second)).extracting(task -> task.get("name")).containsExactly("Review possible duplicate");
    assertThat(firstContactVariable(second, FirstContactProcess.POSSIBLE_DUPLICATE_OF)).isEqualTo(first);

    new JourneyWalk(http).take(second, new JourneyWalk.Step(Demo.INES, FirstContactProcess.REVIEW_POSSIBLE_DUPLICATE,
        Map.of(FirstContactProcess.DUPLICATE_DECISION, "MERGE")));

    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(journeyOf(second))
        .variableName(JourneyProcess.CLOSURE_REASON).singleResult().getValue()).isEqualTo(FirstContactProcess.Outcome.MERGED);
    assertThat(ines.tasks(second)).isEmpty();
    assertThat(ines.tasks(first)).as("one case left").hasSize(1);
  }

  @Test
  void theSamePhoneNumberWrittenAnotherWayIsFlaggedToo() {
    String phone = String.format("%07d", new Random().nextInt(10_000_000));
    Map<String, Object> once = Intakes.someone();
    once.put("contactHandles", "signal: +7 701 " + phone);
    Map<String, Object> again = Intakes.someone();
    again.put("contactHandles", "8-701-" + phone);

    String first = StaffApi.as(http, Demo.INES).openCaseNumber(once);
    String second = StaffApi.as(http, Demo.INES).openCaseNumber(again);

    assertThat(firstContactVariable(second, FirstContactProcess.POSSIBLE_DUPLICATE_OF)).isEqualTo(first);
  }

  @Test
  void twoDifferentPeopleAreNotFlagged() {
    String first = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    String second = postedByPartner(Intakes.someone());

    for (String caseNumber : List.of(first, second)) {
      assertThat(StaffApi.as(http, Demo.INES).tasks(caseNumber)).extracting(task -> task.get("taskDefinitionKey"))
          .containsExactly(FirstContactProcess.ASSESS_URGENCY);
    }
  }

  @Test
  void onlyKeyedHashesAreStoredNeverTheHandles() {
    Map<String, Object> intake = Intakes.someone();
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(intake);

    List<Map<String, Object>> stored = jdbc.queryForList(
        "select kind, fingerprint from contact_fingerprint where case_number = ?", caseNumber);
    assertThat(stored).extracting(row -> row.get("kind"))
        .containsExactlyInAnyOrder(ContactFingerprints.HANDLE, ContactFingerprints.NAME_AND_BIRTH_DATE);
    String handle = ((String) intake.get("contactHandles")).substring(1);
    assertThat(stored).extracting(row -> (String) row.get("fingerprint"))
        .allSatisfy(print -> assertThat(print).matches("[0-9a-f]{64}").doesNotContain(handle));
  }

  private String postedByPartner(Map<String, Object> intake) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBearerAuth(PartnerChannelIT.DEMO_TOKEN);
    ResponseEntity<Map> posted = http.exchange("/api/first-contacts", HttpMethod.POST, new HttpEntity<>(intake, headers), Map.class);
    assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) posted.getBody().get("caseNumber");
  }

  private Object firstContactVariable(String caseNumber, String name) {
    String firstContact = runtimeService.createProcessInstanceQuery().processDefinitionKey(FirstContactProcess.KEY)
        .processInstanceBusinessKey(caseNumber).singleResult().getId();
    return runtimeService.getVariable(firstContact, name);
  }

  private String journeyOf(String caseNumber) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(JourneyProcess.KEY)
        .processInstanceBusinessKey(caseNumber).singleResult().getId();
  }
}
