package org.safepassage.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.RuntimeService;
import org.safepassage.arrival.ArrivalProcess;
import org.safepassage.casenumber.CaseNumber;
import org.safepassage.dashboard.AgingJourney;
import org.safepassage.firstcontact.FirstContactProcess;
import org.safepassage.journey.JourneyProcess;
import org.safepassage.vault.CaseVault;
import org.safepassage.vault.PersonalDetails;
import org.safepassage.vault.PersonalField;
import org.safepassage.visa.VisaDates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens many made-up cases fast, through the engine's Java API: each gets a case file in the vault
 * and a journey started right at one stage, so its first task waits for that stage's team. Cases
 * go in large transactions (one commit per batch of 250), on a few threads.
 */
public final class CaseSeeder {

  /** Where a seeded case waits, and for which team. */
  public enum Stage {
    FIRST_CONTACT("CallActivity_FirstContact", "intake"),
    VETTING("CallActivity_Vetting", "vetting"),
    CONSULAR_VISA("CallActivity_ConsularVisa", "legal"),
    ARRIVAL("CallActivity_Arrival", "logistics");

    public final String callActivity;
    public final String team;

    Stage(String callActivity, String team) {
      this.callActivity = callActivity;
      this.team = team;
    }
  }

  private static final int BATCH = 250;
  private static final int THREADS = 3;

  private final CaseVault vault;
  private final RuntimeService runtimeService;
  private final TransactionTemplate transactions;
  private final JdbcTemplate jdbc;

  public CaseSeeder(CaseVault vault, RuntimeService runtimeService, PlatformTransactionManager transactionManager,
      JdbcTemplate jdbc) {
    this.vault = vault;
    this.runtimeService = runtimeService;
    this.transactions = new TransactionTemplate(transactionManager);
    this.jdbc = jdbc;
  }

  /** Opens {@code count} cases at {@code stage}; returns their numbers. */
  public List<String> open(Stage stage, int count) {
    return open(Map.of(stage, count), done -> { }).get(stage);
  }

  /**
   * Opens the given number of cases at each stage, reporting progress after each batch. Batches
   * run on a few threads, each batch in one transaction of its own.
   */
  public Map<Stage, List<String>> open(Map<Stage, Integer> counts, IntConsumer progress) {
    AtomicInteger done = new AtomicInteger();
    Map<Stage, List<Callable<List<String>>>> batches = new EnumMap<>(Stage.class);
    counts.forEach((stage, count) -> {
      for (int from = 0; from < count; from += BATCH) {
        int size = Math.min(BATCH, count - from);
        batches.computeIfAbsent(stage, key -> new ArrayList<>()).add(() -> {
          List<String> numbers = transactions.execute(status -> openBatch(stage, size));
          progress.accept(done.addAndGet(size));
          return numbers;
        });
      }
    });
    List<Stage> stages = new ArrayList<>();
    List<Callable<List<String>>> all = new ArrayList<>();
    batches.forEach((stage, stageBatches) -> stageBatches.forEach(batch -> {
      stages.add(stage);
      all.add(batch);
    }));
    List<List<String>> opened = onThreads(all);
    Map<Stage, List<String>> byStage = new EnumMap<>(Stage.class);
    for (int i = 0; i < opened.size(); i++) {
      byStage.computeIfAbsent(stages.get(i), key -> new ArrayList<>()).addAll(opened.get(i));
    }
    return byStage;
  }

  /** Runs the batches on a few threads; their results in the order given. */
  private static <T> List<T> onThreads(List<Callable<T>> batches) {
    ExecutorService workers = Executors.newFixedThreadPool(THREADS);
    try {
      List<T> results = new ArrayList<>(batches.size());
      for (Future<T> batch : workers.invokeAll(batches)) {
        results.add(batch.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Seeding failed", e.getCause());
    } finally {
      workers.shutdownNow();
    }
  }

  /**
   * Opens {@code count} made-up cases that have lived (lived now, then back-dated, see
   * {@link AgingJourney.Life#typical}): sample {@code firstSample} onwards, as of now. Batches of
   * 250 per transaction, on a few threads (the engine clock is never moved, so lives may overlap).
   */
  public List<String> openAged(AgingJourney agingJourney, int firstSample, int count, IntConsumer progress) {
    Instant now = Instant.now();
    AtomicInteger done = new AtomicInteger();
    List<Callable<List<String>>> batches = new ArrayList<>();
    for (int from = 0; from < count; from += BATCH) {
      int start = firstSample + from;
      int size = Math.min(BATCH, count - from);
      batches.add(() -> {
        List<String> batch = transactions.execute(status -> {
          List<String> numbers = new ArrayList<>(size);
          for (int n = start; n < start + size; n++) {
            String caseNumber = vault.openCaseFile(PersonalDetails.of(Map.of(
                PersonalField.FULL_NAME, "Seeded Person " + n, PersonalField.CONTACT_HANDLES, "@seeded")), "seeder").value();
            agingJourney.place(caseNumber, AgingJourney.Life.typical(n, now));
            numbers.add(caseNumber);
          }
          quietNewWork(numbers);
          return numbers;
        });
        progress.accept(done.addAndGet(size));
        return batch;
      });
    }
    return onThreads(batches).stream().flatMap(List::stream).toList();
  }

  /**
   * Copies every journey lived so far (those whose case number does not start with
   * {@code COPY-}) in SQL, once for each round {@code fromRound..toRound}: the rows the dashboard
   * reads (journey and stage history: instances, activities, variables; runtime: executions,
   * variables, tasks and their candidate groups; the pipeline's counts), under new ids
   * (the round in place of each id's last 12 characters, {@code COPY-<round>-} before each case number) and with every
   * time moved back by 0 to 167 hours, different per round. So a database grows to 100,000 cases
   * that have lived, spread over the stages and the last 16 weeks as the lived ones are, in
   * minutes (PostgreSQL only).
   */
  public static void copyLivedCases(JdbcTemplate jdbc, int fromRound, int toRound) {
    String lived = "(select p.id_ from act_hi_procinst p where p.proc_def_key_ = 'journey' and p.business_key_ not like 'COPY-%')";
    String livedInstances = "(select h.id_ from act_hi_procinst h where h.root_proc_inst_id_ in " + lived + ")";
    copyRounds(jdbc, "act_hi_procinst", "t.root_proc_inst_id_ in " + lived, fromRound, toRound);
    copyRounds(jdbc, "act_hi_actinst", "t.root_proc_inst_id_ in " + lived, fromRound, toRound);
    copyRounds(jdbc, "act_hi_varinst", "t.root_proc_inst_id_ in " + lived, fromRound, toRound);
    // Executions made by a modification have no root instance id: by their own instance.
    copyRounds(jdbc, "act_ru_execution", "t.proc_inst_id_ in " + livedInstances, fromRound, toRound);
    copyRounds(jdbc, "act_ru_variable", "t.proc_inst_id_ in " + livedInstances, fromRound, toRound);
    copyRounds(jdbc, "act_ru_task", "t.proc_inst_id_ in " + livedInstances, fromRound, toRound);
    copyRounds(jdbc, "act_ru_identitylink", "t.task_id_ in (select k.id_ from act_ru_task k where k.proc_inst_id_ in "
        + livedInstances + ")", fromRound, toRound);
    copyRounds(jdbc, "dashboard_open_stage", "t.journey_id in " + lived, fromRound, toRound);
    jdbc.update("insert into dashboard_stage_delta (stage, stage_name, urgency, delta)"
        + " select o.stage, null, o.urgency, count(*) * ? from dashboard_open_stage o where o.journey_id in " + lived
        + " group by o.stage, o.urgency", toRound - fromRound + 1);
    jdbc.execute("analyze");
  }

  private static final List<String> IDS = List.of("id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_",
      "parent_act_inst_id_", "task_id_", "call_proc_inst_id_", "super_process_instance_id_", "super_exec_", "parent_id_",
      "act_inst_id_", "var_scope_", "journey_id");

  /** insert into table: each row matching {@code where}, once per round, ids prefixed and times moved back. */
  private static void copyRounds(JdbcTemplate jdbc, String table, String where, int fromRound, int toRound) {
    List<String> columns = new ArrayList<>();
    List<String> values = new ArrayList<>();
    jdbc.query("select column_name, data_type from information_schema.columns where table_name = ?"
        + " and table_schema = current_schema() order by ordinal_position", (java.sql.ResultSet rs) -> {
          String column = rs.getString(1);
          columns.add(column);
          if (IDS.contains(column)) {
            // Ids end in a UUID whose last 12 characters (the node) become the round: as long, and no hex.
            values.add("left(t." + column + ", -12) || lpad(g::text, 12, 'x')");
          } else if (column.equals("business_key_")) {
            values.add("'COPY-' || g || '-' || t." + column);
          } else if (rs.getString(2).startsWith("timestamp")) {
            values.add("t." + column + " - ((g * 37) % 168) * interval '1 hour'");
          } else {
            values.add("t." + column);
          }
        }, table);
    jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
        + " from " + table + " t, generate_series(?, ?) g where " + where, fromRound, toRound);
  }

  /** The id of the one open task of a case, whichever stage process it sits in. */
  public static String openTaskOf(JdbcTemplate jdbc, String caseNumber) {
    return jdbc.queryForObject("select t.id_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
        + " join act_ru_execution root on root.id_ = e.root_proc_inst_id_ where root.business_key_ = ?", String.class, caseNumber);
  }

  /**
   * Copies a case's open task {@code copies} times in SQL, each copy offered to the same team,
   * granted to it and carrying the same task variables, as the engine writes them: ids are
   * {@code prefix} plus 1..copies, each copy a second older than the last (created and due), so
   * the queues have an order. Much faster than opening cases where only the queue's length
   * matters (PostgreSQL only; the copies share the original's process instance).
   */
  public static void copyOpenTask(JdbcTemplate jdbc, String caseNumber, String prefix, int copies) {
    String original = openTaskOf(jdbc, caseNumber);
    copyRows(jdbc, "act_ru_task", List.of("id_", "create_time_", "due_date_"),
        List.of("? || g", "t.create_time_ - g * interval '1 second'", "t.due_date_ - g * interval '1 second'"),
        "t.id_ = ?", prefix, copies, original);
    copyRows(jdbc, "act_ru_identitylink", List.of("id_", "task_id_"), List.of("? || g", "? || g"), "t.task_id_ = ?",
        prefix, prefix, copies, original);
    copyRows(jdbc, "act_ru_authorization", List.of("id_", "resource_id_"), List.of("? || g", "? || g"), "t.resource_id_ = ?",
        prefix, prefix, copies, original);
    copyRows(jdbc, "act_ru_variable", List.of("id_", "task_id_", "var_scope_"), List.of("? || g", "? || g", "? || g"),
        "t.task_id_ = ?", prefix, prefix, prefix, copies, original);
    // What autovacuum does after such growth; without it the planner takes the tables for as small as before.
    jdbc.execute("analyze act_ru_task, act_ru_identitylink, act_ru_authorization, act_ru_variable");
  }

  /**
   * Copies a case's journey and stage in the engine's history {@code copies} times in SQL, under
   * the case numbers {@code prefix} plus 1..copies, each a second older than the last: a long
   * case list without opening the cases.
   */
  public static void copyJourneyHistory(JdbcTemplate jdbc, String caseNumber, String prefix, int copies) {
    copyRows(jdbc, "act_hi_procinst", List.of("id_", "proc_inst_id_", "business_key_", "start_time_"),
        List.of("? || g || t.id_", "? || g || t.id_", "? || g", "t.start_time_ - g * interval '1 second'"),
        "t.business_key_ = ?", prefix, prefix, prefix, copies, caseNumber);
    jdbc.execute("analyze act_hi_procinst");
  }

  /** insert into table: each row matching {@code where}, once per g in 1..copies, with the given columns computed. */
  private static void copyRows(JdbcTemplate jdbc, String table, List<String> changed, List<String> values, String where,
      Object... arguments) {
    List<String> kept = jdbc.queryForList("select column_name from information_schema.columns where table_name = ?"
        + " and table_schema = current_schema() order by ordinal_position", String.class, table).stream()
        .filter(column -> !changed.contains(column)).toList();
    jdbc.update("insert into " + table + " (" + String.join(", ", changed) + ", " + String.join(", ", kept) + ")"
        + " select " + String.join(", ", values) + ", " + String.join(", ", kept.stream().map(column -> "t." + column).toList())
        + " from " + table + " t, generate_series(1, ?) g where " + where, arguments);
  }

  private List<String> openBatch(Stage stage, int size) {
    List<String> numbers = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      CaseNumber caseNumber = vault.openCaseFile(PersonalDetails.of(Map.of(
          PersonalField.FULL_NAME, "Seeded Person " + i, PersonalField.CONTACT_HANDLES, "@seeded")), "seeder");
      runtimeService.createProcessInstanceByKey(JourneyProcess.KEY)
          .businessKey(caseNumber.value())
          .setVariable(JourneyProcess.CASE_NUMBER, caseNumber.value())
          .setVariable(FirstContactProcess.URGENCY, "P2")
          .setVariables(stage == Stage.ARRIVAL ? grantedVisa() : Map.of())
          .startBeforeActivity(stage.callActivity)
          .execute();
      numbers.add(caseNumber.value());
    }
    quietNewWork(numbers);
    return numbers;
  }

  /** What a granted visa hands the arrival stage: its validity and the stay limit, from today. */
  private static Map<String, Object> grantedVisa() {
    LocalDate today = VisaDates.today();
    return Map.of(ArrivalProcess.VISA_VALID_FROM, today.toString(),
        ArrivalProcess.VISA_VALID_UNTIL, today.plusDays(90).toString(),
        ArrivalProcess.STAY_LIMIT, today.plusDays(45).toString());
  }

  /** Made-up load: its "new work" summaries would only keep the notice rounds and other tests busy. */
  private void quietNewWork(List<String> numbers) {
    jdbc.batchUpdate("update team_notice set sent_at = now(), summary_key = 'seeded' where case_number = ?",
        numbers.stream().map(number -> new Object[] {number}).toList());
  }
}
