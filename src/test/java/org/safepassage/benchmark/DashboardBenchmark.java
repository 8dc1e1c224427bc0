package org.safepassage.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.safepassage.SafePassageApplication;
import org.safepassage.dashboard.internal.DayRollUps;
import org.safepassage.dashboard.internal.OverviewQueryCalls;
import org.safepassage.dashboard.AgingJourney;
import org.safepassage.support.CaseSeeder;
import org.safepassage.vault.CaseVault;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The managers' dashboard as cases pile up: run by {@code ./mvnw -Pbenchmark verify} after the
 * Tasklist benchmark. Starts the app on a fresh PostgreSQL database ({@code bench.db}, default
 * sp_bench_dash, dropped at the end), lives {@code bench.dashboard.aged} cases through the engine
 * (default 2000; CaseSeeder.openAged: every stage, opened up to 16 weeks ago, history back-dated)
 * and makes up the rest of each size of {@code bench.dashboard.sizes} (default 10000,100000) with
 * rounds of SQL copies of those (CaseSeeder.copyLivedCases: new ids, times moved back up to a
 * week; the dashboard's daily roll-ups are then forgotten, since the copies went into days they
 * had counted), so every size has cases in every stage with history spread over 16 weeks. Then times
 * each dashboard query (median and p95 of 20 calls after 10 warm-ups). Prints a table per size
 * and the growth; also target/dashboard-benchmark.md. {@code -Dbench.keep=true} keeps the
 * database for EXPLAIN.
 */
public final class DashboardBenchmark {

  private final ConfigurableApplicationContext app;
  private final StringBuilder report = new StringBuilder();
  private final Map<String, Map<Integer, Double>> growth = new LinkedHashMap<>();
  private int seeded;
  private int aged;
  private int rounds;

  private DashboardBenchmark(ConfigurableApplicationContext app) {
    this.app = app;
  }

  public static void main(String[] args) throws Exception {
    String database = System.getProperty("bench.dashboard.db", "sp_bench_dash");
    String server = "jdbc:postgresql://" + System.getProperty("bench.host", "127.0.0.1:5432") + "/";
    // -Dbench.keep=true leaves the database for EXPLAIN; -Dbench.reuse=true measures on it again.
    boolean reuse = Boolean.getBoolean("bench.reuse");
    if (!reuse) {
      TasklistBenchmark.recreate(server, database, true);
    }
    String[] settings = {"--spring.datasource.url=" + server + database, "--server.port=0", "--logging.level.root=WARN",
        "--safepassage.vault.demo-key-file=target/bench-vault-master-key", "--camunda.bpm.job-execution.enabled=false"};
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SafePassageApplication.class)
        .profiles("demo", "pgtest").run(settings)) {
      DashboardBenchmark benchmark = new DashboardBenchmark(app);
      if (reuse) {
        benchmark.findSeededCases();
      }
      for (String size : System.getProperty("bench.dashboard.sizes", "10000,100000").split(",")) {
        benchmark.measureAt(Integer.parseInt(size.trim()));
      }
      benchmark.printGrowth();
    } finally {
      if (!Boolean.getBoolean("bench.keep")) {
        TasklistBenchmark.recreate(server, database, false);
      }
    }
  }

  /** The lived cases and rounds of copies already in a reused database. */
  private void findSeededCases() {
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    aged = jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = 'journey'"
        + " and business_key_ not like 'COPY-%'", Integer.class);
    rounds = aged == 0 ? 0 : jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = 'journey'"
        + " and business_key_ like 'COPY-%'", Integer.class) / aged;
    seeded = aged * (rounds + 1);
  }

  private void measureAt(int size) throws Exception {
    long start = System.nanoTime();
    CaseSeeder seeder = new CaseSeeder(app.getBean(CaseVault.class), app.getBean(ProcessEngine.class).getRuntimeService(),
        app.getBean(PlatformTransactionManager.class), app.getBean(JdbcTemplate.class));
    int agedWanted = Math.min(size, Integer.getInteger("bench.dashboard.aged", 2000));
    if (aged < agedWanted) {
      seeder.openAged(app.getBean(AgingJourney.class), aged, agedWanted - aged,
          done -> System.out.printf("  lived %,d cases%n", aged + done));
      seeded += agedWanted - aged;
      aged = agedWanted;
    }
    // The rest: SQL copies of the lived cases, a round of copies at a time.
    int lastRound = Math.max(rounds, (int) Math.round((double) (size - aged) / aged));
    if (lastRound > rounds) {
      CaseSeeder.copyLivedCases(app.getBean(JdbcTemplate.class), rounds + 1, lastRound);
      // The copies went into days the last size's figures rolled up: those are counted again.
      app.getBean(DayRollUps.class).forget(LocalDate.now().minusYears(1), LocalDate.now().plusDays(1));
      System.out.printf("  copied rounds %d to %d of the %,d lived cases%n", rounds + 1, lastRound, aged);
      rounds = lastRound;
    }
    seeded = aged * (rounds + 1);
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    // What autovacuum does after such growth: statistics, and the visibility map index-only scans rely on.
    jdbc.execute("vacuum analyze");
    print("%n## %,d cases, %,d of them lived through the engine, the rest SQL copies of those (seeded in %d s; %,d open;"
        + " %,d history activity rows)%n%n", seeded, aged,
        (System.nanoTime() - start) / 1_000_000_000,
        jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = 'journey' and end_time_ is null", Long.class),
        jdbc.queryForObject("select count(*) from act_hi_actinst", Long.class));
    print("| dashboard query | median ms | p95 ms |%n|---|---:|---:|%n");
    Map<String, Callable<Object>> calls = new LinkedHashMap<>(OverviewQueryCalls.of(app));
    for (Map.Entry<String, Callable<Object>> call : calls.entrySet()) {
      double[] measured = TasklistBenchmark.time(call.getValue());
      print("| %s | %.1f | %.1f |%n", call.getKey(), measured[0], measured[1]);
      growth.computeIfAbsent(call.getKey(), key -> new LinkedHashMap<>()).put(size, measured[0]);
    }
  }

  private void printGrowth() throws IOException {
    print("%n## Growth of the medians (ms)%n%n");
    growth.forEach((name, bySize) -> print("| %s | %s |%n", name, String.join(" | ",
        bySize.entrySet().stream().map(entry -> "%,d: %.1f".formatted(entry.getKey(), entry.getValue())).toList())));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/dashboard-benchmark.md"), report);
  }

  private void print(String format, Object... args) {
    String line = format.formatted(args);
    System.out.print(line);
    report.append(line);
  }
}
