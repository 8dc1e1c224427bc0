package org.safepassage.firstcontact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of processes/triage-urgency.dmn, each with the facts that reach it and no earlier
 * rule. The table is read as deployed, by Camunda's DMN engine.
 */
class TriageUrgencyTableTest {

  private static DmnEngine dmn;
  private static DmnDecision table;

  @BeforeAll
  static void readTable() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = TriageUrgencyTableTest.class.getResourceAsStream("/processes/triage-urgency.dmn")) {
      table = dmn.parseDecision(FirstContactProcess.URGENCY_TABLE, in);
    }
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("detained anywhere", facts().with("detained", true), "P0"),
        Arguments.of("police contact in a transit country", facts().with("whereabouts", "TRANSIT").with("approachedByPolice", true), "P0"),
        Arguments.of("wanted in a transit country", facts().with("whereabouts", "TRANSIT").with("wanted", true), "P1"),
        Arguments.of("still in a unit or at the front", facts().with("whereabouts", "IN_UNIT"), "P1"),
        Arguments.of("under 14 days of legal stay left", facts().with("whereabouts", "TRANSIT").with("daysOfLegalStayLeft", 13), "P1"),
        Arguments.of("police contact in Russia", facts().with("whereabouts", "HIDING_IN_RUSSIA").with("approachedByPolice", true), "P1"),
        Arguments.of("criminal case, not yet safe", facts().with("whereabouts", "HIDING_IN_RUSSIA").with("criminalCase", true), "P1"),
        Arguments.of("stranded without documents, with dependants",
            facts().with("whereabouts", "TRANSIT").with("travelDocuments", "NONE").with("dependants", true), "P1"),
        Arguments.of("everyone else", facts(), "P2"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("rules")
  void eachRuleGivesItsUrgency(String rule, Facts facts, String urgency) {
    assertThat(urgencyOf(facts)).isEqualTo(urgency);
  }

  @Test
  void fourteenDaysLeftIsNoLongerUrgentOnItsOwn() {
    assertThat(urgencyOf(facts().with("whereabouts", "TRANSIT").with("daysOfLegalStayLeft", 14))).isEqualTo("P2");
  }

  @Test
  void aCriminalCaseOrPoliceOnceSafeIsNotUrgent() {
    assertThat(urgencyOf(facts().with("criminalCase", true).with("approachedByPolice", true))).isEqualTo("P2");
  }

  @Test
  void wantedInRussiaWithoutOtherFactsIsNotRaisedByTheTransitRule() {
    assertThat(urgencyOf(facts().with("whereabouts", "HIDING_IN_RUSSIA").with("wanted", true))).isEqualTo("P2");
  }

  @Test
  void unansweredOptionalFactsAreNoMatchRatherThanAnError() {
    Map<String, Object> onlyTheRequired = Map.of("whereabouts", "TRANSIT", "travelDocuments", "PASSPORT");
    assertThat((String) dmn.evaluateDecisionTable(table, onlyTheRequired).getSingleEntry()).isEqualTo("P2");
  }

  private static String urgencyOf(Facts facts) {
    return dmn.evaluateDecisionTable(table, facts.values).getFirstResult().getSingleEntry();
  }

  /** Someone safe in the EU with a passport and no police, case or dependants; rules add to it. */
  static Facts facts() {
    return new Facts().with("whereabouts", "SAFE_COUNTRY").with("detained", false).with("approachedByPolice", false)
        .with("criminalCase", false).with("wanted", false).with("travelDocuments", "PASSPORT").with("dependants", false);
  }

  record Facts(Map<String, Object> values) {
    Facts() {
      this(new HashMap<>());
    }

    Facts with(String name, Object value) {
      values.put(name, value);
      return this;
    }

    @Override
    public String toString() {
      return values.toString();
    }
  }
}
