package org.safepassage.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safepassage.journey.internal.CaseStories;
import org.safepassage.support.Intakes;
import org.safepassage.support.JourneyWalk;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffApi.Demo;
import org.safepassage.support.StaffApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A case walked from first contact to protection by the right teams, over the REST API. */
@PostgresIntegrationTest
class JourneyOverRestIT {

  @Autowired
  TestRestTemplate http;

  @Autowired
  CaseStories stories;

  @Test
  void caseWalkedByEachTeamEndsWithThePersonProtected() {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());

    new JourneyWalk(http).walk(caseNumber, JourneyWalk.TO_PROTECTION);

    StaffApi manager = StaffApi.as(http, Demo.MAX);
    List<Map<String, Object>> journeys = manager.getList(
        "/engine-rest/history/process-instance?processDefinitionKey=journey&processInstanceBusinessKey=" + caseNumber).getBody();
    assertThat(journeys).singleElement().satisfies(journey -> {
      assertThat(journey.get("state")).isEqualTo("COMPLETED");
      assertThat(manager.getList("/engine-rest/history/activity-instance?activityId=" + JourneyProcess.PERSON_PROTECTED
          + "&processInstanceId=" + journey.get("id")).getBody()).hasSize(1);
    });
    assertThat(manager.getList("/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseNumber).getBody())
        .extracting(instance -> instance.get("processDefinitionKey"))
        .containsExactlyInAnyOrder("journey", "first-contact", "vetting", "consular-visa", "arrival");

    assertThat(stories.story(caseNumber))
        .filteredOn(step -> step.by() != null)
        .extracting(CaseStories.Step::stage, CaseStories.Step::step, CaseStories.Step::by)
        .startsWith(tuple("First contact", "Assess urgency", "ines"), tuple("First contact", "Hold safety call", "ines"),
            tuple("Vetting", "Verify identity and service", "viktor"))
        .endsWith(tuple("Arrival", "Record OFPRA interview and decision", "lea"));
    assertThat(stories.find(caseNumber)).get()
        .extracting(CaseStories.CaseSummary::state, CaseStories.CaseSummary::outcome)
        .containsExactly("COMPLETED", "Person protected");
  }

  @Test
  void theNextTeamSeesTheCaseNumberAndUrgencyOnItsTask() {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    new JourneyWalk(http).walk(caseNumber, JourneyWalk.TO_PROTECTION.subList(0, 2));

    StaffApi vetting = StaffApi.as(http, Demo.VIKTOR);
    String taskId = (String) vetting.tasks(caseNumber).get(0).get("id");
    List<Map<String, Object>> onTheTask = vetting.getList("/engine-rest/variable-instance?taskIdIn=" + taskId).getBody();

    assertThat(onTheTask).extracting(variable -> variable.get("name"), variable -> variable.get("value"))
        .containsExactlyInAnyOrder(tuple("caseNumber", caseNumber), tuple("urgency", "P1"));
  }

  @Test
  void caseReferredElsewhereEndsAfterTheSafetyCall() {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());

    new JourneyWalk(http).take(caseNumber, JourneyWalk.TO_PROTECTION.get(0));
    new JourneyWalk(http).take(caseNumber, new JourneyWalk.Step(Demo.INES, "Task_HoldSafetyCall",
        Map.of("safetyCallOutcome", "REFER_ELSEWHERE")));

    StaffApi manager = StaffApi.as(http, Demo.MAX);
    assertThat(manager.tasks(caseNumber)).isEmpty();
    String journeyId = (String) manager.getList("/engine-rest/history/process-instance?processDefinitionKey=journey"
        + "&processInstanceBusinessKey=" + caseNumber).getBody().get(0).get("id");
    assertThat(manager.getList("/engine-rest/history/activity-instance?activityId=" + JourneyProcess.CASE_NOT_ACCEPTED
        + "&processInstanceId=" + journeyId).getBody()).hasSize(1);
  }
}
