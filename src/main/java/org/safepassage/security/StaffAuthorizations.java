package org.safepassage.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Camunda's authorization model for the teams. Every team may use Tasklist and sees the tasks
 * offered to it (the engine grants that per task when a candidate group is set); managers also
 * use Cockpit and see every case. Nobody gets the Admin webapp or deployment rights from here.
 */
@Component
public class StaffAuthorizations {

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  StaffAuthorizations(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  /** Creates the teams and their permissions; safe to run at every start. */
  public void ensureTeamsAndPermissions() {
    for (StaffGroup team : StaffGroup.values()) {
      ensureGroup(team);
      grant(team.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // Lets Tasklist draw the diagram of a task's process; instances stay hidden.
      grant(team.id(), Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    }
    String managers = StaffGroup.MANAGERS.id();
    grant(managers, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(managers, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.UPDATE_TASK);
    grant(managers, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
    grant(managers, Resources.TASK, Authorization.ANY, Permissions.READ, Permissions.UPDATE);
    grant(managers, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
    grant(managers, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(managers, Resources.USER, Authorization.ANY, Permissions.READ);
    grant(managers, Resources.GROUP, Authorization.ANY, Permissions.READ);
  }

  /** Lets a team read a saved Tasklist filter. */
  public void grantFilter(StaffGroup team, String filterId) {
    grant(team.id(), Resources.FILTER, filterId, Permissions.READ);
  }

  private void ensureGroup(StaffGroup team) {
    if (identityService.createGroupQuery().groupId(team.id()).count() == 0) {
      Group group = identityService.newGroup(team.id());
      group.setName(team.displayName());
      group.setType(Groups.GROUP_TYPE_WORKFLOW);
      identityService.saveGroup(group);
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .list().stream().findFirst()
        .orElseGet(() -> {
          Authorization fresh = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
          fresh.setGroupId(groupId);
          fresh.setResource(resource);
          fresh.setResourceId(resourceId);
          return fresh;
        });
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }
}
