package org.safepassage.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safepassage.support.CaseSeeder;
import org.safepassage.support.CaseSeeder.Stage;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.vault.CaseVault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Thousands of open tasks over three teams, and still each team sees, counts and opens exactly its
 * own: its Tasklist filter, the filter's count, any other task query it sends, and the case files
 * it may read. The engine's grants (one per task and candidate group) are the oracle.
 */
@PostgresIntegrationTest
class TeamIsolationAtScaleIT {

  private static final int CASES_PER_TEAM = 1_000;
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
  private static Map<Stage, List<String>> seeded;

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseVault vault;
  @Autowired RuntimeService runtimeService;
  @Autowired PlatformTransactionManager transactions;
  @Autowired IdentityService identityService;

  @BeforeEach
  void thousandsOfOpenTasks() {
    if (seeded == null) {
      seeded = new CaseSeeder(vault, runtimeService, transactions, jdbc).open(Map.of(
          Stage.FIRST_CONTACT, CASES_PER_TEAM, Stage.VETTING, CASES_PER_TEAM, Stage.CONSULAR_VISA, CASES_PER_TEAM), done -> { });
      jdbc.execute("analyze");
    }
  }

  @Test
  void eachTeamsFilterListsAndCountsExactlyItsOwnTasks() {
    for (Member member : List.of(Member.INES, Member.VIKTOR, Member.LEA)) {
      String filterId = filterId(member, member.filterName);
      Set<String> listed = ids(list(member, "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=100000"));
      long counted = count(member, "/engine-rest/filter/" + filterId + "/count");

      Set<String> offered = new HashSet<>(jdbc.queryForList("select t.id_ from act_ru_task t join act_ru_identitylink i"
          + " on i.task_id_ = t.id_ where i.type_ = 'candidate' and i.group_id_ = ?", String.class, member.team));
      assertThat(offered).as(member.team + "'s open tasks").hasSizeGreaterThanOrEqualTo(CASES_PER_TEAM);
      assertThat(listed).as(member.team + "'s filter").isEqualTo(offered);
      assertThat(counted).as(member.team + "'s count").isEqualTo(offered.size());
    }
  }

  @Test
  void anyOtherTaskQueryOfATeamReturnsOnlyWhatItIsGranted() {
    for (Member member : List.of(Member.INES, Member.VIKTOR, Member.LEA)) {
      Set<String> visible = ids(list(member, "/engine-rest/task?firstResult=0&maxResults=100000"));
      Set<String> granted = new HashSet<>(jdbc.queryForList("select distinct t.id_ from act_ru_task t join act_ru_authorization a"
          + " on a.resource_id_ = t.id_ where a.resource_type_ = 7 and a.type_ = 1 and (a.group_id_ = ? or a.user_id_ = ?)",
          String.class, member.team, member.id));

      assertThat(visible).as(member.id + " sees").isEqualTo(granted);
      assertThat(count(member, "/engine-rest/task/count")).isEqualTo(granted.size());
      assertThat(count(member, "/engine-rest/task/count?candidateGroup=intake")).as(member.id + " counting intake's tasks")
          .isEqualTo(member == Member.INES ? unclaimedIntakeTasks() : 0);
    }
    long all = jdbc.queryForObject("select count(*) from act_ru_task", Long.class);
    assertThat(count(Member.MAX, "/engine-rest/filter/" + filterId(Member.MAX, "All open tasks") + "/count"))
        .as("managers count every open task").isEqualTo(all);
  }

  @Test
  void noTeamClaimsOrCompletesAnotherTeamsTask() {
    String intakeTask = CaseSeeder.openTaskOf(jdbc, seeded.get(Stage.FIRST_CONTACT).get(1));

    ResponseEntity<String> claim = as(Member.VIKTOR).exchange("/engine-rest/task/" + intakeTask + "/claim", HttpMethod.POST,
        json(Map.of("userId", Member.VIKTOR.id)), String.class);
    ResponseEntity<String> complete = as(Member.LEA).exchange("/engine-rest/task/" + intakeTask + "/complete", HttpMethod.POST,
        json(Map.of()), String.class);

    assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.queryForObject("select assignee_ from act_ru_task where id_ = ?", String.class, intakeTask)).isNull();
  }

  @Test
  void aCaseFileIsOpenToTheTeamWhileUnclaimedAndToTheAssigneeOnceClaimed() {
    ensureSecondIntakeCoordinator();
    String caseNumber = seeded.get(Stage.FIRST_CONTACT).get(0);
    String vettingCase = seeded.get(Stage.VETTING).get(0);

    assertThat(caseFile(Member.INES, caseNumber)).as("offered to intake, unclaimed").isEqualTo(HttpStatus.OK);
    assertThat(caseFile(Member.INGRID, caseNumber)).as("offered to intake, unclaimed").isEqualTo(HttpStatus.OK);
    assertThat(caseFile(Member.VIKTOR, caseNumber)).as("another team").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(caseFile(Member.INES, vettingCase)).as("another team's case").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(caseFile(Member.VIKTOR, vettingCase)).isEqualTo(HttpStatus.OK);

    String task = CaseSeeder.openTaskOf(jdbc, caseNumber);
    ResponseEntity<String> claimed = as(Member.INES).exchange("/engine-rest/task/" + task + "/claim", HttpMethod.POST,
        json(Map.of("userId", Member.INES.id)), String.class);
    assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(caseFile(Member.INES, caseNumber)).as("the assignee").isEqualTo(HttpStatus.OK);
    assertThat(caseFile(Member.INGRID, caseNumber)).as("a colleague, once claimed").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(caseFile(Member.MAX, caseNumber)).as("a manager").isEqualTo(HttpStatus.OK);
  }

  private enum Member {
    INES("ines", "ines-demo", "intake", "Intake: open tasks"),
    INGRID("ingrid", "ingrid-scale-password", "intake", "Intake: open tasks"),
    VIKTOR("viktor", "viktor-demo", "vetting", "Vetting: open tasks"),
    LEA("lea", "lea-demo", "legal", "Legal: open tasks"),
    MAX("max", "max-demo", "managers", "All open tasks");

    final String id;
    final String password;
    final String team;
    final String filterName;

    Member(String id, String password, String team, String filterName) {
      this.id = id;
      this.password = password;
      this.team = team;
      this.filterName = filterName;
    }
  }

  private void ensureSecondIntakeCoordinator() {
    if (identityService.createUserQuery().userId(Member.INGRID.id).count() == 0) {
      User ingrid = identityService.newUser(Member.INGRID.id);
      ingrid.setPassword(Member.INGRID.password);
      identityService.saveUser(ingrid);
      identityService.createMembership(Member.INGRID.id, "intake");
    }
  }

  private long unclaimedIntakeTasks() {
    return jdbc.queryForObject("select count(distinct t.id_) from act_ru_task t join act_ru_identitylink i on i.task_id_ = t.id_"
        + " where i.type_ = 'candidate' and i.group_id_ = 'intake' and t.assignee_ is null", Long.class);
  }

  private HttpStatus caseFile(Member member, String caseNumber) {
    return HttpStatus.valueOf(as(member).exchange("/api/cases/" + caseNumber, HttpMethod.GET, null, OBJECT)
        .getStatusCode().value());
  }

  private String filterId(Member member, String name) {
    List<Map<String, Object>> filters = list(member, "/engine-rest/filter?name=" + name);
    assertThat(filters).as("filter " + name).hasSize(1);
    return (String) filters.get(0).get("id");
  }

  private List<Map<String, Object>> list(Member member, String path) {
    ResponseEntity<List<Map<String, Object>>> response = as(member).exchange(path, HttpMethod.GET, null, LIST);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private long count(Member member, String path) {
    ResponseEntity<Map<String, Object>> response = as(member).exchange(path, HttpMethod.GET, null, OBJECT);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return ((Number) response.getBody().get("count")).longValue();
  }

  private static Set<String> ids(List<Map<String, Object>> tasks) {
    Set<String> ids = new HashSet<>();
    tasks.forEach(task -> ids.add((String) task.get("id")));
    return ids;
  }

  private TestRestTemplate as(Member member) {
    return http.withBasicAuth(member.id, member.password);
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
