package org.safepassage.tasklist.internal;

import jakarta.annotation.PreDestroy;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.TenantCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many tasks wait in each team's queue, kept by the database as tasks come and go, so that
 * Tasklist's count of a team's filter costs the same at 100 tasks as at 100,000 (counting the
 * queue row by row took 60 ms at 100,000, on every list Tasklist loads, since its list carries
 * the count).
 *
 * <p>A trigger on the engine's identity links writes +1 when a task (without tenant) is first
 * offered to a group, and -1 when its last offer to that group goes, as rows of their own
 * ({@code sp_task_queue_delta}), so concurrent transactions never wait on a shared counter and
 * cannot deadlock over it. Every few seconds those rows are folded into one total per group
 * ({@code sp_task_queue_total}) in one statement; a trigger on the tasks keeps the total of all
 * open tasks the same way, and moves a task's counts between active and suspended when its
 * process is suspended or resumed (Tasklist asks for active tasks only); a count reads the total plus the rows not yet
 * folded, in one snapshot, so it is exact at any moment. At each start the totals are counted
 * afresh under a lock that holds writers back for that moment.
 *
 * <p>The kept count answers only the question it keeps: a team's own queue, i.e. a task query
 * whose every criterion equals {@code taskCandidateGroup(team).includeAssignedTasks()} (ordering
 * aside, active or suspended or both), asked by a member of that team without tenants; and every open task, asked with no
 * criterion by someone granted all tasks (managers). Any other criterion, set or not known
 * to us, and the engine counts as before ({@link #answers}). PostgreSQL only, like the indexes;
 * on the demo's H2 the engine counts.
 */
@Component
public class TeamQueueCounts extends AbstractProcessEnginePlugin {

  static final String COUNTS = "sp_task_queue_total";
  static final String CHANGES = "sp_task_queue_delta";
  /** The key of the total of all open tasks: no group is called so (group ids are letters and digits). */
  public static final String ALL_TASKS = "*";
  private static final long FOLD_EVERY_SECONDS = 5;
  private static final long FOLD_LOCK = 0x5AFE_0C0_17L;
  private static final Logger LOG = LoggerFactory.getLogger(TeamQueueCounts.class);

  /** Fields of a task query that shape its result list or carry its context, never its rows. */
  private static final Set<String> NOT_CRITERIA = Set.of(
      "commandExecutor", "resultType", "validators", "maxResultsLimitEnabled", "authCheck", "tenantCheck",
      "orderingProperties", "maxResults", "firstResult", "parameter", "databaseType", "cachedCandidateGroups",
      "cachedUserGroups", "queries", "isOrQueryActive", "withCommentAttachmentInfo", "initializeFormKeys",
      // Active or suspended tasks only (Tasklist asks for active ones): the totals are kept apart for both.
      "suspensionState");
  private static final List<Field> CRITERIA = criteriaFields();

  private ScheduledExecutorService folding;

  /**
   * True when {@code query} asks exactly for one team's queue, by a member of that team without
   * tenants: then the kept count is its answer. Called from the count mapping on PostgreSQL.
   */
  public static boolean answers(TaskQueryImpl query) {
    return query.getCandidateGroup() != null
        && TaskQueryAuthorization.grantedByCriteria(query)
        && withoutTenants(query)
        && sameCriteria(query, (TaskQueryImpl) new TaskQueryImpl().taskCandidateGroup(query.getCandidateGroup()).includeAssignedTasks());
  }

  /**
   * True when {@code query} asks for every open task, with no criterion at all, by someone logged
   * in without tenants: the kept total answers it if the user holds a grant on all tasks, which
   * the count mapping asks the database in the same statement (managers' "All open tasks").
   */
  public static boolean answersAllTasks(TaskQueryImpl query) {
    AuthorizationCheck check = query.getAuthCheck();
    return check.getAuthUserId() != null && check.isAuthorizationCheckEnabled() && !check.isRevokeAuthorizationCheckEnabled()
        && withoutTenants(query) && sameCriteria(query, new TaskQueryImpl());
  }

  private static boolean withoutTenants(TaskQueryImpl query) {
    TenantCheck tenants = query.getTenantCheck();
    return tenants.isTenantCheckEnabled() && (tenants.getAuthTenantIds() == null || tenants.getAuthTenantIds().isEmpty());
  }

  static boolean sameCriteria(TaskQueryImpl query, TaskQueryImpl other) {
    try {
      for (Field field : CRITERIA) {
        if (!Objects.deepEquals(unsetIfEmpty(field.get(query)), unsetIfEmpty(field.get(other)))) {
          return false;
        }
      }
      return query.getQueries().size() == 1 && other.getQueries().size() == 1;
    } catch (IllegalAccessException e) {
      return false;
    }
  }

  /** An empty list, set, map or array asks for nothing, as an unset one does (extending a query leaves empty arrays). */
  private static Object unsetIfEmpty(Object value) {
    boolean empty = value instanceof Collection<?> collection ? collection.isEmpty()
        : value instanceof Map<?, ?> map ? map.isEmpty()
        : value != null && value.getClass().isArray() && Array.getLength(value) == 0;
    return empty ? null : value;
  }

  private static List<Field> criteriaFields() {
    List<Field> fields = new ArrayList<>();
    for (Class<?> type = TaskQueryImpl.class; type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && !NOT_CRITERIA.contains(field.getName())) {
          field.setAccessible(true);
          fields.add(field);
        }
      }
    }
    return List.copyOf(fields);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (!"postgres".equals(configuration.getDatabaseType())) {
      return;
    }
    DataSource dataSource = configuration.getDataSource();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    String prefix = configuration.getDatabaseTablePrefix();
    installWithRetries(jdbc, transaction, prefix);
    folding = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "task-queue-counts");
      thread.setDaemon(true);
      return thread;
    });
    folding.scheduleWithFixedDelay(() -> fold(jdbc, transaction), FOLD_EVERY_SECONDS, FOLD_EVERY_SECONDS, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stopFolding() {
    if (folding != null) {
      folding.shutdownNow();
    }
  }

  /**
   * The install waits for every writer of tasks and identity links to finish; on a node that
   * starts beside a busy one, PostgreSQL may pick it as the victim of a deadlock. It tries again.
   */
  private static void installWithRetries(JdbcTemplate jdbc, TransactionTemplate transaction, String prefix) {
    for (int attempt = 1; ; attempt++) {
      try {
        transaction.executeWithoutResult(status -> install(jdbc, prefix));
        return;
      } catch (ConcurrencyFailureException e) {
        if (attempt == 5) {
          throw e;
        }
        LOG.warn("Installing the task queue counts met a concurrent writer (attempt {}), trying again", attempt);
      }
    }
  }

  /** Tables, triggers and fresh totals, in one transaction that holds writers of tasks and identity links back. */
  private static void install(JdbcTemplate jdbc, String prefix) {
    jdbc.execute("lock table %1$sACT_RU_TASK, %1$sACT_RU_IDENTITYLINK in share row exclusive mode".formatted(prefix));
    jdbc.execute("create table if not exists " + COUNTS + " (GROUP_ID_ varchar(255) not null, SUSPENDED_ boolean not null,"
        + " TASKS_ bigint not null, primary key (GROUP_ID_, SUSPENDED_))");
    jdbc.execute("create table if not exists " + CHANGES + " (ID_ bigserial primary key, GROUP_ID_ varchar(255) not null,"
        + " SUSPENDED_ boolean not null, DELTA_ integer not null)");
    jdbc.execute("create index if not exists sp_task_queue_change_group on " + CHANGES + " (GROUP_ID_, SUSPENDED_, DELTA_)");
    // A BEFORE trigger: for the rows one statement changes, each call sees the rows changed before it,
    // so a task offered twice to the same group is counted once, and uncounted once.
    installTrigger(jdbc, "sp_count_task_queue", "insert or update or delete", prefix + "ACT_RU_IDENTITYLINK", """
          if tg_op in ('DELETE', 'UPDATE') and OLD.TYPE_ = 'candidate' and OLD.GROUP_ID_ is not null
              and OLD.TASK_ID_ is not null
              and not exists (select 1 from %1$sACT_RU_IDENTITYLINK L where L.TASK_ID_ = OLD.TASK_ID_
                  and L.GROUP_ID_ = OLD.GROUP_ID_ and L.TYPE_ = 'candidate' and L.ID_ <> OLD.ID_) then
            insert into %2$s (GROUP_ID_, SUSPENDED_, DELTA_)
              select OLD.GROUP_ID_, T.SUSPENSION_STATE_ = 2, -1 from %1$sACT_RU_TASK T
              where T.ID_ = OLD.TASK_ID_ and T.TENANT_ID_ is null;
          end if;
          if tg_op in ('INSERT', 'UPDATE') and NEW.TYPE_ = 'candidate' and NEW.GROUP_ID_ is not null
              and NEW.TASK_ID_ is not null
              and not exists (select 1 from %1$sACT_RU_IDENTITYLINK L where L.TASK_ID_ = NEW.TASK_ID_
                  and L.GROUP_ID_ = NEW.GROUP_ID_ and L.TYPE_ = 'candidate' and L.ID_ <> NEW.ID_) then
            insert into %2$s (GROUP_ID_, SUSPENDED_, DELTA_)
              select NEW.GROUP_ID_, T.SUSPENSION_STATE_ = 2, 1 from %1$sACT_RU_TASK T
              where T.ID_ = NEW.TASK_ID_ and T.TENANT_ID_ is null;
          end if;""".formatted(prefix, CHANGES));
    // Tasks come and go (the total of all tasks), and are suspended or resumed with their process,
    // which moves them, in the total and in every queue they wait in, between active and suspended.
    installTrigger(jdbc, "sp_count_open_tasks", "insert or update of SUSPENSION_STATE_ or delete", prefix + "ACT_RU_TASK", """
          if tg_op = 'INSERT' and NEW.TENANT_ID_ is null then
            insert into %1$s (GROUP_ID_, SUSPENDED_, DELTA_) values ('%2$s', NEW.SUSPENSION_STATE_ = 2, 1);
          elsif tg_op = 'DELETE' and OLD.TENANT_ID_ is null then
            insert into %1$s (GROUP_ID_, SUSPENDED_, DELTA_) values ('%2$s', OLD.SUSPENSION_STATE_ = 2, -1);
          elsif tg_op = 'UPDATE' and OLD.TENANT_ID_ is null and (OLD.SUSPENSION_STATE_ = 2) <> (NEW.SUSPENSION_STATE_ = 2) then
            -- The engine writes every column on each update (a claim too): only a real change moves counts.
            insert into %1$s (GROUP_ID_, SUSPENDED_, DELTA_)
              select '%2$s', OLD.SUSPENSION_STATE_ = 2, -1
              union all
              select '%2$s', NEW.SUSPENSION_STATE_ = 2, 1
              union all
              select distinct L.GROUP_ID_, OLD.SUSPENSION_STATE_ = 2, -1 from %3$sACT_RU_IDENTITYLINK L
              where L.TASK_ID_ = OLD.ID_ and L.TYPE_ = 'candidate' and L.GROUP_ID_ is not null
              union all
              select distinct L.GROUP_ID_, NEW.SUSPENSION_STATE_ = 2, 1 from %3$sACT_RU_IDENTITYLINK L
              where L.TASK_ID_ = OLD.ID_ and L.TYPE_ = 'candidate' and L.GROUP_ID_ is not null;
          end if;""".formatted(CHANGES, ALL_TASKS, prefix));
    jdbc.execute("delete from " + CHANGES);
    jdbc.execute("delete from " + COUNTS);
    jdbc.execute(("insert into " + COUNTS + " (GROUP_ID_, SUSPENDED_, TASKS_)"
        + " select L.GROUP_ID_, T.SUSPENSION_STATE_ = 2, count(distinct L.TASK_ID_) from %1$sACT_RU_IDENTITYLINK L"
        + " join %1$sACT_RU_TASK T on T.ID_ = L.TASK_ID_"
        + " where L.TYPE_ = 'candidate' and L.GROUP_ID_ is not null and T.TENANT_ID_ is null"
        + " group by L.GROUP_ID_, T.SUSPENSION_STATE_ = 2").formatted(prefix));
    jdbc.execute(("insert into " + COUNTS + " (GROUP_ID_, SUSPENDED_, TASKS_)"
        + " select '%s', SUSPENSION_STATE_ = 2, count(*) from %sACT_RU_TASK where TENANT_ID_ is null"
        + " group by SUSPENSION_STATE_ = 2").formatted(ALL_TASKS, prefix));
  }

  /** A row trigger {@code name} on {@code table}, run before each row is written, with a function of the same name. */
  private static void installTrigger(JdbcTemplate jdbc, String name, String events, String table, String counting) {
    jdbc.execute("""
        create or replace function %s() returns trigger language plpgsql as $$
        begin
        %s
          if tg_op = 'DELETE' then
            return OLD;
          end if;
          return NEW;
        end
        $$""".formatted(name, counting));
    jdbc.execute("drop trigger if exists %s on %s".formatted(name, table));
    jdbc.execute("create trigger %1$s before %2$s on %3$s for each row execute function %1$s()".formatted(name, events, table));
  }

  /** Moves the changes into the totals in one statement; one node at a time. */
  static void fold(JdbcTemplate jdbc, TransactionTemplate transaction) {
    try {
      transaction.executeWithoutResult(status -> {
        if (Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, FOLD_LOCK))) {
          jdbc.update("with moved as (delete from " + CHANGES + " returning GROUP_ID_, SUSPENDED_, DELTA_),"
              + " summed as (select GROUP_ID_, SUSPENDED_, sum(DELTA_) as TASKS_ from moved group by GROUP_ID_, SUSPENDED_)"
              + " insert into " + COUNTS + " (GROUP_ID_, SUSPENDED_, TASKS_) select GROUP_ID_, SUSPENDED_, TASKS_ from summed"
              + " on conflict (GROUP_ID_, SUSPENDED_) do update set TASKS_ = " + COUNTS + ".TASKS_ + excluded.TASKS_");
        }
      });
    } catch (RuntimeException e) {
      // The changes stay where they are and still count; the next fold takes them.
      LOG.warn("Folding the task queue counts failed: {}", e.toString());
    }
  }
}
