package org.safepassage.tasklist.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Makes every task query fast at any queue length without changing who sees what. The engine's
 * task query joins the user's grants onto each task by {@code RESOURCE_ID_ IN (task, definition,
 * '*')}, and since the engine grants each candidate group per task, that join grows with the
 * square of a team's queue (15 s for a page at 10,000 intake tasks). We run the engine's own task
 * query mapping with that one join replaced by the check in {@code task-query-authorization.xml},
 * which asks the same question with set lookups; its candidate-group criteria become an
 * {@code EXISTS} where that asks the same, so a page needs no {@code distinct} and stops after 15
 * rows. The variable query Tasklist's list embeds gets the same treatment: its join onto all of
 * the user's grants becomes one {@code EXISTS} per variable. And on PostgreSQL, the engine's
 * question "which groups hold any grant?", asked in every authorized command as a distinct over
 * the whole grants table, walks the group index instead, and a team's own queue is counted from
 * the totals {@link TeamQueueCounts} keeps.
 *
 * <p>The engine's mapping texts are taken from the engine jar at start, so every other criterion
 * stays exactly the engine's; {@code TaskQueryAuthorizationMappingTest} fails when those texts
 * change, and the start fails if the parts we replace are missing.
 */
@Component
public class TaskQueryAuthorization extends AbstractProcessEnginePlugin {

  static final String ENGINE_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
  static final String OUR_CHECK = "org/safepassage/tasklist/internal/task-query-authorization.xml";
  static final String NAMESPACE = "org.safepassage.tasklist.internal.TaskQueryAuthorization.Tasks";
  static final String ENGINE_VARIABLE_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/VariableInstance.xml";
  static final String VARIABLE_NAMESPACE = "org.safepassage.tasklist.internal.TaskQueryAuthorization.Variables";
  private static final String ENGINE_VARIABLE_NAMESPACE = "org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity";

  private static final Pattern AUTH_JOIN = Pattern.compile(
      "<if test=\"!authCheck\\.revokeAuthorizationCheckEnabled\">\\s*"
          + "<include refid=\"org\\.camunda\\.bpm\\.engine\\.impl\\.persistence\\.entity\\.AuthorizationEntity\\.authCheckJoinWithoutOnClause\" />\\s*"
          + "AUTH ON \\(AUTH\\.RESOURCE_ID_ [^)]*\\)\\s*</if>");
  private static final String LINKS_AS_EXISTS = "@org.safepassage.tasklist.internal.TaskQueryAuthorization@linksAsExists(_parameter)";
  private static final String LINK_JOIN = "left join ${prefix}ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_";
  /** The candidate criteria on identity links, from the candidate type to the last of them. */
  private static final String CANDIDATE_LINKS_START = "and I.TYPE_ = 'candidate'";
  private static final String CANDIDATE_LINKS_END = "and I.USER_ID_ is not null\n                </if>";
  private static final Pattern VARIABLE_AUTH_JOIN = Pattern.compile(
      "<if test=\"!authCheck\\.revokeAuthorizationCheckEnabled\">\\s*"
          + "<include refid=\"org\\.camunda\\.bpm\\.engine\\.impl\\.persistence\\.entity\\.AuthorizationEntity\\.authCheckJoinWithoutOnClause\" />\\s*"
          + "AUTH ON \\(AUTH\\.RESOURCE_ID_ \\$\\{authJoinStart\\}([^()]*)\\$\\{authJoinEnd\\}\\s*\\)\\s*</if>");
  private static final String CONTEXTUAL_CHECK =
      "\"org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.contextualAuthorizationCheck\"";

  /**
   * True when the query's own criteria already limit it to tasks the user is granted: it asks
   * only for tasks offered to some of the user's own groups, or only for tasks assigned to the
   * user. The engine's authorization provider grants every candidate group and every assignee
   * on the task itself, so checking the grants again would only cost time. Called from the
   * mapping; anything less certain (or-queries, candidate users, patterns) takes the full check.
   */
  public static boolean grantedByCriteria(TaskQueryImpl query) {
    AuthorizationCheck check = query.getAuthCheck();
    if (query.getQueries().size() != 1 || check.isRevokeAuthorizationCheckEnabled()) {
      return false;
    }
    if (check.getAuthUserId() != null && check.getAuthUserId().equals(query.getAssignee())) {
      return true;
    }
    if (query.getCandidateUser() != null || query.getInvolvedUser() != null || query.getCandidateGroupLike() != null) {
      return false;
    }
    List<String> candidateGroups = query.getCandidateGroups();
    List<String> userGroups = check.getAuthGroupIds();
    return candidateGroups != null && !candidateGroups.isEmpty() && userGroups != null
        && userGroups.containsAll(candidateGroups);
  }

  /**
   * True when the query's identity-link criteria can be asked as an {@code EXISTS} per task
   * instead of the engine's join: one query (no or-queries) and no involved user, whose criterion
   * mixes identity links with the task's own columns. Then no row is repeated, so the query needs
   * neither {@code distinct} nor a distinct count, and PostgreSQL can walk an index in the
   * list's order and stop after the page. Called from the mapping.
   */
  public static boolean linksAsExists(TaskQueryImpl query) {
    return query.getQueries().size() == 1 && query.getInvolvedUser() == null;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl engine) {
    Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
    parse(mybatis, read(OUR_CHECK), OUR_CHECK);
    parse(mybatis, shadowMapping(read(ENGINE_MAPPING)), NAMESPACE);
    DbSqlSessionFactory sessions = engine.getDbSqlSessionFactory();
    Map<String, String> mappings = sessions.getStatementMappings() == null
        ? new HashMap<>() : new HashMap<>(sessions.getStatementMappings());
    mappings.put("selectTaskByQueryCriteria", NAMESPACE + ".selectTasks");
    mappings.put("selectTaskCountByQueryCriteria", NAMESPACE + ".countTasks");
    parse(mybatis, shadowVariableMapping(read(ENGINE_VARIABLE_MAPPING)), VARIABLE_NAMESPACE);
    mappings.put("selectVariableInstanceByQueryCriteria", VARIABLE_NAMESPACE + ".selectVariables");
    mappings.put("selectVariableInstanceCountByQueryCriteria", VARIABLE_NAMESPACE + ".countVariables");
    if ("postgres".equals(engine.getDatabaseType())) {
      mappings.put("selectAuthorizedGroupIds", "org.safepassage.tasklist.internal.TaskQueryAuthorization.authorizedGroupIds");
      // A team's own queue counted from the totals TeamQueueCounts keeps (its tables are PostgreSQL's).
      mappings.put("selectTaskCountByQueryCriteria", NAMESPACE + ".countTasksOrQueue");
    }
    sessions.setStatementMappings(mappings);
  }

  /** The engine's task query, its criteria untouched, with our authorization check and count. */
  static String shadowMapping(String engineMapping) {
    String criteria = element(engineMapping, "<sql id=\"selectTaskByQueryCriteriaSql\">", "\n  </sql>");
    Matcher join = AUTH_JOIN.matcher(criteria);
    if (!join.find()) {
      throw new IllegalStateException("The engine's task query no longer joins authorizations as expected: " + ENGINE_MAPPING);
    }
    criteria = join.replaceFirst("");
    criteria = replaceOnce(criteria, CONTEXTUAL_CHECK, "\"org.safepassage.tasklist.internal.TaskQueryAuthorization.taskQueryCheck\"");
    criteria = replaceOnce(criteria, LINK_JOIN, "<if test=\"!" + LINKS_AS_EXISTS + "\">" + LINK_JOIN + "</if>");
    String links = element(criteria, CANDIDATE_LINKS_START, CANDIDATE_LINKS_END);
    criteria = replaceOnce(criteria, links, "<choose><when test=\"" + LINKS_AS_EXISTS + "\">"
        + "and EXISTS (select 1 from ${prefix}ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_ " + links + ")"
        + "</when><otherwise>" + links + "</otherwise></choose>");
    String select = element(engineMapping, "<select id=\"selectTaskByQueryCriteria\"", "</select>")
        .replace("id=\"selectTaskByQueryCriteria\"", "id=\"selectTasks\"")
        .replace("resultMap=\"taskResultMap\"", "resultMap=\"org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.taskResultMap\"");
    select = replaceOnce(select, "select ${distinct}", "select <if test=\"!" + LINKS_AS_EXISTS + "\">${distinct}</if>");
    return """
        <?xml version="1.0" encoding="UTF-8" ?>
        <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
        <mapper namespace="%s">
        %s
        %s
        %s
        <select id="countTasks" parameterType="org.camunda.bpm.engine.impl.TaskQueryImpl" resultType="long">
          <include refid="org.safepassage.tasklist.internal.TaskQueryAuthorization.countTasks" />
        </select>
        <select id="countTasksOrQueue" parameterType="org.camunda.bpm.engine.impl.TaskQueryImpl" resultType="long">
          <include refid="org.safepassage.tasklist.internal.TaskQueryAuthorization.countTasksOrQueue" />
        </select>
        </mapper>
        """.formatted(NAMESPACE, element(engineMapping, "<sql id=\"columnSelection\">", "</sql>"), criteria, select);
  }

  /**
   * The engine's variable query (Tasklist's list embeds the case number and urgency through it),
   * its criteria untouched, with the same grants joined as the engine asks them, but as one
   * {@code EXISTS} per variable: the engine's join filters all of the user's grants (one per task
   * of the team) for each list, this looks up the few a page's variables need.
   */
  static String shadowVariableMapping(String engineMapping) {
    String criteria = element(engineMapping, "<sql id=\"selectVariableInstanceByQueryCriteriaSql\">", "\n  </sql>");
    Matcher join = VARIABLE_AUTH_JOIN.matcher(criteria);
    if (!join.find()) {
      throw new IllegalStateException("The engine's variable query no longer joins authorizations as expected: "
          + ENGINE_VARIABLE_MAPPING);
    }
    String resources = join.group(1).replace("${authJoinSeparator}", ",");
    criteria = join.replaceFirst("");
    criteria = replaceOnce(criteria, "<include refid=" + CONTEXTUAL_CHECK + " />",
        "<include refid=\"org.safepassage.tasklist.internal.TaskQueryAuthorization.variableQueryCheck\">"
            + "<property name=\"resources\" value=\"" + resources.strip().replaceAll("\\s+", " ").replace("'", "&apos;") + "\" /></include>");
    criteria = criteria.replace("<include refid=\"actInstIdColumn\"/>",
        "<include refid=\"" + ENGINE_VARIABLE_NAMESPACE + ".actInstIdColumn\"/>");
    String select = element(engineMapping, "<select id=\"selectVariableInstanceByQueryCriteria\"", "</select>")
        .replace("id=\"selectVariableInstanceByQueryCriteria\"", "id=\"selectVariables\"")
        .replace("resultMap=\"variableInstanceResultMap\"", "resultMap=\"" + ENGINE_VARIABLE_NAMESPACE + ".variableInstanceResultMap\"");
    String count = element(engineMapping, "<select id=\"selectVariableInstanceCountByQueryCriteria\"", "</select>")
        .replace("id=\"selectVariableInstanceCountByQueryCriteria\"", "id=\"countVariables\"");
    return """
        <?xml version="1.0" encoding="UTF-8" ?>
        <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
        <mapper namespace="%s">
        %s
        %s
        %s
        </mapper>
        """.formatted(VARIABLE_NAMESPACE, criteria, select, count);
  }

  private static String element(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = from < 0 ? -1 : text.indexOf(end, from);
    if (from < 0 || to < 0 || text.indexOf(start, from + 1) >= 0) {
      throw new IllegalStateException("The engine's task query mapping has changed: no single " + start);
    }
    return text.substring(from, to + end.length());
  }

  private static String replaceOnce(String text, String target, String replacement) {
    int at = text.indexOf(target);
    if (at < 0 || text.indexOf(target, at + 1) >= 0) {
      throw new IllegalStateException("The engine's task query mapping has changed: no single " + target);
    }
    return text.replace(target, replacement);
  }

  static String read(String resource) {
    try (InputStream in = TaskQueryAuthorization.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing on the classpath: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void parse(Configuration mybatis, String mapping, String resource) {
    new XMLMapperBuilder(new ByteArrayInputStream(mapping.getBytes(StandardCharsets.UTF_8)), mybatis, resource,
        mybatis.getSqlFragments()).parse();
  }
}
