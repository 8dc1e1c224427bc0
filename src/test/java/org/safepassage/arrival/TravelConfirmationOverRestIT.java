package org.safepassage.arrival;

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
import org.safepassage.visa.VisaDates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Departure and arrival confirmed over the REST API instead of by task, on PostgreSQL. */
@PostgresIntegrationTest
class TravelConfirmationOverRestIT {

  /** Steps of JourneyWalk.TO_PROTECTION up to the visa decision: the case waits at Plan travel. */
  private static final int TO_PLAN_TRAVEL = 12;

  @Autowired
  TestRestTemplate http;

  @Test
  void logisticsConfirmsTheDepartureAndReceptionTheArrivalEachOnce() {
    String caseNumber = caseAt(TO_PLAN_TRAVEL + 1);
    assertThat(StaffApi.as(http, Demo.LOU).tasks(caseNumber)).extracting(task -> task.get("taskDefinitionKey"))
        .containsExactly(ArrivalProcess.CONFIRM_DEPARTURE);

    assertThat(StaffApi.as(http, Demo.RITA).post(departure(caseNumber)).getStatusCode())
        .as("reception does not confirm departures").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(StaffApi.as(http, Demo.LOU).post(departure(caseNumber)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(StaffApi.as(http, Demo.LOU).tasks(caseNumber)).as("logistics' confirmation task is done").isEmpty();
    assertThat(StaffApi.as(http, Demo.LOU).post(departure(caseNumber)).getStatusCode())
        .as("a second departure").isEqualTo(HttpStatus.CONFLICT);

    assertThat(StaffApi.as(http, Demo.LOU).post(arrival(caseNumber)).getStatusCode())
        .as("logistics does not confirm arrivals").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(StaffApi.as(http, Demo.RITA).post(arrival(caseNumber)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(StaffApi.as(http, Demo.RITA).tasks(caseNumber)).extracting(task -> task.get("taskDefinitionKey"))
        .containsExactly(ArrivalProcess.RECEIVE_AT_RECEPTION_PLATFORM);
    assertThat(StaffApi.as(http, Demo.RITA).post(arrival(caseNumber)).getStatusCode())
        .as("a second arrival").isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void beforeTravelIsPlannedNothingIsConfirmedAndBadCasesAreNamed() {
    String caseNumber = caseAt(TO_PLAN_TRAVEL);
    StaffApi max = StaffApi.as(http, Demo.MAX);

    var early = max.post(departure(caseNumber));
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) early.getBody().get("error")).contains("a departure is awaited once logistics has planned the travel");
    assertThat(max.post(arrival(caseNumber)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    StaffApi lou = StaffApi.as(http, Demo.LOU);
    Map<String, Object> planTravel = lou.tasks(caseNumber).get(0);
    assertThat(planTravel).containsEntry("taskDefinitionKey", ArrivalProcess.PLAN_TRAVEL);

    var afterTheVisa = lou.submitForm((String) planTravel.get("id"), Map.of("travelPlanned", true, "exitControlRisk", "LOW",
        "departureDate", VisaDates.today().plusMonths(5).toString()));
    assertThat(afterTheVisa.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) afterTheVisa.getBody().get("message"))
        .contains("Departure date: must be on or before the last day of the visa's validity");
    assertThat(lou.tasks(caseNumber)).as("nothing half-written").extracting(task -> task.get("id"))
        .containsExactly(planTravel.get("id"));

    assertThat(max.post(departure(CaseNumber.random().value())).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(max.post(arrival(CaseNumber.random().value())).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(max.post(arrival("not-a-case")).getBody()).containsEntry("fields", List.of("caseNumber"));
    assertThat(max.post(departure("not-a-case")).getBody()).containsEntry("fields", List.of("caseNumber"));
  }

  private String caseAt(int steps) {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    new JourneyWalk(http).walk(caseNumber, JourneyWalk.TO_PROTECTION.subList(0, steps));
    return caseNumber;
  }

  private static String departure(String caseNumber) {
    return "/api/cases/" + caseNumber + "/departure";
  }

  private static String arrival(String caseNumber) {
    return "/api/cases/" + caseNumber + "/arrival";
  }
}
