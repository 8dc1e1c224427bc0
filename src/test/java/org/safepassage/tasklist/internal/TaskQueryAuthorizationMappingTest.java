package org.safepassage.tasklist.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;

/**
 * Our task query runs the engine's own mapping text with its authorization join replaced. If a
 * Camunda upgrade changes that text, or the fragments of the authorization mapping our check
 * includes, this fails: read the new mapping, re-check TaskQueryAuthorization and
 * task-query-authorization.xml against it, then record the new checksums here.
 */
class TaskQueryAuthorizationMappingTest {

  private static final String TASK_MAPPING_SHA256 = "616c3e9cdf4055cab8493558ece2d3bce0a3edb7bb9fe88570758b5103caf821";
  private static final String AUTHORIZATION_MAPPING_SHA256 = "4d73791119716f7ce1ca86e4344d285c51c09a17e75d5f1e93013a5c551ccf92";

  @Test
  void theEngineMappingsWeBuildOnAreTheOnesWeChecked() throws Exception {
    assertThat(sha256(TaskQueryAuthorization.read(TaskQueryAuthorization.ENGINE_MAPPING)))
        .as("the engine's Task.xml changed").isEqualTo(TASK_MAPPING_SHA256);
    assertThat(sha256(TaskQueryAuthorization.read("org/camunda/bpm/engine/impl/mapping/entity/Authorization.xml")))
        .as("the engine's Authorization.xml changed").isEqualTo(AUTHORIZATION_MAPPING_SHA256);
  }

  @Test
  void theShadowQueryKeepsEveryCriterionButTheAuthorizationJoin() {
    String engine = TaskQueryAuthorization.read(TaskQueryAuthorization.ENGINE_MAPPING);
    String shadow = TaskQueryAuthorization.shadowMapping(engine);

    assertThat(engine).contains("AUTH ON (AUTH.RESOURCE_ID_");
    assertThat(shadow).doesNotContain("AUTH ON", "AuthorizationEntity.contextualAuthorizationCheck")
        .contains("org.safepassage.tasklist.internal.TaskQueryAuthorization.taskQueryCheck", "<select id=\"selectTasks\"",
            "<select id=\"countTasks\"", "query.processInstanceBusinessKey", "query.candidateGroups", "orderingProperties");
  }

  @Test
  void onlyQueriesLimitedToTheUsersOwnGroupsOrOwnTasksSkipTheCheck() {
    assertThat(TaskQueryAuthorization.grantedByCriteria(query("ines", List.of("intake")).taskCandidateGroup("intake")))
        .as("the team's own filter").isTrue();
    assertThat(TaskQueryAuthorization.grantedByCriteria(query("ines", List.of("intake")).taskAssignee("ines")))
        .as("my tasks").isTrue();
    assertThat(TaskQueryAuthorization.grantedByCriteria(query("viktor", List.of("vetting")).taskCandidateGroup("intake")))
        .as("another team's queue").isFalse();
    assertThat(TaskQueryAuthorization.grantedByCriteria(query("viktor", List.of("vetting")).taskAssignee("ines")))
        .as("someone else's tasks").isFalse();
    TaskQueryImpl widened = query("ines", List.of("intake")).taskCandidateGroup("intake");
    widened.or().taskCandidateGroup("vetting").endOr();
    assertThat(TaskQueryAuthorization.grantedByCriteria(widened)).as("an or-query widens the result").isFalse();
    assertThat(TaskQueryAuthorization.grantedByCriteria(query("ines", List.of("intake"))))
        .as("no limit at all").isFalse();
  }

  private static TaskQueryImpl query(String user, List<String> groups) {
    TaskQueryImpl query = new TaskQueryImpl();
    query.getAuthCheck().setAuthUserId(user);
    query.getAuthCheck().setAuthGroupIds(groups);
    return query;
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
