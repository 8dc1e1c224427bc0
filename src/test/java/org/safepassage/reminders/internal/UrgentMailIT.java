package org.safepassage.reminders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.support.EngineClock.eventually;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safepassage.reminders.NoticesProcess;
import org.safepassage.support.EngineClock;
import org.safepassage.support.Intakes;
import org.safepassage.support.JourneyWalk;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffApi;
import org.safepassage.support.StaffApi.Demo;
import org.safepassage.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A safety alert and a P0 task reach the SMTP server within 60 s of their creation while 10,000
 * ordinary mails wait to be sent: their send jobs are acquired first. A behavioural bound, not a
 * benchmark; the test checks that the backlog was still there when the urgent mails arrived.
 */
@PostgresIntegrationTest
class UrgentMailIT {

  private static final int BACKLOG = 10_000;
  private static final Duration BOUND = Duration.ofSeconds(60);

  @RegisterExtension
  static GreenMailExtension mailServer = new GreenMailExtension(TestSmtp.SETUP);

  @Autowired
  TestRestTemplate http;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  ManagementService managementService;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  TransactionTemplate transaction;

  private final String run = "backlog-" + Long.toString(System.nanoTime(), 36);

  @BeforeEach
  void plantABacklogOfOrdinaryMails() {
    EngineClock.noticeRoundsDueNow(managementService);
    long start = System.nanoTime();
    // Held back while planted, then let go all at once: the whole backlog is pending at the start.
    managementService.suspendJobDefinitionByProcessDefinitionKey(NoticesProcess.KEY, true);
    try {
      for (int chunk = 0; chunk < BACKLOG; chunk += 500) {
        List<String> keys = IntStream.range(chunk, chunk + 500).mapToObj(i -> run + ":" + i).toList();
        transaction.executeWithoutResult(status -> {
          jdbc.batchUpdate("insert into mail_record (mail_key, kind, recipient, team, decided_at) values (?, ?, ?, ?, now())",
              keys.stream().map(key -> new Object[] {key, MailKind.NEW_WORK.id(), "backlog@safe-passage.invalid", "backlog"})
                  .toList());
          keys.forEach(key -> NoticeDelegates.startSending(runtimeService, key, MailKind.IN_TURN));
        });
      }
    } finally {
      managementService.activateJobDefinitionByProcessDefinitionKey(NoticesProcess.KEY, true);
    }
    System.out.printf("Planted %d pending mails in %d ms%n", BACKLOG, (System.nanoTime() - start) / 1_000_000);
  }

  /** Removes what is left of the backlog, held back meanwhile, so the tests after start clean. */
  @AfterEach
  void removeTheBacklog() {
    managementService.suspendJobDefinitionByProcessDefinitionKey(NoticesProcess.KEY, true);
    try {
      jdbc.update("update mail_record set sent_at = now(), outcome = 'not-needed' where mail_key like ? and sent_at is null",
          run + ":%");
      List<String> left;
      while (!(left = runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticesProcess.KEY)
          .processInstanceBusinessKeyLike(run + ":%").listPage(0, 1000).stream().map(instance -> instance.getId())
          .toList()).isEmpty()) {
        // a send job acquired before the suspension may still end its instance meanwhile
        runtimeService.deleteProcessInstancesIfExists(left, "test backlog", true, true, false);
      }
    } finally {
      managementService.activateJobDefinitionByProcessDefinitionKey(NoticesProcess.KEY, true);
    }
  }

  @Test
  void aSafetyAlertAndP0WorkOvertakeTenThousandPendingMails() {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    long reported = System.nanoTime();
    assertThat(StaffApi.as(http, Demo.LEA).post("/api/cases/" + caseNumber + "/safety-incidents", Map.of("kind", "DETAINED"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(eventually(BOUND, () -> !mails("managers@", "SAFETY INCIDENT on case " + caseNumber).isEmpty()))
        .as("the safety alert within 60 s").isTrue();
    System.out.printf("Safety alert at the SMTP server %d ms after the incident was reported%n",
        (System.nanoTime() - reported) / 1_000_000);
    MimeMessage alert = mails("managers@", "SAFETY INCIDENT on case " + caseNumber).get(0);
    assertThat(GreenMailUtil.getBody(alert)).contains("Respond to safety incident", "#/?task=");
    int waiting = unsentBacklog();
    System.out.printf("%d of the %d ordinary mails were still waiting%n", waiting, BACKLOG);
    assertThat(waiting).as("it went ahead of the backlog").isGreaterThan(BACKLOG / 2);

    String urgent = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    Map<String, Object> detained = new HashMap<>(JourneyWalk.triage("TRANSIT"));
    detained.put("detained", true);
    long triaged = System.nanoTime();
    new JourneyWalk(http).take(urgent, new JourneyWalk.Step(Demo.INES, "Task_AssessUrgency", detained));
    assertThat(eventually(BOUND, () -> mails("intake@", urgent).stream().anyMatch(mail -> body(mail).contains(urgent))))
        .as("P0 work within 60 s").isTrue();
    System.out.printf("P0 summary at the SMTP server %d ms after triage%n", (System.nanoTime() - triaged) / 1_000_000);
    waiting = unsentBacklog();
    System.out.printf("%d of the %d ordinary mails were still waiting%n", waiting, BACKLOG);
    assertThat(waiting).as("it went ahead of the backlog").isGreaterThan(0);
    assertThat(mails("managers@", "SAFETY INCIDENT on case " + caseNumber)).as("one alert").hasSize(1);
  }

  private int unsentBacklog() {
    return jdbc.queryForObject("select count(*) from mail_record where mail_key like ? and sent_at is null",
        Integer.class, run + ":%");
  }

  private static List<MimeMessage> mails(String to, String text) {
    return Arrays.stream(mailServer.getReceivedMessages()).filter(mail -> {
      try {
        return mail.getAllRecipients()[0].toString().startsWith(to)
            && (mail.getSubject().contains(text) || body(mail).contains(text));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static String body(MimeMessage mail) {
    return GreenMailUtil.getBody(mail);
  }
}
