package org.safepassage.support;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.RuntimeService;
import org.safepassage.firstcontact.FirstContactProcess;
import org.safepassage.journey.JourneyProcess;
import org.safepassage.casenumber.CaseNumber;
import org.safepassage.vault.CaseVault;
import org.safepassage.vault.PersonalDetails;
import org.safepassage.vault.PersonalField;
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
    ExecutorService workers = Executors.newFixedThreadPool(THREADS);
    AtomicInteger done = new AtomicInteger();
    try {
      Map<Stage, List<Future<List<String>>>> batches = new EnumMap<>(Stage.class);
      counts.forEach((stage, count) -> {
        for (int from = 0; from < count; from += BATCH) {
          int size = Math.min(BATCH, count - from);
          batches.computeIfAbsent(stage, key -> new ArrayList<>()).add(workers.submit(() -> {
            List<String> numbers = transactions.execute(status -> openBatch(stage, size));
            progress.accept(done.addAndGet(size));
            return numbers;
          }));
        }
      });
      Map<Stage, List<String>> opened = new EnumMap<>(Stage.class);
      for (Map.Entry<Stage, List<Future<List<String>>>> stage : batches.entrySet()) {
        List<String> numbers = new ArrayList<>();
        for (Future<List<String>> batch : stage.getValue()) {
          numbers.addAll(batch.get());
        }
        opened.put(stage.getKey(), numbers);
      }
      return opened;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Seeding failed", e.getCause());
    } finally {
      workers.shutdownNow();
    }
  }

  /** The id of the one open task of a case, whichever stage process it sits in. */
  public static String openTaskOf(JdbcTemplate jdbc, String caseNumber) {
    return jdbc.queryForObject("select t.id_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
        + " join act_ru_execution root on root.id_ = e.root_proc_inst_id_ where root.business_key_ = ?", String.class, caseNumber);
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
          .startBeforeActivity(stage.callActivity)
          .execute();
      numbers.add(caseNumber.value());
    }
    // Made-up load: its "new work" summaries would only keep the notice rounds and other tests busy.
    jdbc.batchUpdate("update team_notice set sent_at = now(), summary_key = 'seeded' where case_number = ?",
        numbers.stream().map(number -> new Object[] {number}).toList());
    return numbers;
  }
}
