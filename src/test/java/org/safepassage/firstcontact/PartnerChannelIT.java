package org.safepassage.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safepassage.support.Intakes;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffApi;
import org.safepassage.support.StaffApi.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The partner channel's token opens POST /api/first-contacts and nothing else. */
@PostgresIntegrationTest
public class PartnerChannelIT {

  /** The demo token (application-demo.yml holds only its SHA-256). */
  public static final String DEMO_TOKEN = "demo-partner-token-0d6f4c1e9b2a7f3e8c5d1a6b4e9f2c7a";

  @Autowired
  TestRestTemplate http;

  @Test
  void partnerPostsAFirstContactAndIntakeFindsTheCase() {
    Map<String, Object> intake = Intakes.someone();
    ResponseEntity<Map> posted = asPartner(DEMO_TOKEN, HttpMethod.POST, "/api/first-contacts", intake);

    assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(posted.getBody()).containsOnlyKeys("caseNumber");
    String caseNumber = (String) posted.getBody().get("caseNumber");
    assertThat(StaffApi.as(http, Demo.INES).tasks(caseNumber)).extracting(task -> task.get("taskDefinitionKey"))
        .containsExactly(FirstContactProcess.ASSESS_URGENCY);
    assertThat(StaffApi.as(http, Demo.INES).caseFile(caseNumber).getBody()).as("details went to the vault")
        .extracting(file -> ((Map<?, ?>) file.get("details")).get("FULL_NAME")).isEqualTo(intake.get("fullName"));
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    Map<String, Object> intake = Intakes.someone();
    intake.remove("contactHandles");

    ResponseEntity<Map> refused = asPartner(DEMO_TOKEN, HttpMethod.POST, "/api/first-contacts", intake);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("fields", List.of("contactHandles"));
  }

  @Test
  void aWrongTokenOrAStaffPasswordDoesNotOpenThePartnerPath() {
    assertThat(asPartner("demo-partner-token-guess", HttpMethod.POST, "/api/first-contacts", Intakes.someone())
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.postForEntity("/api/first-contacts", json(Intakes.someone(), null), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("ines", "ines-demo").postForEntity("/api/first-contacts", json(Intakes.someone(), null),
        Map.class).getStatusCode()).as("staff open cases through /api/cases").isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void thePartnerTokenOpensNothingElse() {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    Map<HttpMethod, List<String>> elsewhere = Map.of(
        HttpMethod.GET, List.of("/api/first-contacts", "/api/cases/" + caseNumber, "/engine-rest/task",
            "/engine-rest/process-instance", "/engine-rest/user", "/camunda/api/engine/engine/default/task",
            "/cases", "/cases/new", "/casefile/" + caseNumber, "/camunda/app/tasklist/default/", "/"),
        HttpMethod.POST, List.of("/api/cases", "/api/cases/" + caseNumber + "/notes",
            "/api/cases/" + caseNumber + "/information-received", "/engine-rest/message", "/cases/new"));

    elsewhere.forEach((method, paths) -> paths.forEach(path ->
        assertThat(asPartner(DEMO_TOKEN, method, path, Intakes.someone()).getStatusCode())
            .as("%s %s with the partner token", method, path)
            .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN)));
  }

  private ResponseEntity<Map> asPartner(String token, HttpMethod method, String path, Map<String, Object> body) {
    return http.exchange(path, method, json(body, token), Map.class);
  }

  private static HttpEntity<Map<String, Object>> json(Map<String, Object> body, String bearerToken) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (bearerToken != null) {
      headers.setBearerAuth(bearerToken);
    }
    return new HttpEntity<>(body, headers);
  }
}
