package org.safepassage.reminders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safepassage.support.EngineClock.eventually;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.safepassage.reminders.NoticesProcess;
import org.safepassage.support.EngineClock;
import org.safepassage.support.Intakes;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffApi.Demo;
import org.safepassage.support.StaffApi;
import org.safepassage.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A mail survives a mail server outage, shows as an incident when its retries run out, goes out
 * once an operator retries it, and is never sent twice: not by a retry after it went out, and not
 * by a second attempt while the first may still be handing it over.
 */
@PostgresIntegrationTest
class MailDeliveryIT {

  @Autowired
  TestRestTemplate http;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  ManagementService managementService;

  @Autowired
  MailSending sending;

  @Autowired
  MailRecords records;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aMailWaitsOutAnOutageAsAnIncidentAndIsSentOnceAfterAnOperatorRetries() {
    EngineClock.noticeRoundsDueNow(managementService);
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    task.setFollowUpDate(Date.from(EngineClock.now().minusSeconds(1)));
    taskService.saveTask(task);

    // No mail server on the test SMTP port: three tries, a second apart in the tests, then an incident.
    assertThat(eventually(Duration.ofSeconds(30), () -> incidentFor(task) != null)).as("an incident in Cockpit").isTrue();
    String key = mailProcessFor(task).getBusinessKey();
    assertThat(records.find(key).orElseThrow().sentAt()).isNull();

    GreenMail mailServer = new GreenMail(TestSmtp.SETUP);
    mailServer.start();
    try {
      managementService.setJobRetries(incidentFor(task).getConfiguration(), 1);
      assertThat(eventually(Duration.ofSeconds(20), () -> mailsAbout(mailServer, caseNumber).size() == 1)).isTrue();
      assertThat(eventually(Duration.ofSeconds(10), () -> records.find(key).orElseThrow().sentAt() != null)).isTrue();

      EngineClock.moveForward(Duration.ofMinutes(3));
      sending.send(key);
      assertThat(eventually(Duration.ofSeconds(3), () -> mailsAbout(mailServer, caseNumber).size() > 1))
          .as("a retry after the mail went out sends nothing, even past the lease").isFalse();
      assertThat(records.find(key).orElseThrow().outcome()).isEqualTo("sent");
    } finally {
      mailServer.stop();
    }
  }

  @Test
  void aMailHandedOverByANodeThatDiedIsSentAgainOnlyAfterTheLease() {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    String key = "escalation:" + task.getId() + ":lease-test";
    records.decide(key, MailKind.ESCALATION.id(), "managers@safe-passage.invalid", "intake", task.getId(), caseNumber);
    assertThat(records.handOver(key, Duration.ofMinutes(2))).as("a node takes it ... and dies").isTrue();

    GreenMail mailServer = new GreenMail(TestSmtp.SETUP);
    mailServer.start();
    try {
      assertThatThrownBy(() -> sending.send(key)).hasMessageContaining("another attempt");
      assertThat(mailsAbout(mailServer, caseNumber)).as("within the lease").isEmpty();

      EngineClock.moveForward(Duration.ofMinutes(3));
      sending.send(key);
      sending.send(key);
      assertThat(mailsAbout(mailServer, caseNumber)).as("after the lease, once").hasSize(1);
    } finally {
      mailServer.stop();
    }
  }

  private Incident incidentFor(Task task) {
    ProcessInstance mail = mailProcessFor(task);
    return mail == null ? null : runtimeService.createIncidentQuery().processInstanceId(mail.getId()).singleResult();
  }

  private ProcessInstance mailProcessFor(Task task) {
    List<ProcessInstance> mails = runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticesProcess.KEY)
        .processInstanceBusinessKeyLike("follow-up:" + task.getId() + ":%").list();
    return mails.isEmpty() ? null : mails.get(0);
  }

  private static List<MimeMessage> mailsAbout(GreenMail mailServer, String caseNumber) {
    return Arrays.stream(mailServer.getReceivedMessages()).filter(mail -> {
      try {
        return mail.getSubject().contains(caseNumber);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }
}
