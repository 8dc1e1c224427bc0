package org.safepassage.engine.internal;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetUniqueTaskWorkerCountCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.metrics.MetricsQueryImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.safepassage.engine.FormFields;

/**
 * The engine commands a logged-in member of staff may send, as an allow-list by command type:
 * reads (within their Camunda authorizations), and on a task their team is offered or they hold:
 * claiming it for themselves, giving it back, completing its form with the form's own fields, and
 * setting its dates. Managers may also hand a task to a member of its team; the administrator
 * manages staff accounts. Everything else is refused with a message saying what to do instead.
 */
final class StaffCommands {

  static final String MANAGERS = "managers";
  static final String ADMINISTRATORS = "camunda-admin";

  /** Reads that are not queries: forms, diagrams, a task's variables and links, the user's own rights. */
  static final Set<String> READS = Set.of(
      "AuthorizationCheckCmd", "CreateGroupQueryCmd", "CreateTenantQueryCmd", "CreateUserQueryCmd",
      "DetermineHistoryLevelCmd", "ExecuteFilterCountCmd", "ExecuteFilterListCmd", "ExecuteFilterListPageCmd",
      "ExecuteFilterSingleResultCmd", "FindActiveActivityIdsCmd", "IsIdentityServiceReadOnlyCmd",
      "IsTelemetryEnabledCmd");

  /** Where the webapps' own plugins (Cockpit's lists and counts) keep their commands. */
  static final Set<String> WEBAPP_PACKAGES = Set.of("org.camunda.bpm.cockpit.", "org.camunda.bpm.webapp.impl.db.",
      "org.camunda.bpm.admin.", "org.camunda.bpm.tasklist.");

  /**
   * Staff accounts, teams and permissions: the administrator's work in the Admin webapp (which
   * checks the administrator's own password before it changes anyone's).
   */
  static final Set<String> ADMINISTRATION = Set.of(
      "CheckPassword", "CreateAuthorizationCommand", "CreateGroupCmd", "CreateMembershipCmd", "CreateTenantCmd",
      "CreateTenantGroupMembershipCmd", "CreateTenantUserMembershipCmd", "CreateUserCmd",
      "DeleteAuthorizationCmd", "DeleteGroupCmd", "DeleteMembershipCmd", "DeleteTenantCmd",
      "DeleteTenantGroupMembershipCmd", "DeleteTenantUserMembershipCmd", "DeleteUserCmd", "DeleteUserInfoCmd",
      "DeleteUserPictureCmd", "SaveAuthorizationCmd", "SaveGroupCmd", "SaveTenantCmd", "SaveUserCmd",
      "SetUserInfoCmd", "SetUserPictureCmd", "UnlockUserCmd");

  /** What staff may change on a task through Tasklist's task header: its dates and priority, never text. */
  static final Set<String> TASK_SCHEDULE = Set.of(TaskEntity.DUE_DATE, TaskEntity.FOLLOW_UP_DATE, TaskEntity.PRIORITY);

  private final Authentication user;
  private final TaskFacts tasks;
  private final FormFields catalog;

  StaffCommands(Authentication user, TaskFacts tasks, FormFields catalog) {
    this.user = user;
    this.tasks = tasks;
    this.catalog = catalog;
  }

  /** What a type of command is to the guard; StaffCommandCensusTest pins this for every engine command. */
  enum Kind {
    /** Reads, within the caller's Camunda authorizations. */
    READ,
    /** Statistics and reports: counts beyond one's own tasks, for managers only. */
    COUNTS,
    /** The engine's activity counters (no case in them): Admin's metrics page and managers. */
    METRICS,
    /**
     * The webapps' plugin queries (Cockpit's lists and counts): for managers and the administrator.
     * Cockpit runs most of them on a command executor of its own that this guard does not see;
     * there the edge (EngineApiGate) keeps Cockpit's API for managers.
     */
    WEBAPP_PLUGIN_QUERY,
    /** Claiming, assigning, completing, dating a task: allowed case by case. */
    TASK_WORK,
    /** Staff accounts, teams and authorizations: for the administrator. */
    ADMINISTRATION,
    REFUSED
  }

  static Kind kindOf(Class<?> type) {
    String name = type.getSimpleName();
    if (type.getName().startsWith(MetricsQueryImpl.class.getName()) || type == GetUniqueTaskWorkerCountCmd.class) {
      return Kind.METRICS;
    }
    if (WEBAPP_PACKAGES.stream().anyMatch(type.getName()::startsWith)) {
      return name.startsWith("Query") || name.startsWith("Execute") ? Kind.WEBAPP_PLUGIN_QUERY : Kind.REFUSED;
    }
    if (isRead(type, name)) {
      return countsBeyondAuthorizations(type, name) ? Kind.COUNTS : Kind.READ;
    }
    // Exact types: a subclass is another operation (ResolveTaskCmd extends CompleteTaskCmd).
    if (type == ClaimTaskCmd.class || type == AssignTaskCmd.class || type == CompleteTaskCmd.class
        || type == SubmitTaskFormCmd.class || type == SaveTaskCmd.class) {
      return Kind.TASK_WORK;
    }
    return ADMINISTRATION.contains(name) && type.getName().startsWith("org.camunda.bpm.engine.impl.")
        ? Kind.ADMINISTRATION : Kind.REFUSED;
  }

  /**
   * Why this command is refused to this user, or empty when it is allowed. A form submission with
   * fields its form does not have is a form error and throws FormFieldValidationException at once.
   */
  Optional<String> refusal(Command<?> command) {
    Class<?> type = command.getClass();
    return switch (kindOf(type)) {
      case READ -> Optional.empty();
      case COUNTS -> isIn(MANAGERS) ? Optional.empty()
          : Optional.of("statistics and reports count cases beyond your own tasks; they are for managers.");
      case METRICS, WEBAPP_PLUGIN_QUERY -> isIn(MANAGERS) || isIn(ADMINISTRATORS) ? Optional.empty()
          : Optional.of("counts and overviews beyond your own tasks are for managers and the administrator.");
      case TASK_WORK -> taskWork(command);
      case ADMINISTRATION -> isIn(ADMINISTRATORS) ? Optional.empty() : Optional.of(refusedOutright(type.getSimpleName()));
      case REFUSED -> Optional.of(refusedOutright(type.getSimpleName()));
    };
  }

  private Optional<String> taskWork(Command<?> command) {
    Class<?> type = command.getClass();
    if (type == ClaimTaskCmd.class) {
      return claiming(field(command, "userId"));
    }
    if (type == AssignTaskCmd.class) {
      return assigning(field(command, "taskId"), field(command, "userId"));
    }
    if (type == SaveTaskCmd.class) {
      return saving(field(command, "task"));
    }
    Map<String, Object> variables = field(command, type == CompleteTaskCmd.class ? "variables" : "properties");
    return submitting(field(command, "taskId"), variables);
  }

  private static boolean isRead(Class<?> type, String name) {
    String className = type.getName();
    boolean engine = className.startsWith("org.camunda.bpm.engine.impl.");
    // The engine's Get...Cmd commands read (a form, a diagram, a task's variables); some live outside impl.cmd.
    boolean engineGet = engine && name.startsWith("Get") && name.endsWith("Cmd") && !name.equals("GetNextIdBlockCmd");
    Class<?> enclosing = type.getEnclosingClass();
    boolean report = engine && enclosing != null && enclosing.getSimpleName().endsWith("ReportImpl");
    return AbstractQuery.class.isAssignableFrom(type) || engineGet || report
        || engine && READS.contains(name);
  }

  private static boolean countsBeyondAuthorizations(Class<?> type, String name) {
    Class<?> enclosing = type.getEnclosingClass();
    return name.contains("Statistics") || name.contains("Report")
        || enclosing != null && enclosing.getSimpleName().endsWith("ReportImpl");
  }

  private Optional<String> claiming(String claimant) {
    return user.getUserId().equals(claimant) ? Optional.empty()
        : Optional.of("you may claim a task for yourself only; a manager can assign it to a member of its team.");
  }

  private Optional<String> assigning(String taskId, String assignee) {
    TaskFacts.Facts task = tasks.of(taskId);
    if (task == null) {
      return Optional.empty(); // the engine answers "no such task" itself
    }
    if (assignee == null) {
      return user.getUserId().equals(task.assignee()) || isIn(MANAGERS) ? Optional.empty()
          : Optional.of("only the person holding a task, or a manager, can give it back.");
    }
    if (assignee.equals(user.getUserId()) && (task.assignee() == null || assignee.equals(task.assignee()))) {
      return Optional.empty();
    }
    if (!isIn(MANAGERS)) {
      return Optional.of("only managers assign tasks to other people; claim it for yourself or ask a manager.");
    }
    return tasks.isMemberOfAny(assignee, task.candidateGroups()) ? Optional.empty()
        : Optional.of("a task can be assigned only to a member of its team (" + String.join(", ",
            new TreeSet<>(task.candidateGroups())) + ").");
  }

  private Optional<String> submitting(String taskId, Map<String, Object> variables) {
    if (variables == null || variables.isEmpty()) {
      return Optional.empty();
    }
    TaskFacts.Facts task = tasks.of(taskId);
    if (task == null) {
      return Optional.empty();
    }
    Set<String> extra = new TreeSet<>(variables.keySet());
    extra.removeAll(catalog.fieldKeysOf(task.formId()));
    if (!extra.isEmpty()) {
      // A form error rather than a forbidden call: Tasklist and clients get 400 naming the fields.
      throw new FormFieldValidationException(task.formId(), "Safe Passage: Not fields of this task's form: " + String.join(", ", extra)
          + ". Only the form's own fields are kept; personal details belong in the case file.");
    }
    return Optional.empty();
  }

  private Optional<String> saving(TaskEntity task) {
    if (task == null || task.getId() == null || tasks.of(task.getId()) == null) {
      return Optional.of("tasks come from the processes; staff do not create them.");
    }
    Set<String> changed = new TreeSet<>(task.getPropertyChanges().keySet());
    changed.removeAll(TASK_SCHEDULE);
    return changed.isEmpty() ? Optional.empty()
        : Optional.of("a task's " + String.join(", ", changed) + " cannot be changed here: its name and description are"
            + " fixed by the process, and only a manager hands it to someone else; write notes in the case file.");
  }

  private boolean isIn(String group) {
    return user.getGroupIds() != null && user.getGroupIds().contains(group);
  }

  private static String refusedOutright(String name) {
    String what;
    if (name.contains("Variable")) {
      what = "setting variables outside a task's form";
    } else if (name.contains("Comment") || name.contains("Attachment")) {
      what = "comments and attachments (write notes in the case file)";
    } else if (name.contains("BpmnError") || name.contains("Escalation") || name.equals("ResolveTaskCmd")) {
      what = "ending a task by error, escalation or resolve (complete its form instead)";
    } else if (name.contains("IdentityLink") || name.contains("Owner") || name.contains("Delegate")) {
      what = "handing a task or its case to other people or teams";
    } else {
      what = "\"" + name.replaceAll("Cmd$", "") + "\"";
    }
    return what + " is refused: staff act only through their tasks' forms.";
  }

  /** A command's argument; the engine's commands keep them in protected fields, by these names. */
  @SuppressWarnings("unchecked")
  private static <T> T field(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (T) field.get(command);
      } catch (NoSuchFieldException notHere) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
      }
    }
    // Fail closed: a Camunda version that renamed its fields must not let the command through unread.
    throw new IllegalStateException("Safe Passage cannot check " + command.getClass().getName() + " (no field " + name + ")");
  }
}
