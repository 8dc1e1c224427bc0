package org.safepassage.reminders.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
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
 * date, and once a day, after the digest time, each staff member's morning digest. Each decision
 * is a mail record with its key, written in the round's transaction; sending is the notices
 * process's next, separate step. Reads only Camunda's task fields (due date, follow-up date,
 * candidate group, assignee, urgency), so a stage sets a deadline and this picks it up.
 */
@Service
class NoticeRound {

  /** A mail decided in this round, and the priority its send job gets. */
  record Decided(String key, int priority) {}

  private static final Logger log = LoggerFactory.getLogger(NoticeRound.class);
  static final String MANAGERS = "managers";

  private final TaskService taskService;
  private final IdentityService identityService;
  private final ManagementService managementService;
  private final NoticeOutbox outbox;
  private final MailRecords records;
  private final Digests digests;
  private final MailProperties mail;
  private final NoticeSettings settings;

  NoticeRound(TaskService taskService, IdentityService identityService, ManagementService managementService,
      NoticeOutbox outbox, MailRecords records, Digests digests, MailProperties mail, NoticeSettings settings) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.managementService = managementService;
    this.outbox = outbox;
    this.records = records;
    this.digests = digests;
    this.mail = mail;
    this.settings = settings;
  }

  /** The mails decided in this round, for the process to send. */
  List<Decided> decideDueMails() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<Decided> due = new ArrayList<>();
    decideSummaries(now, due);
    decideFollowUps(now, due);
    decideEscalations(now, due);
    decideDigests(now, due);
    return due;
  }

  private void decideSummaries(Instant now, List<Decided> due) {
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
        due.add(new Decided(key, waiting.urgent() ? MailKind.URGENT : MailKind.IN_TURN));
      }
    }
  }

  private void decideFollowUps(Instant now, List<Decided> due) {
    for (Task task : unremindedTasks(MailKind.FOLLOW_UP, "FOLLOW_UP_DATE_", "<", now, "RES.FOLLOW_UP_DATE_", null)) {
      String key = MailKind.FOLLOW_UP.id() + ":" + task.getId() + ":" + task.getFollowUpDate().toInstant();
      String team = teamOf(task);
      String recipient = Optional.ofNullable(task.getAssignee()).map(this::mailOfUser).orElse(mail.mailboxOf(team));
      decide(key, MailKind.FOLLOW_UP, recipient, team, task, task.getFollowUpDate(), due);
    }
  }

  private void decideEscalations(Instant now, List<Decided> due) {
    LocalDate today = LocalDate.ofInstant(now, settings.zone());
    Date startOfToday = Date.from(today.atStartOfDay(settings.zone()).toInstant());
    for (Task task : unremindedTasks(MailKind.ESCALATION, "DUE_DATE_", "<=", now, "#{day}", startOfToday)) {
      String key = MailKind.ESCALATION.id() + ":" + task.getId() + ":" + today;
      decide(key, MailKind.ESCALATION, mail.mailboxOf(MANAGERS), teamOf(task), task, startOfToday, due);
    }
  }

  /**
   * The morning digests, decided by the first round at or after the digest time of the day, all
   * at once: one per staff member holding open tasks who has not muted it.
   */
  private void decideDigests(Instant now, List<Decided> due) {
    ZonedDateTime local = now.atZone(settings.zone());
    if (local.toLocalTime().isBefore(settings.digestTime()) || !digests.takeDay(local.toLocalDate())) {
      return;
    }
    for (String userId : digests.staffToDigest()) {
      String address = mailOfUser(userId);
      if (address == null) {
        log.warn("No e-mail address for staff member {}: no morning digest", userId);
        continue;
      }
      String key = MailKind.DIGEST.id() + ":" + userId + ":" + local.toLocalDate();
      if (records.decide(key, MailKind.DIGEST.id(), address, null, null, null)) {
        due.add(new Decided(key, MailKind.IN_TURN));
      }
    }
  }

  /**
   * Open tasks whose date ({@code column}) has come, and that have no reminder of this kind for
   * {@code reminderAt} yet: the database skips what earlier rounds decided, so a round reads only
   * the tasks it has something to decide for.
   */
  private List<Task> unremindedTasks(MailKind kind, String column, String comparison, Instant now, String reminderAt,
      Date day) {
    return taskService.createNativeTaskQuery().sql("select RES.* from " + managementService.getTableName(Task.class)
        + " RES where RES." + column + " " + comparison + " #{now} and not exists (select 1 from mail_record M"
        + " where M.task_id = RES.ID_ and M.kind = #{kind} and M.reminder_at = " + reminderAt + ")"
        + " order by RES." + column)
        .parameter("now", Date.from(now)).parameter("kind", kind.id()).parameter("day", day).list();
  }

  private void decide(String key, MailKind kind, String recipient, String team, Task task, Date reminderAt,
      List<Decided> due) {
    if (records.exists(key)) {
      return;
    }
    if (recipient == null || recipient.isBlank()) {
      log.warn("No address for a {} mail on task {} (team {}): configure the team's mailbox", kind.id(), task.getId(), team);
      return;
    }
    Object caseNumber = taskService.getVariable(task.getId(), CaseVariables.CASE_NUMBER);
    if (records.decide(key, kind.id(), recipient, team, task.getId(), caseNumber == null ? null : caseNumber.toString(),
        reminderAt)) {
      due.add(new Decided(key, MailKind.IN_TURN));
    }
  }

  static String teamOf(TaskService taskService, String taskId) {
    return taskService.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId()).findFirst().orElse(null);
  }

  private String teamOf(Task task) {
    return teamOf(taskService, task.getId());
  }

  /** A staff member's address from Camunda's identity service; none means the team's mailbox. */
  private String mailOfUser(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user == null || user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail();
  }
}
