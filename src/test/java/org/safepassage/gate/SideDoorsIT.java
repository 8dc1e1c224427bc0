package org.safepassage.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.safepassage.support.BrowserSession;
import org.safepassage.support.CaseSnapshot;
import org.safepassage.support.Intakes;
import org.safepassage.support.JourneyWalk;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.RawEngineCalls;
import org.safepassage.support.StaffApi;
import org.safepassage.support.StaffApi.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * The side doors of issue 5, each tried by the team holding the task and by a manager, on both
 * mounts of /engine-rest and on the webapps' API, in every path spelling: plain, trailing slash,
 * %-encoded id, {@code ;} parameters, double slash, other letter case. Each passes only if nothing
 * reached Camunda: the case's tasks, variables, history and journey are exactly as before.
 */
@PostgresIntegrationTest
class SideDoorsIT {

  /** One call at a task: method, what follows /task/{id}, body. */
  record Call(String method, String suffix, String body) {}

  static final String APPROVED = "{\"value\":\"APPROVED\"}";
  static final String OUTCOME = "{\"vettingOutcome\":" + APPROVED + "}";

  static final List<Call> SKIPPING_VETTING = List.of(
      new Call("POST", "/bpmnError", "{\"errorCode\":\"vettingDone\",\"variables\":" + OUTCOME + "}"),
      new Call("POST", "/bpmnEscalation", "{\"escalationCode\":\"vettingDone\",\"variables\":" + OUTCOME + "}"),
      new Call("POST", "/resolve", "{\"variables\":" + OUTCOME + "}"),
      new Call("POST", "/complete", "{\"variables\":" + OUTCOME + "}"),
      new Call("POST", "/submit-form", "{\"variables\":" + OUTCOME + "}"));

  static final List<Call> FREE_TEXT = List.of(
      new Call("PUT", "/variables/whereabouts", "{\"value\":\"Hotel Leak, room 12\"}"),
      new Call("PUT", "/localVariables/whereabouts", "{\"value\":\"Hotel Leak, room 12\"}"),
      new Call("POST", "/variables", "{\"modifications\":{\"whereabouts\":{\"value\":\"Hotel Leak\"}}}"),
      new Call("POST", "/localVariables", "{\"modifications\":{\"whereabouts\":{\"value\":\"Hotel Leak\"}}}"),
      new Call("PUT", "", "{\"name\":\"Call Ivan at Hotel Leak\"}"),
      new Call("POST", "/comment/create", "{\"message\":\"met Ivan at Hotel Leak\"}"),
      new Call("POST", "/submit-form", "{\"variables\":{\"identityConfirmed\":{\"value\":true},"
          + "\"note\":{\"value\":\"Ivan Petrov, Hotel Leak\"}}}"));

  static final List<Call> HANDING_OVER = List.of(
      new Call("POST", "/identity-links", "{\"groupId\":\"logistics\",\"type\":\"candidate\"}"),
      new Call("POST", "/identity-links", "{\"userId\":\"lea\",\"type\":\"owner\"}"),
      new Call("POST", "/delegate", "{\"userId\":\"lea\"}"),
      new Call("POST", "/claim", "{\"userId\":\"lea\"}"),
      new Call("POST", "/assignee", "{\"userId\":\"lea\"}"));

  @Autowired
  TestRestTemplate http;

  @Autowired
  ProcessEngine engine;

  @LocalServerPort
  int port;

  @Test
  void noSingleStaffCallEndsVettingWithAnOutcome() {
    assertNothingReachesCamunda(SKIPPING_VETTING);
  }

  @Test
  void noFreeTextEntersCamundaThroughVariablesNamesOrComments() {
    assertNothingReachesCamunda(FREE_TEXT);
  }

  @Test
  void nobodyHandsATaskOrItsCaseFileToSomeoneElse() {
    assertNothingReachesCamunda(HANDING_OVER);
  }

  @Test
  void countsBeyondOnesOwnTasksAreForManagersOnly() {
    String definition = (String) StaffApi.as(http, Demo.MAX).getList("/engine-rest/process-definition?key=journey&latestVersion=true")
        .getBody().get(0).get("id");
    assertThat(RawEngineCalls.as(base(), Demo.MAX).call("GET", "/engine-rest/process-definition/statistics", null).statusCode())
        .as("managers see the counts in Cockpit").isEqualTo(200);
    List<String> reports = List.of("/process-definition/statistics", "/process-definition/" + definition + "/statistics",
        "/history/process-instance/report?reportType=duration&periodUnit=month", "/task/report/candidate-group-count",
        "/history/task/report?reportType=count&groupBy=taskName", "/process-definition/key/journey/statistics");
    BrowserSession viktorInBrowser = BrowserSession.loggedInAs(base(), Demo.VIKTOR);
    for (String report : reports) {
      for (String mount : List.of("/engine-rest", "/engine-rest/engine/default")) {
        assertThat(RawEngineCalls.as(base(), Demo.VIKTOR).call("GET", mount + report, null).statusCode())
            .as("vetting: GET " + mount + report).isEqualTo(403);
      }
      assertThat(viktorInBrowser.callCamundaApi("GET", "/camunda/api/engine/engine/default" + report, null).statusCode())
          .as("vetting in the webapp: GET " + report).isEqualTo(403);
      assertThat(RawEngineCalls.as(base(), Demo.MAX).call("GET", "/engine-rest" + report, null).body())
          .as("manager: GET " + report).doesNotContain("Safe Passage:");
    }
    assertThat(viktorInBrowser.callCamundaApi("GET",
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count", null).statusCode())
        .as("Cockpit's own statistics").isEqualTo(403);
  }

  /**
   * Every call, on every mount and in every spelling, by the vetting officer holding the task and
   * by a manager: refused (4xx), and the case in Camunda exactly as before. Afterwards the officer
   * still completes the form normally, so the snapshot is of a live, usable task.
   */
  private void assertNothingReachesCamunda(List<Call> calls) {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    JourneyWalk walk = new JourneyWalk(http);
    walk.walk(caseNumber, JourneyWalk.TO_PROTECTION.subList(0, 2));
    String taskId = (String) StaffApi.as(http, Demo.VIKTOR).tasks(caseNumber).get(0).get("id");
    CaseSnapshot before = CaseSnapshot.of(engine, caseNumber);

    for (Demo user : List.of(Demo.VIKTOR, Demo.MAX)) {
      BrowserSession browser = BrowserSession.loggedInAs(base(), user);
      RawEngineCalls rest = RawEngineCalls.as(base(), user);
      for (Call call : calls) {
        for (Map.Entry<String, BiFunction<String, String, String>> variant : spellings().entrySet()) {
          for (String mount : List.of("/engine-rest", "/engine-rest/engine/default")) {
            String path = mount + variant.getValue().apply(taskId, call.suffix());
            assertRefused(rest.call(call.method(), path, call.body()), user, call, path);
          }
          String path = "/camunda/api/engine/engine/default" + variant.getValue().apply(taskId, call.suffix());
          assertRefused(browser.callCamundaApi(call.method(), path, call.body()), user, call, path);
        }
      }
    }

    assertThat(CaseSnapshot.of(engine, caseNumber)).as("the case in Camunda after every attempt").isEqualTo(before);
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().variableName("vettingOutcome")
        .processInstanceIdIn(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
            .list().stream().map(instance -> instance.getId()).toArray(String[]::new)).count()).isZero();
    walk.take(caseNumber, JourneyWalk.TO_PROTECTION.get(2));
  }

  private static void assertRefused(HttpResponse<String> response, Demo user, Call call, String path) {
    assertThat(response.statusCode()).as("%s: %s %s -> %s", user.id, call.method(), path, response.body())
        .isBetween(400, 499).isNotEqualTo(HttpStatus.NOT_ACCEPTABLE.value());
  }

  /** The same call spelled six ways; Jersey would take most of them to the same resource. */
  private static Map<String, BiFunction<String, String, String>> spellings() {
    return Map.of(
        "plain", (id, suffix) -> "/task/" + id + suffix,
        "trailing slash", (id, suffix) -> "/task/" + id + suffix + "/",
        "encoded id", (id, suffix) -> "/task/%" + Integer.toHexString(id.charAt(0)) + id.substring(1) + suffix,
        "matrix parameter", (id, suffix) -> "/task/" + id + ";look=here" + suffix,
        "double slash", (id, suffix) -> "//task/" + id + suffix,
        "letter case", (id, suffix) -> "/TASK/" + id + suffix.toUpperCase());
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
