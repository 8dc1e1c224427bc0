package org.safepassage.gate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safepassage.gate.internal.EngineApiRules.Audience;
import org.safepassage.gate.internal.EngineApiRules.Rule;
import org.safepassage.gate.internal.EngineRoutes.Route;

/**
 * Every route Camunda's REST API registers, each either allowed for a named audience by a rule
 * with a reason, or refused. The expected census is checked in; a Camunda upgrade that adds a
 * route the rules would let through changes the census and fails here until someone looks.
 */
class RouteCensusTest {

  static final Path CENSUS = Path.of("src/test/resources/gate/engine-route-census.txt");

  @Test
  void everyRouteOfCamundasRestApiIsAllowedForANamedAudienceWithAReasonOrRefused() throws IOException {
    List<Route> routes = EngineRoutes.ofCamunda().all();
    assertThat(routes).as("the census must find Camunda's routes").hasSizeGreaterThan(300);

    List<String> census = new ArrayList<>();
    for (Route route : routes) {
      census.add(route + "  ->  " + verdict(route));
    }
    String actual = String.join("\n", census) + "\n";
    if (Boolean.getBoolean("census.write")) {
      Files.writeString(CENSUS, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("the census of engine routes (rerun with -Dcensus.write=true after reviewing the change)")
        .isEqualTo(Files.readString(CENSUS, StandardCharsets.UTF_8));
  }

  @Test
  void everyRuleForStaffNamesRealRoutes() {
    Set<String> known = new java.util.HashSet<>();
    EngineRoutes.ofCamunda().all().forEach(route -> known.add(route.toString()));
    for (Rule rule : EngineApiRules.RULES) {
      if (rule.audience() == Audience.STAFF && !rule.routes().startsWith("every")) {
        assertThat(known).as(rule.reason()).containsAll(List.of(rule.routes().split(",\\s*")));
      }
      assertThat(rule.reason()).isNotBlank();
    }
  }

  @Test
  void theSideDoorsOfTheFindingsAreRefusedToEveryTeam() {
    EngineRoutes routes = EngineRoutes.ofCamunda();
    for (String sideDoor : List.of("POST /task/{id}/bpmnError", "POST /task/{id}/bpmnEscalation", "POST /task/{id}/resolve",
        "POST /task/{id}/variables", "PUT /task/{id}/variables/{varId}", "PUT /task/{id}/localVariables/{varId}",
        "POST /task/{id}/comment/create", "POST /task/{id}/identity-links", "POST /task/{id}/delegate",
        "GET /process-definition/statistics", "GET /process-definition/{id}/statistics",
        "POST /process-definition/key/{key}/start", "POST /deployment/create", "POST /message", "POST /signal",
        "POST /process-instance/{id}/modification")) {
      Route route = routes.all().stream().filter(known -> known.toString().equals(sideDoor)).findFirst().orElseThrow();
      assertThat(EngineApiRules.allowing(route, Set.of("vetting"))).as(sideDoor).isEmpty();
      assertThat(EngineApiRules.allowing(route, Set.of("camunda-admin"))).as(sideDoor).isEmpty();
    }
  }

  /** Who may call a route and why; staff covers managers and the administrator too. */
  private static String verdict(Route route) {
    Map<Audience, Set<String>> members = Map.of(Audience.STAFF, Set.of("intake"), Audience.MANAGERS, Set.of("managers"),
        Audience.ADMINISTRATORS, Set.of("camunda-admin"));
    List<String> allowed = new ArrayList<>();
    for (Audience audience : EnumSet.allOf(Audience.class)) {
      EngineApiRules.allowing(route, members.get(audience)).ifPresent(rule -> allowed.add(audience + " (" + rule.reason() + ")"));
      if (!allowed.isEmpty() && audience == Audience.STAFF) {
        return allowed.get(0);
      }
    }
    return allowed.isEmpty() ? "refused" : String.join("; ", allowed);
  }
}
