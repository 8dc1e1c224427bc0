package org.safepassage.reminders.internal;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.safepassage.casenumber.CaseVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends one decided mail, exactly once as far as SMTP allows: the send record is taken (and
 * committed) before the mail is handed to the server and confirmed (committed) right after it
 * accepted it. A retry that finds it confirmed sends nothing; one that finds it taken waits out
 * the lease. A failed hand-over gives it back and fails the job, so Camunda retries it and, when
 * the retries are spent, shows an incident.
 */
@Service
class MailSending {

  private static final Logger log = LoggerFactory.getLogger(MailSending.class);
  private static final int LOGGED_CASES = 10;
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  private final MailRecords records;
  private final NoticeOutbox outbox;
  private final TaskService taskService;
  private final MailTemplates templates;
  private final NoticeMailer mailer;
  private final MailProperties mail;
  private final NoticeSettings settings;
  private final Digests digests;

  MailSending(MailRecords records, NoticeOutbox outbox, TaskService taskService, MailTemplates templates,
      NoticeMailer mailer, MailProperties mail, NoticeSettings settings, Digests digests) {
    this.digests = digests;
    this.records = records;
    this.outbox = outbox;
    this.taskService = taskService;
    this.templates = templates;
    this.mailer = mailer;
    this.mail = mail;
    this.settings = settings;
  }

  void send(String key) {
    MailRecords.MailRecord record = records.find(key)
        .orElseThrow(() -> new IllegalStateException("No mail record " + key));
    if (record.sentAt() != null) {
      return;
    }
    if (MailKind.DIGEST.id().equals(record.kind()) && digests.isMuted(digestOwner(key))) {
      records.confirm(key, "muted");
      log.info("Digest {} not sent: its owner muted it", key);
      return;
    }
    MailTemplates.Mail composed = compose(record);
    if (composed == null) {
      records.confirm(key, "not-needed");
      log.info("Mail {} not needed any more: its task is done", key);
      return;
    }
    if (!records.handOver(key, settings.sendLease())) {
      if (records.find(key).map(MailRecords.MailRecord::sentAt).isPresent()) {
        return;
      }
      throw new IllegalStateException("Mail " + key + " is being handed over by another attempt; trying again later");
    }
    try {
      mailer.send(record.recipient(), composed);
    } catch (RuntimeException e) {
      records.giveBack(key);
      log.warn("Mail {} not sent: {}", key, e.getClass().getSimpleName());
      throw e;
    }
    records.confirm(key, "sent");
    log.info("Sent {} mail {} to {} about {}", record.kind(), key, record.recipient(), casesIn(record));
  }

  /** For the log, so an operator can tell who was told about which case: at most a few numbers. */
  private String casesIn(MailRecords.MailRecord record) {
    if (record.caseNumber() != null) {
      return "case " + record.caseNumber();
    }
    List<String> cases = (MailKind.DIGEST.id().equals(record.kind()) ? digestTasks(digestOwner(record.key())).stream()
        .map(task -> caseNumberOf(task)) : outbox.inSummary(record.key()).stream().map(NoticeOutbox.NewTask::caseNumber))
        .distinct().toList();
    String shown = String.join(", ", cases.subList(0, Math.min(cases.size(), LOGGED_CASES)));
    return cases.size() > LOGGED_CASES ? "cases " + shown + " and " + (cases.size() - LOGGED_CASES) + " more" : "cases " + shown;
  }

  /**
   * The mail, or null when it is not needed any more: its task was completed after the mail was
   * decided, or a digest's owner holds no open task now (nobody gets an empty digest).
   */
  private MailTemplates.Mail compose(MailRecords.MailRecord record) {
    MailKind kind = MailKind.of(record.kind());
    if (kind == MailKind.NEW_WORK) {
      return summary(record);
    }
    if (kind == MailKind.DIGEST) {
      return digest(record);
    }
    Task task = taskService.createTaskQuery().taskId(record.taskId()).singleResult();
    if (task == null) {
      return null;
    }
    return templates.mail(kind.id(), Map.of("caseNumber", String.valueOf(record.caseNumber()), "taskName", task.getName(),
        "dueDate", due(task.getDueDate()), "link", linkTo(task.getId()), "team", String.valueOf(record.team())));
  }

  private MailTemplates.Mail summary(MailRecords.MailRecord record) {
    var tasks = outbox.inSummary(record.key());
    String[] ids = tasks.stream().map(NoticeOutbox.NewTask::taskId).filter(id -> id != null).toArray(String[]::new);
    Map<String, Task> open = ids.length == 0 ? Map.of()
        : taskService.createTaskQuery().taskIdIn(ids).list().stream()
            .collect(Collectors.toMap(Task::getId, Function.identity()));
    StringBuilder lines = new StringBuilder();
    for (NoticeOutbox.NewTask task : tasks) {
      Task stillOpen = task.taskId() == null ? null : open.get(task.taskId());
      lines.append(templates.fill("task-line", Map.of("caseNumber", task.caseNumber(),
          "taskName", String.valueOf(task.taskName()),
          "dueDate", task.taskId() == null ? "not known" : stillOpen == null ? "done already" : due(stillOpen.getDueDate()),
          "link", task.taskId() == null ? tasklist() : linkTo(task.taskId()))));
    }
    return templates.mail(MailKind.NEW_WORK.id(), Map.of("count", String.valueOf(tasks.size()), "team", record.team(),
        "tasks", lines.toString(), "tasklist", tasklist()));
  }

  /** A staff member's open tasks, soonest due first: what their morning digest lists. */
  private List<Task> digestTasks(String userId) {
    return taskService.createTaskQuery().taskAssignee(userId).orderByDueDate().asc().orderByTaskCreateTime()
        .asc().list();
  }

  private MailTemplates.Mail digest(MailRecords.MailRecord record) {
    List<Task> tasks = digestTasks(digestOwner(record.key()));
    if (tasks.isEmpty()) {
      return null;
    }
    Date now = ClockUtil.getCurrentTime();
    StringBuilder lines = new StringBuilder();
    long overdue = 0;
    for (Task task : tasks) {
      boolean late = task.getDueDate() != null && !task.getDueDate().after(now);
      overdue += late ? 1 : 0;
      lines.append(templates.fill("task-line", Map.of("caseNumber", caseNumberOf(task), "taskName", task.getName(),
          "dueDate", due(task.getDueDate()) + (late ? ", overdue" : ""), "link", linkTo(task.getId()))));
    }
    return templates.mail(MailKind.DIGEST.id(), Map.of("count", String.valueOf(tasks.size()),
        "overdue", String.valueOf(overdue), "tasks", lines.toString(), "tasklist", tasklist(),
        "mute", mail.baseUrl() + "/my-digest"));
  }

  private String caseNumberOf(Task task) {
    Object caseNumber = taskService.getVariable(task.getId(), CaseVariables.CASE_NUMBER);
    return caseNumber == null ? "(no case)" : caseNumber.toString();
  }

  /** The user a digest is for: its key is digest:&lt;user id&gt;:&lt;day&gt;. */
  private static String digestOwner(String key) {
    return key.substring(MailKind.DIGEST.id().length() + 1, key.lastIndexOf(':'));
  }

  private String due(Date dueDate) {
    return dueDate == null ? "no date set" : DUE.format(dueDate.toInstant().atZone(settings.zone()));
  }

  private String tasklist() {
    return mail.baseUrl() + "/camunda/app/tasklist/default/";
  }

  private String linkTo(String taskId) {
    return tasklist() + "#/?task=" + taskId;
  }
}
