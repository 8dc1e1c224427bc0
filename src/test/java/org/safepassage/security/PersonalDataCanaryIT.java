package org.safepassage.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safepassage.reminders.NoticeDispatcher;
import org.safepassage.support.JourneyWalk;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffApi;
import org.safepassage.support.StaffApi.Demo;
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
  static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

  static final Map<String, Object> CANARY = new LinkedHashMap<>();

  static {
    CANARY.put("fullName", "Kanareika Zhyoltaya-Qx");
    CANARY.put("birthDate", "1991-07-13");
    CANARY.put("contactHandles", "@canary_tg_7731 signal:+7-999-CANARY");
    CANARY.put("family", "wife Ptichka-Qx, son Vorobei-Qx");
    CANARY.put("unit", "Canary Regiment 55917");
    CANARY.put("location", "Canaryville-on-Irtysh");
    CANARY.put("statement", "I refused the order at Canary Hill 9f3b");
  }

  static final String NOTE = "Canary note: met at Safehouse-Qx";

  @Autowired
  TestRestTemplate http;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  NoticeDispatcher dispatcher;

  @Test
  void noPersonalDataReachesCamundaTheLogOrTheMail(CapturedOutput output) throws Exception {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(CANARY);
    assertThat(StaffApi.as(http, Demo.INES).addNote(caseNumber, NOTE).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    new JourneyWalk(http).walk(caseNumber, JourneyWalk.TO_PROTECTION);
    assertThat(dispatcher.dispatchPending()).as("notices mailed").isPositive();

    // The data is really there, behind the vault, for a manager.
    Map<String, Object> file = StaffApi.as(http, Demo.MAX).caseFile(caseNumber).getBody();
    assertThat(file.toString()).contains((String) CANARY.get("fullName"), NOTE);

    List<String> canaries = canaryStrings();
    assertThat(camundaTableText()).as("ACT_* tables").contains(caseNumber).doesNotContain(canaries);
    assertThat(vaultTableText()).as("the vault stores ciphertext only").doesNotContain(canaries);
    assertThat(output.getAll()).as("log output").contains(caseNumber).doesNotContain(canaries);

    MimeMessage[] mails = mailServer.getReceivedMessages();
    assertThat(mails).isNotEmpty();
    for (MimeMessage mail : mails) {
      String whole = GreenMailUtil.getWholeMessage(mail);
      assertThat(whole).as("mail").doesNotContain(canaries);
    }
    assertThat(GreenMailUtil.getWholeMessage(mails[0])).contains("a task is waiting");
  }

  private static List<String> canaryStrings() {
    List<String> strings = new ArrayList<>();
    CANARY.values().forEach(value -> strings.add((String) value));
    strings.add(NOTE);
    // Distinctive fragments too, in case a value is split or reformatted on the way.
    strings.addAll(List.of("Kanareika", "canary_tg_7731", "Ptichka", "55917", "Canaryville", "9f3b", "Safehouse-Qx"));
    return strings;
  }

  private String camundaTableText() {
    return tablesText("act\\_%");
  }

  private String vaultTableText() {
    return tablesText("case\\_%") + tablesText("vault\\_%") + tablesText("team\\_%");
  }

  /** Every value of every column of the matching tables, text and bytes alike, as one string. */
  private String tablesText(String tablePattern) {
    List<String> tables = jdbc.queryForList(
        "select table_name from information_schema.tables where table_schema = current_schema() and table_name like ?",
        String.class, tablePattern);
    assertThat(tables).as("tables like " + tablePattern).isNotEmpty();
    StringBuilder text = new StringBuilder();
    for (String table : tables) {
      jdbc.query("select * from " + table, row -> {
        ResultSetMetaData meta = row.getMetaData();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
          Object value = row.getObject(column);
          text.append(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value)).append('\n');
        }
      });
    }
    return text.toString();
  }
}
