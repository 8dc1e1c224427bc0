package org.safepassage.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safepassage.support.StaffApi.Demo;
import org.safepassage.visa.VisaDates;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A case walked through all four stages by the right teams, task by task, over /engine-rest. */
public final class JourneyWalk {

  /**
   * One human step: who does it, which task, what they fill in. A step with an {@code apiAction}
   * is no task: the user POSTs the form to /api/cases/{caseNumber}/{apiAction}, as a message.
   */
  public record Step(Demo user, String taskKey, Map<String, Object> form, String apiAction) {
    public Step(Demo user, String taskKey, Map<String, Object> form) {
      this(user, taskKey, form, null);
    }

    static Step viaApi(Demo user, String apiAction, Map<String, Object> body) {
      return new Step(user, null, body, apiAction);
    }
  }

  /**
   * A day the server checks against today (the appointment, the visa's validity, the stay limit,
   * the departure), counted from the engine's today when the step is taken: tests that move the
   * engine clock run in the same JVM, so a day fixed when this class was loaded may lie in the past.
   */
  public record DaysAhead(int months, int days) {
    String day() {
      return VisaDates.today().plusMonths(months).plusDays(days).toString();
    }
  }

  public static final List<Step> TO_PROTECTION = List.of(
      new Step(Demo.INES, "Task_AssessUrgency", JourneyWalk.triage("IN_UNIT")),
      new Step(Demo.INES, "Task_HoldSafetyCall", Map.of("safetyCallHeld", true, "safetyCallOutcome", "TAKE_ON")),
      new Step(Demo.VIKTOR, "Task_VerifyIdentityAndService",
          Map.of("identityConfirmed", true, "serviceConfirmed", true, "desertionProven", true)),
      new Step(Demo.VIKTOR, "Task_InterviewStance", Map.of("stanceCredibility", 4, "accountConsistency", "CONSISTENT",
          "unitFlag", "NONE", "personalParticipation", false, "infiltratorIndicators", false)),
      new Step(Demo.SARA, "Task_ScreenForExclusion", Map.of("securityVerdict", "CLEAR")),
      new Step(Demo.LEA, "Task_AssessRoute", Map.of("validPassport", true, "frenchVisaEligible", true,
          "germanRouteProfile", false, "familyInEu", false, "language", "RUSSIAN_ONLY",
          "stayLimit", new DaysAhead(7, 0))),
      new Step(Demo.LEA, "Task_ConfirmRoute", Map.of("route", "FR_ASYLUM_VISA")),
      new Step(Demo.LEA, "Task_PrepareVisaDossier", Map.of("dossierReady", true)),
      new Step(Demo.CONRAD, "Task_ReferFileToAuthorities", Map.of("referralSent", true)),
      new Step(Demo.CONRAD, "Task_BookConsulateAppointment", Map.of("appointmentDate", new DaysAhead(1, 0))),
      new Step(Demo.CONRAD, "Task_RecordInterview", Map.of("interviewHeld", true)),
      Step.viaApi(Demo.CONRAD, "visa-decision", Map.of("decision", "GRANTED", "validFrom", new DaysAhead(1, 0),
          "validUntil", new DaysAhead(4, 0))),
      new Step(Demo.LOU, "Task_PlanTravel", Map.of("travelPlanned", true, "exitControlRisk", "MEDIUM",
          "departureDate", new DaysAhead(1, 7))),
      Step.viaApi(Demo.LOU, "departure", Map.of()),
      new Step(Demo.RITA, "Task_ConfirmArrival", Map.of("arrivedSafely", true)),
      new Step(Demo.RITA, "Task_ReceiveAtReceptionPlatform", Map.of("accommodationArranged", true)),
      new Step(Demo.RITA, "Task_AccompanyToAsylumDesk", Map.of("asylumCertificateDate", "2027-02-01")),
      new Step(Demo.LEA, "Task_FileAsylumApplication", Map.of("applicationFiledOn", "2027-02-10")),
      new Step(Demo.LEA, "Task_RecordAsylumDecision", Map.of("asylumDecision", "PROTECTION_GRANTED")));

  /** Intake's triage answers: in a unit (the urgency table's P1), nothing else against the person. */
  public static Map<String, Object> triage(String whereabouts) {
    return Map.of("whereabouts", whereabouts, "detained", false, "approachedByPolice", false, "criminalCase", false,
        "wanted", false, "travelDocuments", "INTERNAL_ID_ONLY", "dependants", false);
  }

  private final TestRestTemplate http;

  public JourneyWalk(TestRestTemplate http) {
    this.http = http;
  }

  /** Does one step: the user finds exactly that task on the case and submits its form. */
  public void take(String caseNumber, Step step) {
    StaffApi staff = StaffApi.as(http, step.user());
    Map<String, Object> form = new LinkedHashMap<>();
    step.form().forEach((field, value) -> form.put(field, value instanceof DaysAhead ahead ? ahead.day() : value));
    if (step.apiAction() != null) {
      ResponseEntity<Map<String, Object>> sent = staff.post("/api/cases/" + caseNumber + "/" + step.apiAction(), form);
      assertThat(sent.getStatusCode()).as("%s posts %s: %s", step.user().id, step.apiAction(), sent.getBody())
          .isEqualTo(HttpStatus.NO_CONTENT);
      return;
    }
    List<Map<String, Object>> tasks = staff.tasks(caseNumber);
    assertThat(tasks).as("%s's open tasks on %s", step.user().id, caseNumber)
        .extracting(task -> task.get("taskDefinitionKey")).containsExactly(step.taskKey());
    ResponseEntity<Map<String, Object>> done = staff.submitForm((String) tasks.get(0).get("id"), form);
    assertThat(done.getStatusCode()).as("%s completes %s: %s", step.user().id, step.taskKey(), done.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  public void walk(String caseNumber, List<Step> steps) {
    steps.forEach(step -> take(caseNumber, step));
  }
}
