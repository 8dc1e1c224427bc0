package org.safepassage.tasklist.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.impl.util.JsonUtil;
import org.junit.jupiter.api.Test;

/**
 * The kept queue count answers only a team member asking for exactly the team's queue; any other
 * criterion, another team, tenants or a missing login leave the count to the engine.
 */
class TeamQueueCountsTest {

  @Test
  void aTeamMemberOpeningTheTeamsFilterIsAnsweredFromTheKeptCount() {
    assertThat(TeamQueueCounts.answers(asked("ines", List.of("intake"), UnaryOperator.identity()))).isTrue();
    assertThat(TeamQueueCounts.answers(asked("ines", List.of("intake", "managers"),
        query -> (TaskQueryImpl) query.orderByDueDate().asc().orderByTaskCreateTime().desc()))).as("sorted as Tasklist sorts").isTrue();
    assertThat(TeamQueueCounts.answers(asked("ines", List.of("intake"), query -> (TaskQueryImpl) query.active())))
        .as("active tasks only, as Tasklist asks (the totals keep active and suspended apart)").isTrue();
  }

  @Test
  void theTeamsFilterAsStoredAndExtendedByTasklistIsTheTeamsQueue() {
    TaskQueryImpl team = (TaskQueryImpl) new TaskQueryImpl().taskCandidateGroup("intake").includeAssignedTasks().orderByDueDate().asc();
    JsonTaskQueryConverter json = new JsonTaskQueryConverter();
    TaskQueryImpl stored = (TaskQueryImpl) json.toObject(JsonUtil.asObject(json.toJson(team)));
    // What Tasklist sends: its sorting, empty variable searches and "active".
    TaskQueryImpl listed = (TaskQueryImpl) stored.extend(new TaskQueryImpl().orderByTaskCreateTime().desc().active());
    authenticate(listed, "ines", List.of("intake"));

    assertThat(TeamQueueCounts.answers(listed)).isTrue();
  }

  @Test
  void anyFurtherCriterionIsCountedByTheEngine() {
    List<UnaryOperator<TaskQueryImpl>> narrower = List.of(
        query -> (TaskQueryImpl) query.taskAssignee("ines"),
        query -> (TaskQueryImpl) query.dueBefore(new Date()),
        query -> (TaskQueryImpl) query.processVariableValueEquals("urgency", "P0"),
        query -> (TaskQueryImpl) query.taskDefinitionKey("Task_AssessUrgency"),
        query -> (TaskQueryImpl) query.taskNameLike("%call%"),
        query -> (TaskQueryImpl) query.withoutTenantId(),
        query -> (TaskQueryImpl) query.taskCandidateGroupExpression("${currentUserGroups()}"));
    for (UnaryOperator<TaskQueryImpl> criterion : narrower) {
      assertThat(TeamQueueCounts.answers(asked("ines", List.of("intake"), criterion))).isFalse();
    }
  }

  @Test
  void onlyTheTeamsOwnUnfilteredQueueAndOnlyForItsMembers() {
    TaskQueryImpl unassignedOnly = new TaskQueryImpl();
    unassignedOnly.taskCandidateGroup("intake");
    authenticate(unassignedOnly, "ines", List.of("intake"));
    assertThat(TeamQueueCounts.answers(unassignedOnly)).as("without assigned tasks").isFalse();

    assertThat(TeamQueueCounts.answers(asked("viktor", List.of("vetting"), UnaryOperator.identity())))
        .as("another team's queue").isFalse();

    TaskQueryImpl withTenants = asked("ines", List.of("intake"), UnaryOperator.identity());
    withTenants.getTenantCheck().setAuthTenantIds(List.of("lyon"));
    assertThat(TeamQueueCounts.answers(withTenants)).as("a member of a tenant").isFalse();

    TaskQueryImpl nobody = (TaskQueryImpl) new TaskQueryImpl().taskCandidateGroup("intake").includeAssignedTasks();
    assertThat(TeamQueueCounts.answers(nobody)).as("no login").isFalse();
  }

  @Test
  void everyOpenTaskIsAnsweredFromTheKeptTotalOnlyWithoutAnyCriterion() {
    TaskQueryImpl all = (TaskQueryImpl) new TaskQueryImpl().orderByTaskPriority().desc().orderByDueDate().asc();
    authenticate(all, "max", List.of("managers"));
    assertThat(TeamQueueCounts.answersAllTasks(all)).isTrue();

    TaskQueryImpl overdue = (TaskQueryImpl) new TaskQueryImpl().dueBefore(new Date());
    authenticate(overdue, "max", List.of("managers"));
    assertThat(TeamQueueCounts.answersAllTasks(overdue)).as("overdue tasks only").isFalse();

    assertThat(TeamQueueCounts.answersAllTasks(new TaskQueryImpl())).as("no login").isFalse();
    assertThat(TeamQueueCounts.answersAllTasks(asked("ines", List.of("intake"), UnaryOperator.identity())))
        .as("a team's queue").isFalse();
  }

  private static TaskQueryImpl asked(String user, List<String> groups, UnaryOperator<TaskQueryImpl> more) {
    TaskQueryImpl query = (TaskQueryImpl) new TaskQueryImpl().taskCandidateGroup("intake").includeAssignedTasks();
    query = more.apply(query);
    authenticate(query, user, groups);
    return query;
  }

  private static void authenticate(TaskQueryImpl query, String user, List<String> groups) {
    query.getAuthCheck().setAuthUserId(user);
    query.getAuthCheck().setAuthGroupIds(groups);
    query.getAuthCheck().setAuthorizationCheckEnabled(true);
    query.getTenantCheck().setTenantCheckEnabled(true);
  }
}
