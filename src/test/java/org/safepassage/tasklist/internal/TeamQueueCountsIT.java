package org.safepassage.tasklist.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.safepassage.journey.JourneyProcess;
import org.safepassage.support.CaseSeeder;
import org.safepassage.support.CaseSeeder.Stage;
import org.safepassage.support.JourneyWalk;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.vault.CaseVault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The count Tasklist shows for a team's queue, and for managers' "All open tasks", is kept by the
 * database as tasks come and go. Whatever happens to a case (opened, claimed, passed to the next
 * team, offered twice to the same team, suspended and resumed, deleted), the count a member sees
 * (of all tasks, or of active ones as Tasklist asks) equals the tasks that really wait, before the kept changes are folded into the totals and after.
 */
@PostgresIntegrationTest
class TeamQueueCountsIT {

  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired CaseVault vault;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void theCountsFollowEveryChangeToTheQueues() {
    List<String> cases = new CaseSeeder(vault, runtimeService, transactions, jdbc).open(Stage.FIRST_CONTACT, 6);
    countsAreExact("six cases opened");

    String claimed = CaseSeeder.openTaskOf(jdbc, cases.get(0));
    taskService.claim(claimed, "ines");
    countsAreExact("one task claimed: still in the team's queue");

    taskService.complete(CaseSeeder.openTaskOf(jdbc, cases.get(1)), JourneyWalk.triage("TRANSIT"));
    countsAreExact("one case moved on to its next task");

    String offeredTwice = CaseSeeder.openTaskOf(jdbc, cases.get(2));
    taskService.addCandidateGroup(offeredTwice, "logistics");
    taskService.addCandidateGroup(offeredTwice, "logistics");
    countsAreExact("one task offered to logistics too, twice");
    taskService.deleteCandidateGroup(offeredTwice, "logistics");
    countsAreExact("logistics' offers taken back");

    String stage = runtimeService.createProcessInstanceQuery().superProcessInstanceId(journeyOf(cases.get(4))).singleResult().getId();
    runtimeService.suspendProcessInstanceById(stage);
    countsAreExact("one case suspended: its task is no longer active");
    runtimeService.activateProcessInstanceById(stage);
    countsAreExact("and resumed");

    runtimeService.deleteProcessInstance(journeyOf(cases.get(3)), "test: case withdrawn");
    countsAreExact("one case deleted with its tasks");

    // Taking an offer back leaves the engine's grant on the task: the cases go, and their grants with them.
    cases.stream().filter(number -> !number.equals(cases.get(3)))
        .forEach(number -> runtimeService.deleteProcessInstance(journeyOf(number), "test: done"));
    countsAreExact("the other cases deleted");
  }

  private void countsAreExact(String after) {
    for (boolean folded : new boolean[] {false, true}) {
      if (folded) {
        TeamQueueCounts.fold(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        assertThat(jdbc.queryForObject("select count(*) from " + TeamQueueCounts.CHANGES, Long.class))
            .as("changes left after a fold").isZero();
      }
      String when = after + (folded ? ", folded" : ", not yet folded");
      for (boolean activeOnly : new boolean[] {false, true}) {
        String what = when + (activeOnly ? ", active tasks (as Tasklist asks)" : ", all tasks");
        String active = activeOnly ? " and t.suspension_state_ = 1" : "";
        assertEventually(what + ": intake's count", () -> count("ines", "ines-demo", "Intake: open tasks", activeOnly),
            () -> queue("intake", active));
        assertEventually(what + ": vetting's count", () -> count("viktor", "viktor-demo", "Vetting: open tasks", activeOnly),
            () -> queue("vetting", active));
        assertEventually(what + ": logistics' count", () -> count("lou", "lou-demo", "Logistics: open tasks", activeOnly),
            () -> queue("logistics", active));
        assertEventually(what + ": managers' count", () -> count("max", "max-demo", "All open tasks", activeOnly),
            () -> jdbc.queryForObject("select count(*) from act_ru_task t where t.tenant_id_ is null" + active, Long.class));
      }
    }
  }

  /** Other tests' jobs may still be moving cases: the two must meet within a few tries. */
  private static void assertEventually(String what, java.util.function.LongSupplier shown, java.util.function.LongSupplier real) {
    long seen = -1;
    long truth = -2;
    for (int attempt = 0; attempt < 20 && seen != truth; attempt++) {
      if (attempt > 0) {
        sleep();
      }
      seen = shown.getAsLong();
      truth = real.getAsLong();
    }
    assertThat(seen).as(what).isEqualTo(truth);
  }

  private long queue(String team, String active) {
    return jdbc.queryForObject("select count(distinct t.id_) from act_ru_task t join act_ru_identitylink i on i.task_id_ = t.id_"
        + " where i.type_ = 'candidate' and i.group_id_ = ? and t.tenant_id_ is null" + active, Long.class, team);
  }

  /** The filter's count as the side bar asks it (the filter alone), or as Tasklist's list does (active tasks only). */
  private long count(String user, String password, String filterName, boolean activeOnly) {
    TestRestTemplate as = http.withBasicAuth(user, password);
    String filterId = jdbc.queryForObject("select id_ from act_ru_filter where name_ = ?", String.class, filterName);
    String path = "/engine-rest/filter/" + filterId + "/count";
    ResponseEntity<Map<String, Object>> response = activeOnly
        ? as.exchange(path, HttpMethod.POST, new HttpEntity<>(Map.of("active", true)), OBJECT)
        : as.exchange(path, HttpMethod.GET, null, OBJECT);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return ((Number) response.getBody().get("count")).longValue();
  }

  private String journeyOf(String caseNumber) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(JourneyProcess.KEY).processInstanceBusinessKey(caseNumber)
        .singleResult().getId();
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
