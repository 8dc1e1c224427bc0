package org.safepassage.visa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

/** The consular visa over the REST API on PostgreSQL: the decision arriving, and dates refused. */
@PostgresIntegrationTest
class VisaOverRestIT {

  /** Steps of JourneyWalk.TO_PROTECTION up to the consulate interview; the next posts the decision. */
  private static final int TO_AWAITED_DECISION = 11;
  private static final int TO_APPOINTMENT = 9;
  private static final LocalDate IN_A_MONTH = VisaDates.today().plusMonths(1);

  @Autowired
  TestRestTemplate http;

  @Test
  void refusalOpensTheDecisionOnAppealAndNothingWaitsForASecondDecision() {
    String caseNumber = caseAt(TO_AWAITED_DECISION);
    StaffApi conrad = StaffApi.as(http, Demo.CONRAD);

    assertThat(decide(conrad, caseNumber, Map.of("decision", "REFUSED")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(StaffApi.as(http, Demo.LEA).tasks(caseNumber)).extracting(task -> task.get("taskDefinitionKey"))
        .containsExactly("Task_DecideOnAppeal");
    ResponseEntity<Map<String, Object>> again = decide(conrad, caseNumber, Map.of("decision", "REFUSED"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) again.getBody().get("error")).contains("is not awaiting a visa decision");
  }

  @Test
  void grantedVisaNeedsItsValidityInOrderThenTravelIsPlanned() {
    String caseNumber = caseAt(TO_AWAITED_DECISION);
    StaffApi conrad = StaffApi.as(http, Demo.CONRAD);

    ResponseEntity<Map<String, Object>> noEnd = decide(conrad, caseNumber,
        Map.of("decision", "GRANTED", "validFrom", IN_A_MONTH.toString()));
    assertThat(noEnd.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noEnd.getBody()).containsEntry("fields", List.of("validUntil"));
    ResponseEntity<Map<String, Object>> backwards = decide(conrad, caseNumber, Map.of("decision", "GRANTED",
        "validFrom", IN_A_MONTH.toString(), "validUntil", IN_A_MONTH.minusDays(1).toString()));
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) backwards.getBody().get("error")).contains("validUntil").contains("before it starts");
    ResponseEntity<Map<String, Object>> unknownDecision = decide(conrad, caseNumber, Map.of("decision", "MAYBE"));
    assertThat(unknownDecision.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownDecision.getBody()).containsEntry("fields", List.of("decision"));

    new JourneyWalk(http).take(caseNumber, JourneyWalk.TO_PROTECTION.get(TO_AWAITED_DECISION));

    assertThat(StaffApi.as(http, Demo.LOU).tasks(caseNumber)).extracting(task -> task.get("taskDefinitionKey"))
        .containsExactly("Task_PlanTravel");
  }

  @Test
  void unknownCasesAndCasesNotYetAtTheConsulateAreTold() {
    StaffApi conrad = StaffApi.as(http, Demo.CONRAD);
    String inFirstContact = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());

    assertThat(decide(conrad, CaseNumber.random().value(), Map.of("decision", "REFUSED")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(decide(conrad, "not-a-case", Map.of("decision", "REFUSED")).getBody())
        .containsEntry("fields", List.of("caseNumber"));
    assertThat(decide(conrad, inFirstContact, Map.of("decision", "REFUSED")).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(decide(StaffApi.as(http, Demo.VIKTOR), inFirstContact, Map.of("decision", "REFUSED")).getStatusCode())
        .as("vetting records no visa decisions").isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void appointmentInThePastIsRefusedNamingToday() {
    String caseNumber = caseAt(TO_APPOINTMENT);
    StaffApi conrad = StaffApi.as(http, Demo.CONRAD);
    Map<String, Object> booking = conrad.tasks(caseNumber).get(0);
    assertThat(booking.get("taskDefinitionKey")).isEqualTo("Task_BookConsulateAppointment");

    ResponseEntity<Map<String, Object>> refused = conrad.submitForm((String) booking.get("id"),
        Map.of("appointmentDate", VisaDates.today().minusDays(1).toString()));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message"))
        .contains("Date of the consulate interview: must be on or after today (" + VisaDates.today() + ")");
  }

  private String caseAt(int steps) {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    new JourneyWalk(http).walk(caseNumber, JourneyWalk.TO_PROTECTION.subList(0, steps));
    return caseNumber;
  }

  private static ResponseEntity<Map<String, Object>> decide(StaffApi staff, String caseNumber, Map<String, Object> body) {
    return staff.post("/api/cases/" + caseNumber + "/visa-decision", body);
  }
}
