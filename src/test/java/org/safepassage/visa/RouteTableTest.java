package org.safepassage.visa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safepassage.support.Facts;

/** Every rule of processes/route.dmn, each reached by facts no earlier rule takes. */
class RouteTableTest {

  private static DmnEngine dmn;
  private static DmnDecision table;

  @BeforeAll
  static void readTable() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = RouteTableTest.class.getResourceAsStream("/processes/route.dmn")) {
      table = dmn.parseDecision(ConsularVisaProcess.ROUTE_TABLE, in);
    }
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of(none().with("germanRouteProfile", true).with("language", "GERMAN").with("frenchVisaEligible", true),
            "DE_HUMANITARIAN_ADMISSION", "DE_PROFILE_GERMAN_SPEAKER"),
        Arguments.of(none().with("frenchVisaEligible", true).with("germanRouteProfile", true), "FR_ASYLUM_VISA",
            "FR_VISA_ELIGIBLE"),
        Arguments.of(none().with("germanRouteProfile", true).with("familyInEu", true), "DE_HUMANITARIAN_ADMISSION",
            "DE_PROFILE"),
        Arguments.of(none().with("familyInEu", true).with("validPassport", true).with("language", "ENGLISH"), "OTHER_EU",
            "FAMILY_IN_EU"),
        Arguments.of(none().with("validPassport", true).with("language", "FRENCH"), "OTHER_EU", "PASSPORT_AND_EU_LANGUAGE"),
        Arguments.of(none(), "PROTECT_IN_PLACE", "NO_VISA_ROUTE"));
  }

  @ParameterizedTest(name = "{2}: {1}")
  @MethodSource("rules")
  void eachRuleGivesItsRouteAndReason(Facts facts, String route, String reason) {
    assertThat(decide(facts)).containsEntry("recommendedRoute", route).containsEntry("routeReason", reason);
  }

  @Test
  void frenchEligibilityWithoutPassportStillPointsToFrance() {
    assertThat(decide(none().with("frenchVisaEligible", true))).containsEntry("recommendedRoute", "FR_ASYLUM_VISA");
  }

  @Test
  void aPassportAloneWithOnlyRussianOpensNoRoute() {
    assertThat(decide(none().with("validPassport", true))).containsEntry("recommendedRoute", "PROTECT_IN_PLACE");
  }

  @Test
  void uncheckedBoxesLeftOutOfTheSubmissionOpenNoRoute() {
    assertThat(dmn.evaluateDecision(table, Map.of("language", "ENGLISH")).getFirstResult().getEntryMap())
        .containsEntry("recommendedRoute", "PROTECT_IN_PLACE");
  }

  private static DmnDecisionResultEntries decide(Facts facts) {
    return dmn.evaluateDecision(table, facts.values()).getFirstResult();
  }

  /** No passport, no eligibility, no profile, no family in the EU, Russian only. */
  static Facts none() {
    return new Facts().with("validPassport", false).with("frenchVisaEligible", false).with("germanRouteProfile", false)
        .with("familyInEu", false).with("language", "RUSSIAN_ONLY");
  }
}
