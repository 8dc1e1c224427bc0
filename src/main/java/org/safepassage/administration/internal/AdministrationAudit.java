package org.safepassage.administration.internal;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.SaveGroupCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockUserCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.safepassage.administration.internal.AdministrationAuditLog.Entry;
import org.safepassage.engine.CommandFields;
import org.safepassage.engine.CommandInterceptorPlugin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes every change of an account, a team membership or a permission to the audit log, in the
 * same transaction as the change: whether it came from the Admin webapp, the REST API or the
 * app's own set-up, it passes through one of these engine commands.
 */
@Component
class AdministrationAudit extends CommandInterceptorPlugin {

  private final AdministrationAuditLog log;
  private final JdbcTemplate jdbc;

  AdministrationAudit(AdministrationAuditLog log, JdbcTemplate jdbc) {
    this.log = log;
    this.jdbc = jdbc;
  }

  @Override
  protected <T> T intercept(Command<T> command, Supplier<T> proceed) {
    Entry entry = describe(command);
    T result = proceed.get();
    if (entry != null) {
      // Read after the command: a new authorization has its id only now.
      Entry recorded = command instanceof SaveAuthorizationCmd
          ? new Entry(null, entry.action(), authorization(command).getId(), entry.detail()) : entry;
      log.record(Context.getCommandContext().getAuthenticatedUserId(), recorded);
    }
    return result;
  }

  /** What the command is about to change, or null for commands that change no account or permission. */
  private Entry describe(Command<?> command) {
    if (command instanceof SaveUserCmd) {
      UserEntity user = CommandFields.read(command, "user", UserEntity.class);
      boolean created = user.getRevision() == 0;
      String password = user.hasNewPassword() ? "password set" : "password unchanged";
      return new Entry(null, created ? "USER_CREATED" : "USER_UPDATED", user.getId(), password);
    }
    if (command instanceof DeleteUserCmd) {
      return new Entry(null, "USER_DELETED", CommandFields.read(command, "userId", String.class), "");
    }
    if (command instanceof UnlockUserCmd) {
      return new Entry(null, "USER_UNLOCKED", CommandFields.read(command, "userId", String.class), "");
    }
    if (command instanceof CreateMembershipCmd || command instanceof DeleteMembershipCmd) {
      String action = command instanceof CreateMembershipCmd ? "MEMBERSHIP_ADDED" : "MEMBERSHIP_REMOVED";
      return new Entry(null, action, CommandFields.read(command, "userId", String.class),
          "group " + CommandFields.read(command, "groupId", String.class));
    }
    if (command instanceof SaveGroupCmd) {
      Group group = CommandFields.read(command, "group", Group.class);
      return new Entry(null, "GROUP_SAVED", group.getId(), "name " + group.getName());
    }
    if (command instanceof DeleteGroupCmd) {
      return new Entry(null, "GROUP_DELETED", CommandFields.read(command, "groupId", String.class), "");
    }
    if (command instanceof SaveAuthorizationCmd) {
      AuthorizationEntity authorization = authorization(command);
      boolean created = authorization.getId() == null;
      if (!created && unchanged(authorization)) {
        return null;
      }
      return new Entry(null, created ? "AUTHORIZATION_CREATED" : "AUTHORIZATION_CHANGED", null, describe(authorization));
    }
    if (command instanceof DeleteAuthorizationCmd) {
      String id = CommandFields.read(command, "authorizationId", String.class);
      AuthorizationEntity stored = Context.getCommandContext().getDbEntityManager().selectById(AuthorizationEntity.class, id);
      return new Entry(null, "AUTHORIZATION_DELETED", id, stored == null ? "" : describe(stored));
    }
    return null;
  }

  private static AuthorizationEntity authorization(Command<?> command) {
    return CommandFields.read(command, "authorization", AuthorizationEntity.class);
  }

  /** The app re-saves its teams' permissions at every start; only real changes are news. */
  private boolean unchanged(AuthorizationEntity authorization) {
    return jdbc.queryForList("select perms_ from act_ru_authorization where id_ = ?", Integer.class, authorization.getId())
        .stream().anyMatch(stored -> stored == authorization.getPermissions());
  }

  private static String describe(Authorization authorization) {
    String type = switch (authorization.getAuthorizationType()) {
      case Authorization.AUTH_TYPE_GLOBAL -> "global";
      case Authorization.AUTH_TYPE_REVOKE -> "revoke";
      default -> "grant";
    };
    String who = authorization.getUserId() != null ? "user " + authorization.getUserId() : "group " + authorization.getGroupId();
    Permission[] all = ResourceTypeUtil.getPermissionsByResourceType(authorization.getResourceType());
    // NONE (no bits) is in every list Camunda gives back; it says nothing.
    String permissions = Arrays.stream(authorization.getPermissions(all)).filter(permission -> permission.getValue() != 0)
        .map(Permission::getName).collect(Collectors.joining(","));
    return type + " " + who + " on " + ResourceTypeUtil.getResourceByType(authorization.getResourceType()).resourceName()
        + " " + authorization.getResourceId() + ": " + permissions;
  }
}
