package org.safepassage.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.support.EngineClock.eventually;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safepassage.support.BrowserSession;
import org.safepassage.support.EngineClock;
import org.safepassage.support.Intakes;
import org.safepassage.support.JourneyWalk;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffApi;
import org.safepassage.support.StaffApi.Demo;
import org.safepassage.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders and escalations as staff get them: from Camunda's task fields, by the notices
 * process's rounds (every second here), with the engine clock moved forward, through a real SMTP
 * server.
 */
@PostgresIntegrationTest
class RemindersIT {

  private static final Duration ROUNDS = Duration.ofSeconds(20);

  @RegisterExtension
  static GreenMailExtension mailServer = new GreenMailExtension(TestSmtp.SETUP);

  @LocalServerPort
  int port;

  @Autowired
  TestRestTemplate http;

  @Autowired
  TaskService taskService;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ManagementService managementService;

  @Autowired
  TransactionTemplate transaction;

  @BeforeEach
  void roundsRunNow() {
    EngineClock.noticeRoundsDueNow(managementService);
  }

  @Test
  void theTeamIsRemindedAtTheFollowUpDateAndManagersAtTheDueDateNotBefore() throws Exception {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    Task task = openTaskOf(caseNumber);
    task.setFollowUpDate(Date.from(EngineClock.now().plus(Duration.ofHours(2))));
    task.setDueDate(Date.from(EngineClock.now().plus(Duration.ofHours(5))));
    taskService.saveTask(task);

    Thread.sleep(3000);
    assertThat(mailsAbout(caseNumber, "follow up")).as("before the follow-up date").isEmpty();

    EngineClock.moveForward(Duration.ofHours(2).plusMinutes(1));
    assertThat(eventually(ROUNDS, () -> mailsAbout(caseNumber, "follow up").size() == 1)).isTrue();
    MimeMessage reminder = mailsAbout(caseNumber, "follow up").get(0);
    assertThat(reminder.getAllRecipients()[0].toString()).as("unassigned: the team's mailbox")
        .isEqualTo("intake@safe-passage.invalid");
    assertThat(GreenMailUtil.getBody(reminder)).contains("Assess urgency",
        "/camunda/app/tasklist/default/#/?task=" + task.getId());
    assertThat(mailsAbout(caseNumber, "overdue")).as("before the due date").isEmpty();

    EngineClock.moveForward(Duration.ofHours(3));
    assertThat(eventually(ROUNDS, () -> mailsAbout(caseNumber, "overdue").size() == 1)).isTrue();
    assertThat(mailsAbout(caseNumber, "overdue").get(0).getAllRecipients()[0].toString())
        .isEqualTo("managers@safe-passage.invalid");
    Thread.sleep(3000);
    assertThat(mailsAbout(caseNumber, "overdue")).as("once a day, however many rounds").hasSize(1);
    assertThat(mailsAbout(caseNumber, "follow up")).as("a follow-up date reminds once").hasSize(1);

    EngineClock.moveForward(Duration.ofDays(1));
    assertThat(eventually(ROUNDS, () -> mailsAbout(caseNumber, "overdue").size() == 2)).as("the next day").isTrue();

    String story = BrowserSession.loggedInAs("http://localhost:" + port, Demo.MAX)
        .get("/cases/" + caseNumber + "/story").body();
    assertThat(story).as("a manager sees who was told").contains("Mails about this case", "follow-up",
        "intake@safe-passage.invalid", "escalation", "managers@safe-passage.invalid");
  }

  @Test
  void anAssignedTaskRemindsItsAssigneeAndACompletedTaskRemindsNobody() throws Exception {
    String assigned = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    String completed = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    Task assignedTask = openTaskOf(assigned);
    assignedTask.setAssignee(Demo.INES.id);
    assignedTask.setFollowUpDate(Date.from(EngineClock.now().plus(Duration.ofHours(1))));
    taskService.saveTask(assignedTask);
    Task completedTask = openTaskOf(completed);
    completedTask.setFollowUpDate(Date.from(EngineClock.now().plus(Duration.ofHours(1))));
    completedTask.setDueDate(Date.from(EngineClock.now().plus(Duration.ofHours(1))));
    taskService.saveTask(completedTask);
    new JourneyWalk(http).take(completed, JourneyWalk.TO_PROTECTION.get(0));

    EngineClock.moveForward(Duration.ofHours(1).plusMinutes(1));

    assertThat(eventually(ROUNDS, () -> mailsAbout(assigned, "follow up").size() == 1)).isTrue();
    assertThat(mailsAbout(assigned, "follow up").get(0).getAllRecipients()[0].toString())
        .isEqualTo("ines@demo.safe-passage.invalid");
    assertThat(jdbc.queryForObject("select count(*) from mail_record where task_id = ?", Integer.class,
        completedTask.getId())).as("mails decided for the completed task").isZero();
    assertThat(mailsAbout(completed, "follow up")).isEmpty();
    assertThat(mailsAbout(completed, "overdue")).isEmpty();
  }

  @Test
  void p0WorkIsMailedAtOnceWhileOtherWorkWaitsForTheInterval() throws Exception {
    // Intake has just had its summary: its interval starts now.
    String seeded = "SP-" + Long.toString(System.nanoTime(), 36).toUpperCase().substring(0, 4) + "-P0P0";
    EngineClock.movePastLatestMail(jdbc, Duration.ofMinutes(16));
    jdbc.update("insert into team_notice (notice_key, team, case_number, task_name, created_at)"
        + " values (?, 'intake', ?, 'Seeded task', now())", "seed:" + seeded, seeded);
    assertThat(eventually(ROUNDS, () -> !mailsMentioning(seeded, "intake").isEmpty())).isTrue();

    String routine = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    new JourneyWalk(http).take(routine, JourneyWalk.TO_PROTECTION.get(0));
    Thread.sleep(3000);
    assertThat(mailsMentioning(routine, "intake")).as("P1 work waits for the interval").isEmpty();

    String urgent = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    Map<String, Object> detained = new HashMap<>(JourneyWalk.triage("TRANSIT"));
    detained.put("detained", true);
    new JourneyWalk(http).take(urgent, new JourneyWalk.Step(Demo.INES, "Task_AssessUrgency", detained));
    assertThat(eventually(ROUNDS, () -> !mailsMentioning(urgent, "intake").isEmpty())).as("P0 at once").isTrue();
    assertThat(GreenMailUtil.getBody(mailsMentioning(urgent, "intake").get(0))).as("with what else waits")
        .contains(routine);
  }

  @Test
  void aThousandNewTasksInOneIntervalMakeOneSummaryPerTeam() {
    String run = Long.toString(System.nanoTime(), 36).toUpperCase();
    List<String> teams = List.of("logistics", "reception", "consular");
    transaction.executeWithoutResult(status -> jdbc.batchUpdate(
        "insert into team_notice (notice_key, team, case_number, task_name, created_at) values (?, ?, ?, 'Seeded task', now())",
        IntStream.range(0, 1000).mapToObj(i -> new Object[] {"seed:" + run + ":" + i, teams.get(i % teams.size()),
            "SP-" + run.substring(0, 4) + "-" + String.format("%04d", i)}).toList()));
    String mark = "SP-" + run.substring(0, 4) + "-";

    EngineClock.movePastLatestMail(jdbc, Duration.ofMinutes(16));
    assertThat(eventually(ROUNDS, () -> teams.stream().allMatch(team -> mailsMentioning(mark, team).size() == 1)))
        .as("one summary per team").isTrue();
    assertThat(eventually(Duration.ofSeconds(3), () -> teams.stream().anyMatch(team -> mailsMentioning(mark, team).size() > 1)))
        .as("and no second one").isFalse();
    int listed = teams.stream().mapToInt(team -> countOf(GreenMailUtil.getBody(mailsMentioning(mark, team).get(0)), mark)).sum();
    assertThat(listed).as("every seeded task is listed").isEqualTo(1000);
  }

  private Task openTaskOf(String caseNumber) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
  }

  private static List<MimeMessage> mailsAbout(String caseNumber, String subjectWords) {
    return Arrays.stream(mailServer.getReceivedMessages())
        .filter(mail -> subject(mail).contains(subjectWords) && subject(mail).contains(caseNumber)).toList();
  }

  private static List<MimeMessage> mailsMentioning(String text, String team) {
    return Arrays.stream(mailServer.getReceivedMessages())
        .filter(mail -> recipient(mail).startsWith(team + "@") && GreenMailUtil.getBody(mail).contains(text)).toList();
  }

  private static int countOf(String body, String text) {
    return body.split(java.util.regex.Pattern.quote(text), -1).length - 1;
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipient(MimeMessage mail) {
    try {
      return mail.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

}
