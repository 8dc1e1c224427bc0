package org.safepassage.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.support.EngineClock.eventually;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safepassage.SafePassageApplication;
import org.safepassage.support.EngineClock;
import org.safepassage.support.Intakes;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffApi;
import org.safepassage.support.StaffApi.Demo;
import org.safepassage.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two app nodes on one PostgreSQL database, both job executors running: the test's app and a
 * second one started next to it. Work that calls for N reminders gets N mails at the SMTP
 * server: each decided once, each sent once.
 */
@PostgresIntegrationTest
class TwoNodesIT {

  private static final int CASES = 15;
  private static final String SECOND_NODE = "second-node";
  private static final String SECOND_ENGINE = "secondNode";

  @RegisterExtension
  static GreenMailExtension mailServer = new GreenMailExtension(TestSmtp.SETUP);

  @Autowired
  TestRestTemplate http;

  @Autowired
  TaskService taskService;

  @Autowired
  ManagementService managementService;

  @Autowired
  ProcessEngine engine;

  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  void eachReminderIsSentOnceWithTwoNodesOnOneDatabase() {
    EngineClock.noticeRoundsDueNow(managementService);
    ConfigurableApplicationContext secondNode = new SpringApplicationBuilder(SafePassageApplication.class)
        .profiles("demo", "pgtest")
        // Arguments, not default properties: those lose to application.yml. Its own engine name, so
        // closing it does not unregister the test app's engine, "default", from Camunda's registry;
        // no webapps, whose runtime delegates are JVM-wide and would be left pointing at it.
        .run("--server.port=0", "--spring.application.name=" + SECOND_NODE,
            "--camunda.bpm.process-engine-name=" + SECOND_ENGINE, "--camunda.bpm.webapp.enabled=false");
    long clockAhead = ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis();
    String secondLockOwner = ((ProcessEngineConfigurationImpl) secondNode.getBean(ProcessEngine.class)
        .getProcessEngineConfiguration()).getJobExecutor().getLockOwner();
    try {
      ProcessEngine second = secondNode.getBean(ProcessEngine.class);
      assertThat(second.getName()).isEqualTo(SECOND_ENGINE);
      assertThat(List.of(engine, second)).as("both job executors run")
          .allMatch(node -> ((ProcessEngineConfigurationImpl) node.getProcessEngineConfiguration()).getJobExecutor().isActive());

      List<String> cases = IntStream.range(0, CASES)
          .mapToObj(i -> StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone())).toList();
      for (String caseNumber : cases) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        task.setFollowUpDate(Date.from(EngineClock.now().minusSeconds(1)));
        task.setDueDate(Date.from(EngineClock.now().minusSeconds(1)));
        taskService.saveTask(task);
      }
      int expected = 2 * CASES;

      assertThat(eventually(Duration.ofSeconds(90), () -> mailsAbout(cases).size() >= expected))
          .as("a follow-up and an escalation per case").isTrue();
      assertThat(eventually(Duration.ofSeconds(5), () -> mailsAbout(cases).size() > expected))
          .as("and nothing twice").isFalse();
      Map<String, Long> perMail = mailsAbout(cases).stream().map(TwoNodesIT::subject)
          .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      assertThat(perMail).hasSize(expected).allSatisfy((subject, count) -> assertThat(count).as(subject).isEqualTo(1));
    } finally {
      secondNode.close();
      // A job the second node acquired but never ran would stay locked for the lock time: a node
      // gone for good, as far as the tests after this one are concerned.
      jdbc.update("update act_ru_job set lock_owner_ = null, lock_exp_time_ = null where lock_owner_ = ?", secondLockOwner);
      if (ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis() < clockAhead - 1000) {
        ClockUtil.offset(clockAhead);
      }
    }
  }

  private static List<MimeMessage> mailsAbout(List<String> cases) {
    return Arrays.stream(mailServer.getReceivedMessages())
        .filter(mail -> cases.stream().anyMatch(subject(mail)::contains)).toList();
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
