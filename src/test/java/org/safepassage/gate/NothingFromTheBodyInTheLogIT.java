package org.safepassage.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safepassage.support.BrowserSession;
import org.safepassage.support.Intakes;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.RawEngineCalls;
import org.safepassage.support.StaffApi;
import org.safepassage.support.StaffApi.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bodies that go wrong in every way we could think of (malformed JSON, values of the wrong type,
 * unknown fields, refused calls, server errors) each carry a planted string; none of it may reach
 * a log line, whatever the answer's status.
 */
@PostgresIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NothingFromTheBodyInTheLogIT {

  @Autowired
  TestRestTemplate http;

  @LocalServerPort
  int port;

  @Test
  void noPartOfARequestBodyReachesTheLogWhateverTheAnswer(CapturedOutput log) {
    String canary = "Canary" + UUID.randomUUID().toString().replace("-", "") + " Ivan Petrov";
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    String taskId = (String) StaffApi.as(http, Demo.INES).tasks(caseNumber).get(0).get("id");
    String base = "http://localhost:" + port;
    RawEngineCalls ines = RawEngineCalls.as(base, Demo.INES);
    BrowserSession inesInBrowser = BrowserSession.loggedInAs(base, Demo.INES);

    List<String> bodies = List.of(
        "{\"variables\": {\"firstContactDecision\": " + canary,
        "{\"variables\": {\"" + canary + "\": {\"value\": true}}}",
        "{\"variables\": {\"firstContactDecision\": {\"value\": \"" + canary + "\"}}}",
        "{\"variables\": {\"safetyCallHeld\": {\"value\": \"" + canary + "\", \"type\": \"Boolean\"}}}",
        "{\"variables\": {\"safetyCallHeld\": {\"value\": \"" + canary + "\", \"type\": \"Date\"}}}",
        "{\"variables\": {\"safetyCallHeld\": {\"value\": \"" + canary + "\", \"type\": \"Object\", \"valueInfo\": "
            + "{\"objectTypeName\": \"java.lang.String\", \"serializationDataFormat\": \"application/json\"}}}}",
        "{\"variables\": {\"safetyCallHeld\": {\"value\": \"" + canary + "\", \"type\": \"Object\", \"valueInfo\": "
            + "{\"objectTypeName\": \"" + canary + "\", \"serializationDataFormat\": \"application/x-java-serialized-object\"}}}}");
    List<Integer> answers = new ArrayList<>();
    for (String body : bodies) {
      for (String suffix : List.of("/submit-form", "/complete", "/bpmnError", "/variables/note")) {
        String method = suffix.startsWith("/variables") ? "PUT" : "POST";
        for (String mount : List.of("/engine-rest", "/engine-rest/engine/default")) {
          answers.add(ines.call(method, mount + "/task/" + taskId + suffix, body).statusCode());
        }
        HttpResponse<String> webapp = inesInBrowser.callCamundaApi(method,
            "/camunda/api/engine/engine/default/task/" + taskId + suffix, body);
        answers.add(webapp.statusCode());
      }
    }
    answers.add(ines.call("POST", "/api/cases", "{\"fullName\": " + canary).statusCode());
    answers.add(ines.call("POST", "/api/cases", "{\"fullName\": \"x\", \"birthDate\": \"" + canary + "\"}").statusCode());
    answers.add(ines.call("POST", "/api/cases/" + caseNumber + "/notes", "[\"" + canary + "\"]").statusCode());

    assertThat(answers).as("every attempt was refused").allSatisfy(status -> assertThat(status).isGreaterThanOrEqualTo(400));
    assertThat(log.getAll()).as("the log saw the attempts").contains("Refused POST for ines");
    assertThat(log.getAll()).doesNotContain(canary.substring(0, 20)).doesNotContain("Ivan Petrov");
    assertThat(StaffApi.as(http, Demo.INES).tasks(caseNumber)).extracting(task -> task.get("id")).containsExactly(taskId);
  }
}
