package org.safepassage.reminders.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.safepassage.casenumber.CaseVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Decides which mails are due now, once each: a team's "new work" summary, a follow-up reminder
 * for an open task past its follow-up date, a daily escalation for an open task past its due
 * date. Each decision is a mail record with its key, written in the round's transaction; sending
 * is the notices process's next, separate step. Reads only Camunda's task fields (due date,
 * follow-up date, candidate group, assignee, urgency), so a stage sets a deadline and this
 * picks it up.
 */
@Service
class NoticeRound {

  private static final Logger log = LoggerFactory.getLogger(NoticeRound.class);
  static final String MANAGERS = "managers";

  private final TaskService taskService;
  private final IdentityService identityService;
  private final NoticeOutbox outbox;
  private final MailRecords records;
  private final MailProperties mail;
  private final NoticeSettings settings;

  NoticeRound(TaskService taskService, IdentityService identityService, NoticeOutbox outbox, MailRecords records,
      MailProperties mail, NoticeSettings settings) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.outbox = outbox;
    this.records = records;
    this.mail = mail;
    this.settings = settings;
  }

  /** The keys of the mails decided in this round, for the process to send. */
  List<String> decideDueMails() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<String> due = new ArrayList<>();
    decideSummaries(now, due);
    decideFollowUps(now, due);
    decideEscalations(now, due);
    return due;
  }

  private void decideSummaries(Instant now, List<String> due) {
    for (NoticeOutbox.Waiting waiting : outbox.waitingTeams()) {
      Optional<Instant> last = records.lastSummaryFor(waiting.team(), now);
      boolean intervalOver = last.map(at -> !at.plus(settings.summaryInterval()).isAfter(now)).orElse(true);
      String mailbox = mail.mailboxOf(waiting.team());
      if (mailbox == null || !(waiting.urgent() || intervalOver)) {
        continue;
      }
      String key = MailKind.NEW_WORK.id() + ":" + waiting.team() + ":" + now;
      if (records.decide(key, MailKind.NEW_WORK.id(), mailbox, waiting.team(), null, null)) {
        outbox.takeIntoSummary(waiting.team(), key);
        due.add(key);
      }
    }
  }

  private void decideFollowUps(Instant now, List<String> due) {
    for (Task task : taskService.createTaskQuery().followUpBefore(Date.from(now)).list()) {
      String key = MailKind.FOLLOW_UP.id() + ":" + task.getId() + ":" + task.getFollowUpDate().toInstant();
      String team = teamOf(task);
      String recipient = Optional.ofNullable(task.getAssignee()).map(this::mailOfUser).orElse(mail.mailboxOf(team));
      decide(key, MailKind.FOLLOW_UP, recipient, team, task, due);
    }
  }

  private void decideEscalations(Instant now, List<String> due) {
    LocalDate today = LocalDate.ofInstant(now, settings.zone());
    for (Task task : taskService.createTaskQuery().dueBefore(Date.from(now.plusMillis(1))).list()) {
      String key = MailKind.ESCALATION.id() + ":" + task.getId() + ":" + today;
      decide(key, MailKind.ESCALATION, mail.mailboxOf(MANAGERS), teamOf(task), task, due);
    }
  }

  private void decide(String key, MailKind kind, String recipient, String team, Task task, List<String> due) {
    if (records.exists(key)) {
      return;
    }
    if (recipient == null || recipient.isBlank()) {
      log.warn("No address for a {} mail on task {} (team {}): configure the team's mailbox", kind.id(), task.getId(), team);
      return;
    }
    Object caseNumber = taskService.getVariable(task.getId(), CaseVariables.CASE_NUMBER);
    if (records.decide(key, kind.id(), recipient, team, task.getId(), caseNumber == null ? null : caseNumber.toString())) {
      due.add(key);
    }
  }

  private String teamOf(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId()).findFirst().orElse(null);
  }

  /** A staff member's address from Camunda's identity service; none means the team's mailbox. */
  private String mailOfUser(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user == null || user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail();
  }
}
