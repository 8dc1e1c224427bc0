package org.safepassage.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The app's API and /engine-rest as a demo user of one team sees them, over real HTTP. */
public final class StaffApi {

  /** Demo users (application-demo.yml): user id, password, team. */
  public enum Demo {
    INES("ines", "intake"), VIKTOR("viktor", "vetting"), SARA("sara", "security-review"), LEA("lea", "legal"),
    CONRAD("conrad", "consular"), LOU("lou", "logistics"), RITA("rita", "reception"), MAX("max", "managers");

    public final String id;
    public final String team;

    Demo(String id, String team) {
      this.id = id;
      this.team = team;
    }

    public String password() {
      return id + "-demo";
    }
  }

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};

  private final TestRestTemplate http;

  private StaffApi(TestRestTemplate http) {
    this.http = http;
  }

  public static StaffApi as(TestRestTemplate anonymous, Demo user) {
    return new StaffApi(anonymous.withBasicAuth(user.id, user.password()));
  }

  /** Someone who is not one of the demo users, e.g. a colleague a test puts in two teams. */
  public static StaffApi as(TestRestTemplate anonymous, String userId, String password) {
    return new StaffApi(anonymous.withBasicAuth(userId, password));
  }

  /** POSTs with no body to the app's API, answering with whatever JSON comes back. */
  public ResponseEntity<Map<String, Object>> post(String path) {
    return http.exchange(path, HttpMethod.POST, json(Map.of()), OBJECT);
  }

  /** POSTs this JSON body to the app's API, answering with whatever JSON comes back. */
  public ResponseEntity<Map<String, Object>> post(String path, Map<String, Object> body) {
    return http.exchange(path, HttpMethod.POST, json(body), OBJECT);
  }

  public ResponseEntity<Map<String, Object>> openCase(Map<String, Object> intake) {
    return http.exchange("/api/cases", HttpMethod.POST, json(intake), OBJECT);
  }

  public String openCaseNumber(Map<String, Object> intake) {
    ResponseEntity<Map<String, Object>> response = openCase(intake);
    assertThat(response.getStatusCode()).as("opening a case").isEqualTo(HttpStatus.CREATED);
    return (String) response.getBody().get("caseNumber");
  }

  public ResponseEntity<Map<String, Object>> caseFile(String caseNumber) {
    return http.exchange("/api/cases/" + caseNumber, HttpMethod.GET, null, OBJECT);
  }

  public ResponseEntity<Void> addNote(String caseNumber, String text) {
    return http.exchange("/api/cases/" + caseNumber + "/notes", HttpMethod.POST, json(Map.of("text", text)), Void.class);
  }

  /** The open tasks of a case this user can see. */
  public List<Map<String, Object>> tasks(String caseNumber) {
    ResponseEntity<List<Map<String, Object>>> response =
        http.exchange("/engine-rest/task?processInstanceBusinessKey=" + caseNumber, HttpMethod.GET, null, LIST);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  /** Submits a task's form with these values, as Tasklist does. */
  public ResponseEntity<Map<String, Object>> submitForm(String taskId, Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return http.exchange("/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST,
        json(Map.of("variables", variables)), OBJECT);
  }

  /** PUTs this JSON body to the app's API, answering with whatever JSON comes back. */
  public ResponseEntity<Map<String, Object>> put(String path, Map<String, Object> body) {
    return http.exchange(path, HttpMethod.PUT, json(body), OBJECT);
  }

  public ResponseEntity<Map<String, Object>> get(String path) {
    return http.exchange(path, HttpMethod.GET, null, OBJECT);
  }

  public ResponseEntity<List<Map<String, Object>>> getList(String path) {
    return http.exchange(path, HttpMethod.GET, null, LIST);
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
