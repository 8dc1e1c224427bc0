package org.safepassage.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
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

/** Every rule of processes/vetting-outcome.dmn, each reached by findings no earlier rule takes. */
class VettingOutcomeTableTest {

  private static DmnEngine dmn;
  private static DmnDecision table;

  @BeforeAll
  static void readTable() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = VettingOutcomeTableTest.class.getResourceAsStream("/processes/vetting-outcome.dmn")) {
      table = dmn.parseDecision(VettingProcess.OUTCOME_TABLE, in);
    }
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of(proven().with("personalParticipation", true), "REJECT", "PERSONAL_PARTICIPATION"),
        Arguments.of(proven().with("unitFlag", "LINKED_TO_ATROCITIES"), "ESCALATE", "UNIT_LINKED_TO_ATROCITIES"),
        Arguments.of(proven().with("infiltratorIndicators", true), "ESCALATE", "INFILTRATOR_INDICATORS"),
        Arguments.of(proven().with("stanceCredibility", 2), "REJECT", "STANCE_NOT_CREDIBLE"),
        Arguments.of(proven().with("accountConsistency", "CONTRADICTORY"), "ESCALATE", "ACCOUNT_CONTRADICTORY"),
        Arguments.of(proven(), "APPROVE", "CRITERIA_MET"),
        Arguments.of(proven().with("stanceCredibility", 3), "ESCALATE", "STANCE_UNCERTAIN"),
        Arguments.of(proven().with("unitFlag", "UNKNOWN"), "MORE_INFO", "UNIT_UNKNOWN"),
        Arguments.of(proven().with("desertionProven", false), "MORE_INFO", "EVIDENCE_MISSING"));
  }

  @ParameterizedTest(name = "{2}: {1}")
  @MethodSource("rules")
  void eachRuleGivesItsOutcomeAndReason(Findings findings, String outcome, String reason) {
    assertThat(decide(findings)).containsEntry("vettingRecommendation", outcome).containsEntry("vettingReason", reason);
  }

  @Test
  void minorGapsInTheAccountStillAllowApproval() {
    assertThat(decide(proven().with("accountConsistency", "MINOR_GAPS"))).containsEntry("vettingRecommendation", "APPROVE");
  }

  @Test
  void unconfirmedIdentityOrServiceAsksForMoreInformation() {
    assertThat(decide(proven().with("identityConfirmed", false))).containsEntry("vettingRecommendation", "MORE_INFO");
    assertThat(decide(proven().with("serviceConfirmed", false))).containsEntry("vettingRecommendation", "MORE_INFO");
  }

  @Test
  void exclusionOutranksEverythingElse() {
    assertThat(decide(proven().with("personalParticipation", true).with("unitFlag", "LINKED_TO_ATROCITIES")
        .with("stanceCredibility", 5))).containsEntry("vettingRecommendation", "REJECT");
  }

  @Test
  void unansweredCheckboxesNeverApprove() {
    Map<String, Object> findings = new HashMap<>(proven().values);
    findings.remove("identityConfirmed");
    assertThat(dmn.evaluateDecision(table, findings).getFirstResult().getEntryMap())
        .containsEntry("vettingRecommendation", "MORE_INFO");
  }

  private static DmnDecisionResultEntries decide(Findings findings) {
    return dmn.evaluateDecision(table, findings.values).getFirstResult();
  }

  /** Identity, service and desertion proven; credible (4), consistent, clean unit, no red flags. */
  static Findings proven() {
    return new Findings().with("identityConfirmed", true).with("serviceConfirmed", true).with("desertionProven", true)
        .with("stanceCredibility", 4).with("unitFlag", "NONE").with("personalParticipation", false)
        .with("infiltratorIndicators", false).with("accountConsistency", "CONSISTENT");
  }

  record Findings(Map<String, Object> values) {
    Findings() {
      this(new HashMap<>());
    }

    Findings with(String name, Object value) {
      values.put(name, value);
      return this;
    }

    @Override
    public String toString() {
      return values.toString();
    }
  }
}
