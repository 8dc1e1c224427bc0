package org.safepassage.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safepassage.support.EngineClock;
import org.safepassage.support.JourneyWalk;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffApi;
import org.safepassage.support.StaffApi.Demo;
import org.safepassage.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The threat model's first promise, tested the way an adversary would look: walk a case whose
 * personal data is full of distinctive strings, then search the engine's tables, the log and the
 * mail for any of them.
 */
@PostgresIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataCanaryIT {

  @RegisterExtension
  static GreenMailExtension mailServer = new GreenMailExtension(TestSmtp.SETUP);

  // Unique to this run, so data left by earlier runs in the shared test database cannot interfere.
  // Letters no id, hash or hex dump is made of, so the tag cannot turn up by chance.
  static final String RUN = new Random().ints(8, 'g', 'z' + 1)
      .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

  static final Map<String, Object> CANARY = new LinkedHashMap<>();

  static {
    CANARY.put("fullName", "Kanareika Zhyoltaya-" + RUN);
    CANARY.put("birthDate", "1991-07-13");
    CANARY.put("contactHandles", "@canary_tg_" + RUN + " signal:+7-999-CANARY-" + RUN);
    CANARY.put("family", "wife Ptichka-" + RUN + ", son Vorobei");
    CANARY.put("unit", "Canary Regiment " + RUN);
    CANARY.put("location", "Canaryville-" + RUN);
    CANARY.put("statement", "I refused the order at Canary Hill " + RUN);
  }

  static final String NOTE = "Canary note: met at Safehouse-" + RUN;

  @Autowired
  TestRestTemplate http;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ManagementService managementService;

  @Test
  void noPersonalDataReachesCamundaTheLogOrTheMail(CapturedOutput output) throws Exception {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(CANARY);
    assertThat(StaffApi.as(http, Demo.INES).addNote(caseNumber, NOTE).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    new JourneyWalk(http).walk(caseNumber, JourneyWalk.TO_PROTECTION);
    // Past the "new work" interval, so each team's next summary, listing this case, goes out.
    EngineClock.movePastLatestMail(jdbc, Duration.ofMinutes(16));
    EngineClock.noticeRoundsDueNow(managementService);
    assertThat(EngineClock.eventually(Duration.ofSeconds(30), () -> Arrays.stream(mailServer.getReceivedMessages())
        .filter(mail -> GreenMailUtil.getWholeMessage(mail).contains(caseNumber)).count() >= 7))
        .as("the summaries to the seven teams that worked on the case").isTrue();

    // The data is really there, behind the vault, for a manager.
    Map<String, Object> file = StaffApi.as(http, Demo.MAX).caseFile(caseNumber).getBody();
    assertThat(file.toString()).contains((String) CANARY.get("fullName"), NOTE);

    List<String> canaries = canaryStrings();
    assertThat(leaks("act\\_%", canaries)).as("ACT_* tables").isEmpty();
    assertThat(leaks("case\\_%", canaries)).as("the vault stores ciphertext only").isEmpty();
    assertThat(leaks("vault\\_%", canaries)).as("the vault's access log").isEmpty();
    assertThat(leaks("team\\_%", canaries)).as("the notice outbox").isEmpty();
    assertThat(leaks("contact\\_%", canaries)).as("the duplicate check keeps keyed hashes, no handle").isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from contact_fingerprint where case_number = ?", Integer.class, caseNumber))
        .as("the duplicate check did fingerprint the case").isPositive();
    assertThat(leaks("mail\\_%", canaries)).as("the record of mails sent").isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where business_key_ = ?", Integer.class, caseNumber))
        .as("the engine did record the case, by number").isEqualTo(5);
    assertThat(output.getAll()).as("log output").contains(caseNumber);
    assertThat(canaries).as("log output").noneMatch(output.getAll()::contains);

    MimeMessage[] mails = mailServer.getReceivedMessages();
    assertThat(mails).extracting(GreenMailUtil::getBody).as("this case's notices").anyMatch(body -> body.contains(caseNumber));
    for (MimeMessage mail : mails) {
      String whole = GreenMailUtil.getWholeMessage(mail);
      assertThat(canaries).as("mail " + mail.getSubject()).noneMatch(whole::contains);
    }
    assertThat(mails).extracting(GreenMailUtil::getWholeMessage).as("this case's new-work summary")
        .anyMatch(mail -> mail.contains(caseNumber) && mail.contains("New work is waiting"));
  }

  private static List<String> canaryStrings() {
    List<String> strings = new ArrayList<>();
    CANARY.values().stream().map(String::valueOf).filter(value -> value.contains(RUN)).forEach(strings::add);
    strings.add(NOTE);
    // The run's tag alone catches a value split or reformatted on the way; the birth date, a
    // shape a process might store, is looked for written out in full.
    strings.add(RUN);
    strings.add("1991-07-13");
    return strings;
  }

  /** Where any canary appears in any column of the matching tables: "table.column: canary". */
  private List<String> leaks(String tablePattern, List<String> canaries) {
    List<String> tables = jdbc.queryForList(
        "select table_name from information_schema.tables where table_schema = current_schema() and table_name like ?",
        String.class, tablePattern);
    assertThat(tables).as("tables like " + tablePattern).isNotEmpty();
    List<String> found = new ArrayList<>();
    for (String table : tables) {
      jdbc.query("select * from " + table, row -> {
        ResultSetMetaData meta = row.getMetaData();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
          Object value = row.getObject(column);
          String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
          for (String canary : canaries) {
            if (text.contains(canary)) {
              found.add(table + "." + meta.getColumnName(column) + ": " + canary);
            }
          }
        }
      });
    }
    return found;
  }
}
