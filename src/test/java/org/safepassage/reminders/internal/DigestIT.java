package org.safepassage.reminders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.support.EngineClock.eventually;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safepassage.support.EngineClock;
import org.safepassage.support.Intakes;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffAccounts;
import org.safepassage.support.StaffApi;
import org.safepassage.support.StaffApi.Demo;
import org.safepassage.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The morning digest as staff get it: one mail each morning listing exactly the tasks a member of
 * staff holds (overdue ones marked), none for someone who holds none, none for someone who muted
 * it, and again for them once they unmute it.
 */
@PostgresIntegrationTest
class DigestIT {

  /**
   * How long a morning's round may take: in the whole suite it also decides the digests and
   * escalations of every earlier test's leftover tasks, after a jump of the engine clock.
   */
  private static final Duration ROUNDS = Duration.ofSeconds(90);

  @RegisterExtension
  static GreenMailExtension mailServer = new GreenMailExtension(TestSmtp.SETUP);

  @Autowired
  TestRestTemplate http;

  @Autowired
  TaskService taskService;

  @Autowired
  IdentityService identityService;

  @Autowired
  ManagementService managementService;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  NoticeSettings settings;

  @BeforeEach
  void roundsRunNow() {
    EngineClock.noticeRoundsDueNow(managementService);
  }

  @Test
  void eachMorningEachStaffMemberGetsTheirOwnTasksOnceUnlessTheyMutedIt() {
    String holder = staffWithMail();
    String muter = staffWithMail();
    String idle = staffWithMail();
    Task overdue = openTaskOfANewCase();
    Task later = openTaskOfANewCase();
    Task mutersTask = openTaskOfANewCase();
    Task unclaimed = openTaskOfANewCase();
    assign(overdue, holder, EngineClock.now().minus(Duration.ofHours(1)));
    assign(later, holder, EngineClock.now().plus(Duration.ofDays(5)));
    assign(mutersTask, muter, null);

    StaffApi muting = StaffApi.as(http, muter, StaffAccounts.PASSPHRASE);
    assertThat(muting.put("/api/my-digest", Map.of()).getStatusCode()).as("no answer").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(muting.put("/api/my-digest", Map.of("muted", true)).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(muting.get("/api/my-digest").getBody()).containsEntry("muted", true);

    moveToNextDigestMorning();

    assertThat(eventually(ROUNDS, () -> !mailsTo(holder).isEmpty())).as("the holder's digest").isTrue();
    String digest = GreenMailUtil.getBody(mailsTo(holder).get(0));
    assertThat(digest).contains(caseOf(overdue), caseOf(later), "#/?task=" + overdue.getId(),
        "#/?task=" + later.getId(), "2 open, 1 overdue", "overdue)");
    assertThat(digest).as("the team's unclaimed work is in its summaries, not in a digest")
        .doesNotContain(caseOf(unclaimed), caseOf(mutersTask));
    assertThat(digest.indexOf(caseOf(overdue))).as("soonest due first").isLessThan(digest.indexOf(caseOf(later)));
    assertThat(eventually(Duration.ofSeconds(4), () -> mailsTo(holder).size() > 1 || !mailsTo(muter).isEmpty()))
        .as("one digest a morning, however many rounds, and none for who muted it").isFalse();
    assertThat(mailsTo(muter)).as("muted").isEmpty();
    assertThat(mailsTo(idle)).as("nobody gets an empty digest").isEmpty();

    assertThat(muting.put("/api/my-digest", Map.of("muted", false)).getStatusCode()).isEqualTo(HttpStatus.OK);
    moveToNextDigestMorning();
    assertThat(eventually(ROUNDS, () -> !mailsTo(muter).isEmpty())).as("unmuted: the next morning's digest").isTrue();
    assertThat(mailsTo(muter)).as("one digest that morning").hasSize(1);
    assertThat(GreenMailUtil.getBody(mailsTo(muter).get(0))).contains(caseOf(mutersTask)).doesNotContain(caseOf(overdue));
  }

  @Test
  void aDigestDecidedBeforeItsOwnerMutedItIsNotSent() {
    String user = staffWithMail();
    Task task = openTaskOfANewCase();
    assign(task, user, null);
    String key = "digest:" + user + ":" + LocalDate.now(settings.zone()) + "-muted-test";
    jdbc.update("insert into mail_record (mail_key, kind, recipient, decided_at) values (?, 'digest', ?, now())",
        key, user + "@staff.safe-passage.invalid");
    StaffApi.as(http, user, StaffAccounts.PASSPHRASE).put("/api/my-digest", Map.of("muted", true));

    sending.send(key);
    sending.send(key);

    assertThat(mailsTo(user)).isEmpty();
    assertThat(jdbc.queryForObject("select outcome from mail_record where mail_key = ?", String.class, key))
        .isEqualTo("muted");
  }

  @Autowired
  MailSending sending;

  /**
   * Past the digest time of a day no earlier run has decided digests for: the test database
   * outlives runs whose clocks were moved ahead.
   */
  private void moveToNextDigestMorning() {
    Date latest = jdbc.queryForObject("select max(digest_date) from digest_day", Date.class);
    LocalDate today = LocalDate.ofInstant(EngineClock.now(), settings.zone());
    LocalDate next = latest == null || latest.toLocalDate().isBefore(today) ? today.plusDays(1)
        : latest.toLocalDate().plusDays(1);
    var morning = next.atTime(settings.digestTime().plusMinutes(1)).atZone(settings.zone()).toInstant();
    EngineClock.moveForward(Duration.between(EngineClock.now(), morning));
    assertThat(LocalTime.ofInstant(EngineClock.now(), settings.zone())).isAfter(settings.digestTime());
  }

  private String staffWithMail() {
    String id = StaffAccounts.create(identityService, Demo.INES.team);
    User user = identityService.createUserQuery().userId(id).singleResult();
    user.setEmail(id + "@staff.safe-passage.invalid");
    identityService.saveUser(user);
    return id;
  }

  private Task openTaskOfANewCase() {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
  }

  private void assign(Task task, String userId, java.time.Instant due) {
    task.setAssignee(userId);
    task.setDueDate(due == null ? null : java.util.Date.from(due));
    taskService.saveTask(task);
  }

  private String caseOf(Task task) {
    return (String) taskService.getVariable(task.getId(), "caseNumber");
  }

  private static List<MimeMessage> mailsTo(String userId) {
    return Arrays.stream(mailServer.getReceivedMessages()).filter(mail -> {
      try {
        return mail.getAllRecipients()[0].toString().equals(userId + "@staff.safe-passage.invalid");
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }
}
