package org.safepassage.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.identity.Group;
import org.safepassage.SafePassageApplication;
import org.safepassage.journey.internal.CaseStories;
import org.safepassage.journey.JourneyProcess;
import org.safepassage.support.BrowserSession;
import org.safepassage.support.CaseSeeder;
import org.safepassage.support.CaseSeeder.Stage;
import org.safepassage.casenumber.CaseNumber;
import org.safepassage.support.JourneyWalk;
import org.safepassage.vault.CaseVault;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * How Tasklist and the managers' pages hold up as cases pile up: {@code ./mvnw -Pbenchmark verify}.
 * Starts the app on a fresh PostgreSQL database of its own ({@code bench.db}, default sp_bench,
 * dropped at the end), seeds cases through the engine's Java API up to each size of
 * {@code bench.sizes} (default 1000,10000,100000), and times what staff wait for, over HTTP with
 * a session login as the browser calls it, next to the raw engine answering the same query
 * (stock mapping, no authorization) in the same run. Prints a table per size, the growth of each
 * figure, and the heap in use; the same text lands in target/benchmark.md.
 */
public final class TasklistBenchmark {

  private static final int WARM_UP = 10;
  private static final int RUNS = 20;
  private static final int WARM_UP_ROUNDS = 100;
  static final Map<Stage, Double> SHARE = Map.of(
      Stage.FIRST_CONTACT, 0.55, Stage.VETTING, 0.15, Stage.CONSULAR_VISA, 0.15, Stage.ARRIVAL, 0.15);
  /** {@code -Dbench.oneTeam=true}: every size's cases all wait for intake, plus 1% at each later stage. */
  private static final Map<Stage, Double> ONE_TEAM = Map.of(
      Stage.FIRST_CONTACT, 1.0, Stage.VETTING, 0.01, Stage.CONSULAR_VISA, 0.01, Stage.ARRIVAL, 0.01);
  private static final Map<String, Stage> STAGE_OF_PROCESS = Map.of(
      "first-contact", Stage.FIRST_CONTACT, "vetting", Stage.VETTING, "consular-visa", Stage.CONSULAR_VISA, "arrival", Stage.ARRIVAL);
  /** What Tasklist sends for its first page (its taskListQuery): sorting, empty searches, active tasks only. */
  private static final String LIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
      + "\"firstResult\":0,\"maxResults\":15,\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
  private static final Duration TIMEOUT = Duration.ofMinutes(2);
  private static final List<String[]> TEAMS = List.of(
      new String[] {"ines", "ines-demo", "Intake: open tasks"},
      new String[] {"viktor", "viktor-demo", "Vetting: open tasks"},
      new String[] {"lea", "lea-demo", "Legal: open tasks"},
      new String[] {"lou", "lou-demo", "Logistics: open tasks"},
      new String[] {"max", "max-demo", "All open tasks"});

  private final ConfigurableApplicationContext app;
  private final String base;
  private final StringBuilder report = new StringBuilder();
  private final Map<String, Map<Integer, Double>> growth = new LinkedHashMap<>();
  private final Map<Stage, List<String>> cases = new LinkedHashMap<>();
  private final Map<Stage, Double> share = Boolean.getBoolean("bench.oneTeam") ? ONE_TEAM : SHARE;
  private int seeded;

  private TasklistBenchmark(ConfigurableApplicationContext app) {
    this.app = app;
    this.base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
  }

  public static void main(String[] args) throws Exception {
    String database = System.getProperty("bench.db", "sp_bench");
    String server = "jdbc:postgresql://" + System.getProperty("bench.host", "127.0.0.1:5432") + "/";
    // -Dbench.keep=true leaves the database for EXPLAIN; -Dbench.reuse=true measures on it again.
    boolean reuse = Boolean.getBoolean("bench.reuse");
    if (!reuse) {
      recreate(server, database, true);
    }
    // Command-line arguments, so they win over the test profile's settings.
    String[] settings = {"--spring.datasource.url=" + server + database, "--server.port=0", "--logging.level.root=WARN",
        "--safepassage.vault.demo-key-file=target/bench-vault-master-key", "--camunda.bpm.job-execution.enabled=false"};
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SafePassageApplication.class)
        .profiles("demo", "pgtest").run(settings)) {
      TasklistBenchmark benchmark = new TasklistBenchmark(app);
      if (reuse) {
        benchmark.findSeededCases();
      }
      for (String size : System.getProperty("bench.sizes", "1000,10000,100000").split(",")) {
        benchmark.measureAt(Integer.parseInt(size.trim()));
      }
      benchmark.printGrowth();
    } finally {
      if (!Boolean.getBoolean("bench.keep")) {
        recreate(server, database, false);
      }
    }
  }

  /** The cases already in a reused database, by the stage they wait in. */
  private void findSeededCases() {
    app.getBean(JdbcTemplate.class).query("select root.business_key_, d.key_ from act_ru_execution e"
        + " join act_re_procdef d on d.id_ = e.proc_def_id_ join act_ru_execution root on root.id_ = e.root_proc_inst_id_"
        + " where e.parent_id_ is null and e.super_exec_ is not null", row -> {
          Stage stage = STAGE_OF_PROCESS.get(row.getString(2));
          if (stage != null) {
            cases.computeIfAbsent(stage, key -> new ArrayList<>()).add(row.getString(1));
          }
        });
    seeded = cases.values().stream().mapToInt(List::size).sum();
  }

  private void measureAt(int size) throws Exception {
    long start = System.nanoTime();
    seedUpTo(size);
    app.getBean(JdbcTemplate.class).execute("analyze");
    print("%n## %,d cases (seeded in %d s; open tasks: %s)%n%n", size, (System.nanoTime() - start) / 1_000_000_000,
        openTasksPerTeam());
    warmUp();
    print("| figure | median ms | p95 ms | engine as the user, median ms | raw engine median ms | ratio |%n"
        + "|---|---:|---:|---:|---:|---:|%n");
    for (String[] member : TEAMS) {
      BrowserSession session = BrowserSession.loggedInAs(base, member[0], member[1]);
      String filter = filterId(member[2]);
      String api = "/camunda/api/engine/engine/default/filter/" + filter;
      Callable<Object> page = () -> ok(session.tasklistCall(api + "/list?firstResult=0&maxResults=15", LIST_BODY, TIMEOUT));
      Callable<Object> count = () -> ok(session.tasklistCall(api + "/count", null, TIMEOUT));
      FilterService filters = app.getBean(FilterService.class);
      TaskService tasks = app.getBean(TaskService.class);
      Callable<Object> rawPage = () -> stock(() -> filters.listPage(filter, tasks.createTaskQuery().orderByTaskCreateTime().desc().active(), 0, 15));
      Callable<Object> rawCount = () -> stock(() -> filters.count(filter, tasks.createTaskQuery().active()));
      Callable<Object> userPage = () -> asUser(member[0], () -> filters.listPage(filter, tasks.createTaskQuery().orderByTaskCreateTime().desc().active(), 0, 15));
      Callable<Object> userCount = () -> asUser(member[0], () -> filters.count(filter, tasks.createTaskQuery().active()));
      figure(size, member[2] + " (" + member[0] + "): first page", page, userPage, rawPage);
      figure(size, member[2] + " (" + member[0] + "): page + count", both(page, count), both(userPage, userCount), both(rawPage, rawCount));
      // Tasklist's side bar: every filter the member sees, each with its count.
      figure(size, member[0] + "'s filter list with counts", () -> ok(session.tasklistCall(
          "/camunda/api/engine/engine/default/filter?resourceType=Task&itemCount=true", null, TIMEOUT)), null);
    }
    TaskService tasks = app.getBean(TaskService.class);
    BrowserSession max = BrowserSession.loggedInAs(base, "max", "max-demo");
    BrowserSession ines = BrowserSession.loggedInAs(base, "ines", "ines-demo");
    CaseStories stories = app.getBean(CaseStories.class);
    HistoryService history = app.getBean(HistoryService.class);
    String someCase = cases.get(Stage.VETTING).get(cases.get(Stage.VETTING).size() / 2);
    String intakeCase = cases.get(Stage.FIRST_CONTACT).get(cases.get(Stage.FIRST_CONTACT).size() / 2);
    figure(size, "/cases (managers' case list)", () -> ok(max.get("/cases")),
        () -> history.createHistoricProcessInstanceQuery().processDefinitionKey(JourneyProcess.KEY)
            .orderByProcessInstanceStartTime().desc().listPage(0, 51));
    figure(size, "a case's story", () -> ok(max.get("/cases/" + someCase + "/story")), () -> stories.story(someCase));
    CaseVault vault = app.getBean(CaseVault.class);
    figure(size, "a case file (intake, task offered)", () -> ok(ines.get("/casefile/" + intakeCase)),
        () -> vault.readDetails(CaseNumber.parse(intakeCase), "benchmark"));
    figure(size, "opening a case (POST /api/cases)", this::openCase, null);
    // The notice round's scans, as the job executor runs them (no user, so no authorization check).
    Date now = new Date();
    figure(size, "notice round: follow-up scan", () -> tasks.createTaskQuery().followUpBefore(now).list(), null,
        () -> stock(() -> tasks.createTaskQuery().followUpBefore(now).list()));
    figure(size, "notice round: overdue scan", () -> tasks.createTaskQuery().dueBefore(now).list(), null,
        () -> stock(() -> tasks.createTaskQuery().dueBefore(now).list()));
    List<String> steps = cases.get(Stage.FIRST_CONTACT);
    figure(size, "a journey step (intake submits Assess urgency)", () -> submitTriage(steps.remove(steps.size() - 1)),
        () -> {
          String task = CaseSeeder.openTaskOf(app.getBean(JdbcTemplate.class), steps.remove(steps.size() - 1));
          tasks.complete(task, JourneyWalk.triage("TRANSIT"));
          return task;
        });
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    print("%nHeap in use after a full GC: %d MB (max heap %d MB, default JVM settings).%n",
        (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
  }

  /**
   * Each team's list and count over HTTP, {@code WARM_UP_ROUNDS} times, before the first figure:
   * otherwise the first figure measured also pays for the JIT compiling the whole request path.
   */
  private void warmUp() {
    for (String[] member : TEAMS) {
      BrowserSession session = BrowserSession.loggedInAs(base, member[0], member[1]);
      String api = "/camunda/api/engine/engine/default/filter/" + filterId(member[2]);
      for (int round = 0; round < WARM_UP_ROUNDS; round++) {
        ok(session.tasklistCall(api + "/list?firstResult=0&maxResults=15", LIST_BODY, TIMEOUT));
        ok(session.tasklistCall(api + "/count", null, TIMEOUT));
      }
    }
  }

  /**
   * Opens cases up to {@code size} through the engine, or with {@code -Dbench.engineSeeded=N} at
   * most N that way and the rest of intake's share as SQL copies of an open intake task (task,
   * candidate group, grant, task variables) and of a journey's history, for a machine too busy
   * to open 100,000 cases in the time at hand.
   */
  private void seedUpTo(int size) {
    int engineSeeded = Math.min(size, Integer.getInteger("bench.engineSeeded", Integer.MAX_VALUE));
    seedThroughEngine(engineSeeded);
    if (engineSeeded < size) {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      // A case whose task has no copies yet: copies share their original's process instance.
      String template = cases.get(Stage.FIRST_CONTACT).stream().filter(number -> jdbc.queryForObject(
          "select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
              + " join act_ru_execution root on root.id_ = e.root_proc_inst_id_ where root.business_key_ = ?",
          Long.class, number) == 1).findFirst().orElseThrow();
      long intakeTasks = jdbc.queryForObject("select count(*) from act_ru_identitylink where type_ = 'candidate'"
          + " and group_id_ = ?", Long.class, Stage.FIRST_CONTACT.team);
      int tasks = (int) Math.max(0, Math.round(size * share.get(Stage.FIRST_CONTACT)) - intakeTasks);
      CaseSeeder.copyOpenTask(jdbc, template, "copy-" + size + "-", tasks);
      long journeys = jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = ?", Long.class,
          JourneyProcess.KEY);
      CaseSeeder.copyJourneyHistory(jdbc, template, "COPY-" + size + "-", (int) Math.max(0, size - journeys));
      System.out.printf("  copied %,d open intake tasks and %,d journeys%n", tasks, Math.max(0, size - journeys));
    }
  }

  private void seedThroughEngine(int size) {
    CaseSeeder seeder = new CaseSeeder(app.getBean(CaseVault.class), app.getBean(ProcessEngine.class).getRuntimeService(),
        app.getBean(PlatformTransactionManager.class), app.getBean(JdbcTemplate.class));
    Map<Stage, Integer> more = new LinkedHashMap<>();
    for (Stage stage : Stage.values()) {
      int wanted = (int) Math.round(size * share.get(stage));
      more.put(stage, Math.max(0, wanted - cases.getOrDefault(stage, List.of()).size()));
    }
    int before = seeded;
    seeder.open(more, done -> {
      if ((before + done) % 5_000 < 250) {
        System.out.printf("  seeded %,d cases%n", before + done);
      }
    }).forEach((stage, numbers) -> cases.computeIfAbsent(stage, key -> new ArrayList<>()).addAll(numbers));
    seeded = cases.values().stream().mapToInt(List::size).sum();
  }

  private void figure(int size, String name, Callable<Object> http, Callable<Object> raw) throws Exception {
    figure(size, name, http, null, raw);
  }

  /**
   * One line: the browser's wait over HTTP, the engine answering the same query as that user (our
   * mapping, authorization on), and the raw engine (stock mapping, no authorization); the ratio
   * compares the last two, the cost of authorization itself.
   */
  private void figure(int size, String name, Callable<Object> http, Callable<Object> asUser, Callable<Object> raw)
      throws Exception {
    double[] measured = time(http);
    double[] user = asUser == null ? null : time(asUser);
    double[] engine = raw == null ? null : time(raw);
    String ratio = engine == null ? "–" : "%.1f×".formatted((user == null ? measured : user)[0] / Math.max(engine[0], 0.05));
    print("| %s | %.1f | %.1f | %s | %s | %s |%n", name, measured[0], measured[1], user == null ? "–" : "%.1f".formatted(user[0]),
        engine == null ? "–" : "%.1f".formatted(engine[0]), ratio);
    growth.computeIfAbsent(name, key -> new LinkedHashMap<>()).put(size, measured[0]);
    if (user != null) {
      growth.computeIfAbsent(name + ", engine as the user", key -> new LinkedHashMap<>()).put(size, user[0]);
    }
  }

  /** Runs an engine call authenticated as a member of staff, with their groups, as the REST API does. */
  private Object asUser(String userId, Callable<Object> call) throws Exception {
    IdentityService identity = app.getBean(IdentityService.class);
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      return call.call();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Median and 95th percentile in milliseconds, after a warm-up. */
  static double[] time(Callable<Object> call) throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      call.call();
    }
    List<Double> samples = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      call.call();
      samples.add((System.nanoTime() - start) / 1e6);
    }
    samples.sort(Double::compare);
    return new double[] {samples.get(samples.size() / 2), samples.get((int) Math.ceil(samples.size() * 0.95) - 1)};
  }

  private static Callable<Object> both(Callable<Object> first, Callable<Object> second) {
    return () -> List.of(first.call(), second.call());
  }

  /** Runs an engine call on Camunda's own task query mapping, without our authorization check. */
  private Object stock(Callable<Object> call) throws Exception {
    DbSqlSessionFactory sessions = ((ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class)
        .getProcessEngineConfiguration()).getDbSqlSessionFactory();
    Map<String, String> ours = sessions.getStatementMappings();
    Map<String, String> stockMappings = new LinkedHashMap<>(ours);
    stockMappings.remove("selectTaskByQueryCriteria");
    stockMappings.remove("selectTaskCountByQueryCriteria");
    sessions.setStatementMappings(stockMappings);
    try {
      return call.call();
    } finally {
      sessions.setStatementMappings(ours);
    }
  }

  private Object openCase() throws Exception {
    String json = "{\"fullName\":\"Bench Person\",\"contactHandles\":\"@bench\",\"birthDate\":\"1995-04-12\",\"location\":\"Astana\"}";
    return ok(basic("ines", "ines-demo", "/api/cases", json), 201);
  }

  private Object submitTriage(String caseNumber) throws Exception {
    String json = new ObjectMapper().writeValueAsString(Map.of("variables", JourneyWalk.triage("TRANSIT").entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, fact -> Map.of("value", fact.getValue())))));
    return ok(basic("ines", "ines-demo", "/engine-rest/task/" + CaseSeeder.openTaskOf(app.getBean(JdbcTemplate.class), caseNumber) + "/submit-form", json), 204);
  }

  private HttpResponse<String> basic(String user, String password, String path, String json) throws IOException, InterruptedException {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
        .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private String filterId(String name) {
    return app.getBean(FilterService.class).createFilterQuery().filterName(name).singleResult().getId();
  }

  private String openTasksPerTeam() {
    return app.getBean(JdbcTemplate.class).queryForList("select i.group_id_ || ' ' || count(*) from act_ru_identitylink i"
        + " where i.type_ = 'candidate' group by i.group_id_ order by count(*) desc", String.class).toString();
  }

  private static Object ok(HttpResponse<String> response) {
    return ok(response, 200);
  }

  private static Object ok(HttpResponse<String> response, int expected) {
    if (response.statusCode() != expected) {
      throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body().length();
  }

  private void printGrowth() throws IOException {
    print("%n## Growth of the medians (ms)%n%n| figure | %s |%n|---|%s%n", String.join(" | ",
        growth.values().iterator().next().keySet().stream().map("%,d cases"::formatted).toList()),
        "---:|".repeat(growth.values().iterator().next().size()));
    growth.forEach((name, bySize) -> print("| %s | %s |%n", name,
        String.join(" | ", bySize.values().stream().map("%.1f"::formatted).toList())));
    Files.writeString(Path.of("target", "benchmark.md"), report.toString());
  }

  private void print(String format, Object... values) {
    String text = format.formatted(values);
    System.out.print(text);
    report.append(text);
  }

  static void recreate(String server, String database, boolean create) throws SQLException {
    try (Connection connection = DriverManager.getConnection(server + "postgres", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists \"" + database + "\" with (force)");
      if (create) {
        statement.execute("create database \"" + database + "\"");
      }
    }
  }
}
