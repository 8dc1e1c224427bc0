package org.safepassage.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safepassage.dashboard.AgingJourney;
import org.safepassage.dashboard.JourneyOverview.FlowWeek;
import org.safepassage.dashboard.JourneyOverview.PipelineCell;
import org.safepassage.support.EngineClock;
import org.safepassage.vault.CaseVault;
import org.safepassage.vault.PersonalDetails;
import org.safepassage.vault.PersonalField;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo's sample cases on its default database, H2: lived at the real clock and back-dated in
 * SQL (the engine clock never moves), and the dashboard's figures read that history exactly as a
 * plain count over Camunda's tables does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sample-lives;DB_CLOSE_DELAY=-1", "camunda.bpm.job-execution.enabled=false",
    "safepassage.vault.demo-key-file=target/h2-vault-master-key",
    // An engine name of its own and no webapps, as TwoNodesIT's second node: Camunda's engine
    // registry and the webapps' runtime delegates are JVM-wide, and the other tests' REST calls
    // and logins must keep reaching their own engine, "default", on PostgreSQL.
    "camunda.bpm.process-engine-name=sampleLivesOnH2", "camunda.bpm.webapp.enabled=false"})
@ActiveProfiles("demo")
class SampleLivesOnH2IT {

  private static final int CASES = 12;

  @Autowired AgingJourney agingJourney;
  @Autowired OverviewQueries queries;
  @Autowired CaseVault vault;
  @Autowired JdbcTemplate jdbc;

  @Test
  void sampleCasesAreBackDatedWithoutMovingTheClockAndTheFiguresReadThem() throws Exception {
    Instant now = Instant.now();
    long moved = EngineClock.furthestMoveDuring(() -> {
      for (int n = 0; n < CASES; n++) {
        String caseNumber = vault.openCaseFile(PersonalDetails.of(Map.of(PersonalField.FULL_NAME, "Sample Person " + n)),
            "h2-test").value();
        agingJourney.place(caseNumber, AgingJourney.Life.typical(n, now));
      }
    });
    assertThat(moved).as("the engine clock moved by (ms)").isLessThan(1_000);

    Timestamp sixteenWeeksAgo = Timestamp.from(now.minus(16 * 7 + 1, ChronoUnit.DAYS));
    assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = 'journey' and start_time_ < ?",
        Long.class, Timestamp.from(now.minus(7, ChronoUnit.DAYS)))).as("journeys opened weeks ago").isPositive();
    assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = 'journey' and start_time_ < ?",
        Long.class, sixteenWeeksAgo)).as("none before 16 weeks").isZero();

    long counted = queries.pipeline().stream().mapToLong(PipelineCell::cases).sum();
    assertThat(counted).isEqualTo(jdbc.queryForObject("select count(*) from act_hi_actinst where proc_def_key_ = 'journey'"
        + " and act_type_ = 'callActivity' and end_time_ is null", Long.class));
    LocalDate firstDay = queries.flow(now).get(0).from();
    assertThat(queries.flow(now).stream().mapToLong(FlowWeek::opened).sum())
        .isEqualTo(jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = 'journey' and start_time_ >= ?",
            Long.class, Timestamp.valueOf(firstDay.atStartOfDay())));
    assertThat(queries.timeInStage(now)).isNotEmpty();
  }
}
