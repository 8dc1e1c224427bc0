package org.safepassage.gate.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.safepassage.gate.internal.EngineRoutes.Route;

/**
 * Which of the engine API's routes each kind of user may call: the calls Tasklist makes for every
 * member of staff, Cockpit's reads for managers, Admin's for the administrator. Every other route
 * is refused before it reaches Camunda. Each rule says why it is there; RouteCensusTest lists what
 * the rules let through, so a new Camunda version cannot open a route unnoticed.
 */
final class EngineApiRules {

  enum Audience {
    STAFF, MANAGERS, ADMINISTRATORS;

    boolean includes(Set<String> groups) {
      return switch (this) {
        case STAFF -> true;
        case MANAGERS -> groups.contains("managers");
        case ADMINISTRATORS -> groups.contains("camunda-admin");
      };
    }
  }

  /** One allowance: who, which routes, and why. */
  record Rule(Audience audience, String routes, Predicate<Route> matches, String reason) {}

  static final List<Rule> RULES = List.of(
      staff("GET /task, POST /task, GET /task/count, POST /task/count",
          "Tasklist lists the tasks; the engine shows each team only the tasks offered to it"),
      staff("GET /task/{id}", "Tasklist opens a task"),
      staff("PUT /task/{id}", "Tasklist sets a task's due and follow-up dates; the engine guard refuses any other change"),
      staff("GET /task/{id}/form, GET /task/{id}/deployed-form, GET /task/{id}/rendered-form, GET /task/{id}/form-variables",
          "Tasklist shows the task's Camunda Form"),
      staff("GET /task/{id}/variables, GET /task/{id}/variables/{varId}, GET /task/{id}/localVariables, "
          + "GET /task/{id}/localVariables/{varId}", "Tasklist fills the form header (case number, urgency)"),
      staff("GET /task/{id}/identity-links", "Tasklist shows which team a task is offered to"),
      staff("POST /task/{id}/claim, POST /task/{id}/unclaim",
          "claiming and giving back one's own task; the engine guard refuses a claim for someone else"),
      staff("POST /task/{id}/assignee",
          "Tasklist's assignee field; the engine guard lets only managers assign others, within the task's team"),
      staff("POST /task/{id}/submit-form, POST /task/{id}/complete",
          "completing a task's form; the engine guard keeps only the form's fields, the form check their values"),
      staff("GET /filter, GET /filter/count, GET /filter/{id}, GET /filter/{id}/list, POST /filter/{id}/list, "
          + "GET /filter/{id}/count, POST /filter/{id}/count, GET /filter/{id}/singleResult, POST /filter/{id}/singleResult",
          "Tasklist's saved filters (each team reads its own)"),
      staff("GET /process-definition, GET /process-definition/count, GET /process-definition/{id}, "
          + "GET /process-definition/{id}/xml, GET /process-definition/key/{key}, GET /process-definition/key/{key}/xml",
          "Tasklist names a task's process and draws its diagram"),
      staff("GET /user, GET /user/count, GET /user/{id}/profile, GET /group, GET /group/count, GET /identity/groups",
          "Tasklist shows names of assignees and teams; the engine's authorizations limit what is listed"),
      staff("GET /variable-instance, POST /variable-instance",
          "task lists show the case facts copied onto each task; other variables stay unreadable to teams"),
      staff("GET /history/user-operation", "Tasklist's history tab; the engine's authorizations limit it"),
      staff("GET /version", "the webapps read the engine version"),
      new Rule(Audience.STAFF, "every OPTIONS", route -> route.method().equals("OPTIONS"),
          "the webapps ask which actions the user may take (Tasklist: may I create filters?); OPTIONS only reads"),
      new Rule(Audience.MANAGERS, "every GET", route -> route.method().equals("GET"),
          "Cockpit reads everything for managers, who may see every case, with statistics and reports"),
      new Rule(Audience.MANAGERS, "POST queries", EngineApiRules::isQueryByPost,
          "Cockpit sends long searches as POST; these only read"),
      new Rule(Audience.ADMINISTRATORS, "every route under /user, /group, /authorization, /tenant, /identity",
          route -> startsWithAny(route, "/user", "/group", "/authorization", "/tenant", "/identity"),
          "the Admin webapp manages staff accounts, teams and permissions (deployments stay closed)"),
      new Rule(Audience.ADMINISTRATORS, "GET /metrics, /telemetry, /schema",
          route -> route.method().equals("GET") && startsWithAny(route, "/metrics", "/telemetry", "/schema"),
          "the Admin webapp's system page"));

  private EngineApiRules() {
  }

  /** The rule that lets this user call this route, or empty. */
  static Optional<Rule> allowing(Route route, Set<String> groups) {
    return RULES.stream().filter(rule -> rule.audience().includes(groups) && rule.matches().test(route)).findFirst();
  }

  private static Rule staff(String routes, String reason) {
    Set<String> listed = Set.of(routes.split(",\\s*"));
    return new Rule(Audience.STAFF, routes, route -> listed.contains(route.toString()), reason);
  }

  /** A search sent as POST: Camunda names these query..., or ...Count for the count of one. */
  private static boolean isQueryByPost(Route route) {
    String method = route.javaMethod().substring(route.javaMethod().indexOf('.') + 1);
    return route.method().equals("POST") && method.startsWith("query");
  }

  private static boolean startsWithAny(Route route, String... prefixes) {
    for (String prefix : prefixes) {
      if (route.template().equals(prefix) || route.template().startsWith(prefix + "/")) {
        return true;
      }
    }
    return false;
  }
}
