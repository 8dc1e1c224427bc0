package org.safepassage.reminders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safepassage.reminders.NoticesProcess;
import org.safepassage.support.ProcessTestEngine;

/**
 * The notices process: a timer round decides mails, each decided mail becomes its own
 * asynchronous send step, and a send that keeps failing ends as an incident. The services behind
 * the delegates are tested on PostgreSQL (RemindersIT); here they are stand-ins.
 */
@Deployment(resources = {"processes/notice-rounds.bpmn", "processes/notices.bpmn"})
class NoticesProcessTest {

  static final List<String> sent = new ArrayList<>();
  static final List<String> toDecide = new ArrayList<>();
  static boolean mailServerDown;

  static {
    // Before the deployment: the round's timer cycle is read when the timer is scheduled.
    Mocks.register("noticeTimers", new NoticeTimers(
        new NoticeSettings("R/PT1M", "R2/PT1M", Duration.ofMinutes(15), Duration.ofMinutes(2), ZoneId.of("UTC"),
        LocalTime.of(7, 30))));
    Mocks.register("decideDueMails", (JavaDelegate) execution -> toDecide.forEach(key -> NoticeDelegates.startSending(
        execution.getProcessEngineServices().getRuntimeService(), key,
        key.startsWith("safety-alert") ? MailKind.URGENT : MailKind.IN_TURN)));
    Mocks.register("sendMail", (JavaDelegate) execution -> {
      if (mailServerDown) {
        throw new IllegalStateException("SMTP server not answering");
      }
      sent.add((String) execution.getVariable(NoticesProcess.MAIL_KEY));
    });
  }

  @RegisterExtension
  static final ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage();

  @BeforeEach
  void useTestEngine() {
    init(engine.getProcessEngine());
    sent.clear();
    toDecide.clear();
    mailServerDown = false;
  }

  @AfterAll
  static void forgetStandIns() {
    Mocks.reset();
  }

  @Test
  void eachMailDecidedInARoundIsSentInItsOwnStep() {
    toDecide.addAll(List.of("follow-up:task-1:2026-11-27", "escalation:task-2:2026-11-27"));

    execute(roundTimer());

    List<ProcessInstance> mails = runtimeService().createProcessInstanceQuery().processDefinitionKey(NoticesProcess.KEY).list();
    assertThat(mails).extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrderElementsOf(toDecide);
    assertThat(sent).as("nothing is sent in the round itself").isEmpty();
    mails.forEach(mail -> execute(jobQuery().processInstanceId(mail.getId()).singleResult()));
    assertThat(sent).containsExactlyInAnyOrderElementsOf(toDecide);
    assertThat(roundTimer()).as("the next round is scheduled").isNotNull();
  }

  @Test
  void anUrgentMailsSendJobIsAcquiredBeforeTheOthers() {
    toDecide.addAll(List.of("escalation:task-3:2026-11-27", "safety-alert:task-4", "follow-up:task-5:2026-11-27"));

    execute(roundTimer());

    List<Job> byPriority = jobQuery().messages().orderByJobPriority().desc().list();
    assertThat(byPriority).hasSize(3);
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(byPriority.get(0).getProcessInstanceId())
        .singleResult().getBusinessKey()).isEqualTo("safety-alert:task-4");
    assertThat(byPriority.get(0).getPriority()).isGreaterThan(byPriority.get(1).getPriority());
    assertThat(roundTimer().getPriority()).as("rounds go before any backlog of ordinary mails")
        .isEqualTo(MailKind.URGENT);
  }

  @Test
  void aMailThatKeepsFailingBecomesAnIncident() {
    toDecide.add("new-work:intake:2026-11-27T10:00:00Z");
    mailServerDown = true;
    execute(roundTimer());
    Job sendJob = jobQuery().messages().singleResult();

    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> managementService().executeJob(sendJob.getId())).hasMessageContaining("SMTP");
    }

    assertThat(runtimeService().createIncidentQuery().processInstanceId(sendJob.getProcessInstanceId()).count()).isEqualTo(1);
    mailServerDown = false;
    managementService().setJobRetries(sendJob.getId(), 1);
    managementService().executeJob(sendJob.getId());
    assertThat(sent).containsExactly("new-work:intake:2026-11-27T10:00:00Z");
  }

  private static Job roundTimer() {
    return jobQuery().timers().activityId(NoticesProcess.ROUND_DUE).singleResult();
  }
}
