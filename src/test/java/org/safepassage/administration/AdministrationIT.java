package org.safepassage.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.safepassage.administration.internal.AdministrationAuditLog;
import org.safepassage.support.Intakes;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffAccounts;
import org.safepassage.support.StaffApi.Demo;
import org.safepassage.support.StaffApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The administrator manages accounts and nothing more: it deploys no process, joins no team,
 * takes no task (and so reads no case file), and
 * every change it makes to accounts, teams and permissions is on the record, without passwords.
 */
@PostgresIntegrationTest
class AdministrationIT {

  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {};

  @Autowired
  TestRestTemplate http;

  @Autowired
  IdentityService identityService;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  TaskService taskService;

  @Autowired
  AdministrationAuditLog auditLog;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theAdministratorCannotDeployAProcessThroughRest() {
    String name = "smuggled-" + UUID.randomUUID();
    BpmnModelInstance smuggled = Bpmn.createExecutableProcess("smuggled").startEvent()
        .serviceTask().camundaExpression("${environment.getProperty('safepassage.vault.master-key')}").endEvent().done();
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", name);
    form.add("data", new ByteArrayResource(Bpmn.convertToString(smuggled).getBytes()) {
      @Override
      public String getFilename() {
        return "smuggled.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);

    ResponseEntity<String> response = asAdmin().postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // The edge's allow-list refuses it before the engine's own rule (tested through the Java API) is asked.
    assertThat(response.getBody()).contains("/deployment/create is not open to you");
    assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).as("nothing deployed").isZero();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("smuggled").count()).isZero();

    String journey = repositoryService.createProcessDefinitionQuery().processDefinitionKey("journey").latestVersion()
        .singleResult().getDeploymentId();
    assertThat(asAdmin().exchange("/engine-rest/deployment/" + journey + "?cascade=true", HttpMethod.DELETE, null,
        String.class).getStatusCode()).as("removing the app's own deployment").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(repositoryService.createDeploymentQuery().deploymentId(journey).count()).isEqualTo(1);
  }

  @Test
  void nobodyLoggedInDeploysThroughTheJavaApiEither() {
    BpmnModelInstance process = Bpmn.createExecutableProcess("loggedInDeployment").startEvent().endEvent().done();
    identityService.setAuthenticatedUserId("admin");
    try {
      assertThatThrownBy(() -> repositoryService.createDeployment().addModelInstance("p.bpmn", process).deploy())
          .isInstanceOf(AuthorizationException.class);
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("loggedInDeployment").count()).isZero();
  }

  @Test
  void theAdministratorCannotJoinATeamNorATeamMemberBecomeAdministrator() {
    ResponseEntity<Map<String, Object>> joining = asAdmin().exchange("/engine-rest/group/managers/members/admin",
        HttpMethod.PUT, null, MAP);
    assertThat(joining.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) joining.getBody().get("message")).contains("administrator", "cannot join the team managers");
    assertThat(identityService.createUserQuery().userId("admin").memberOfGroup("managers").count()).isZero();

    String manager = StaffAccounts.create(identityService, "managers");
    assertThatThrownBy(() -> identityService.createMembership(manager, "camunda-admin"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("cannot be an administrator");
    assertThat(identityService.createUserQuery().userId(manager).memberOfGroup("camunda-admin").count()).isZero();
  }

  @Test
  void theAdministratorCannotTakeATaskAndSoNeverReadsACaseFile() {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    String taskId = (String) StaffApi.as(http, Demo.INES).tasks(caseNumber).get(0).get("id");

    assertThat(asAdmin().postForEntity("/engine-rest/task/" + taskId + "/claim", json(Map.of("userId", "admin")),
        String.class).getStatusCode()).as("claim").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(asAdmin().postForEntity("/engine-rest/task/" + taskId + "/assignee", json(Map.of("userId", "admin")),
        String.class).getStatusCode()).as("assign").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(asAdmin().postForEntity("/engine-rest/task/" + taskId + "/identity-links",
        json(Map.of("userId", "admin", "type", "candidate")), String.class).getStatusCode()).as("candidate")
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    assertThat(asAdmin().getForEntity("/api/cases/" + caseNumber, String.class).getStatusCode()).as("the case file")
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void everyChangeOfMembershipPermissionOrPasswordIsOnTheRecordWithoutThePassword() {
    String user = "recorded" + UUID.randomUUID().toString().substring(0, 8);
    String firstPassword = "first passphrase of " + user;
    String secondPassword = "second passphrase of " + user;
    TestRestTemplate admin = asAdmin();

    assertThat(admin.exchange("/engine-rest/user/create", HttpMethod.POST, json(Map.of(
        "profile", Map.of("id", user, "firstName", "Re", "lastName", "Corded", "email", user + "@example.invalid"),
        "credentials", Map.of("password", firstPassword))), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(admin.exchange("/engine-rest/group/legal/members/" + user, HttpMethod.PUT, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(admin.exchange("/engine-rest/user/" + user + "/credentials", HttpMethod.PUT,
        json(Map.of("password", secondPassword, "authenticatedUserPassword", "admin-demo")), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<Map<String, Object>> granted = admin.exchange("/engine-rest/authorization/create", HttpMethod.POST,
        json(Map.of("type", 1, "permissions", List.of("ACCESS"), "userId", user, "resourceType", 0, "resourceId", "cockpit")), MAP);
    assertThat(granted.getStatusCode()).isEqualTo(HttpStatus.OK);
    String authorizationId = (String) granted.getBody().get("id");
    assertThat(admin.exchange("/engine-rest/authorization/" + authorizationId, HttpMethod.DELETE, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(admin.exchange("/engine-rest/group/legal/members/" + user, HttpMethod.DELETE, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(auditLog.entriesAbout(user)).extracting(AdministrationAuditLog.Entry::actor,
        AdministrationAuditLog.Entry::action, AdministrationAuditLog.Entry::detail).containsExactly(
            org.assertj.core.groups.Tuple.tuple("admin", "USER_CREATED", "password set"),
            org.assertj.core.groups.Tuple.tuple("admin", "MEMBERSHIP_ADDED", "group legal"),
            org.assertj.core.groups.Tuple.tuple("admin", "USER_UPDATED", "password set"),
            org.assertj.core.groups.Tuple.tuple("admin", "MEMBERSHIP_REMOVED", "group legal"));
    assertThat(auditLog.entriesAbout(authorizationId)).extracting(AdministrationAuditLog.Entry::action,
        AdministrationAuditLog.Entry::detail).containsExactly(
            org.assertj.core.groups.Tuple.tuple("AUTHORIZATION_CREATED", "grant user " + user + " on Application cockpit: ACCESS"),
            org.assertj.core.groups.Tuple.tuple("AUTHORIZATION_DELETED", "grant user " + user + " on Application cockpit: ACCESS"));
    assertThat(jdbc.queryForObject("select count(*) from administration_audit_log where concat(actor, action, subject, detail) like ?"
        + " or concat(actor, action, subject, detail) like ?", Integer.class, "%first passphrase%", "%second passphrase%"))
        .as("no password in the log").isZero();
  }

  private TestRestTemplate asAdmin() {
    return http.withBasicAuth("admin", "admin-demo");
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
