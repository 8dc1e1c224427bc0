package org.safepassage.visa;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.safepassage.support.ProcessTestEngine.CASE_NUMBER;
import static org.safepassage.support.ProcessTestEngine.assertOfferedOnlyTo;
import static org.safepassage.support.ProcessTestEngine.startCase;
import static org.safepassage.visa.ConsularVisaProcess.APPEAL_RESULT;
import static org.safepassage.visa.ConsularVisaProcess.APPOINTMENT_DATE;
import static org.safepassage.visa.ConsularVisaProcess.BOOK_CONSULATE_APPOINTMENT;
import static org.safepassage.visa.ConsularVisaProcess.CHOOSE_ROUTE;
import static org.safepassage.visa.ConsularVisaProcess.DOSSIER_READY;
import static org.safepassage.visa.ConsularVisaProcess.HANDLE_VISA_APPEAL;
import static org.safepassage.visa.ConsularVisaProcess.OUTCOME;
import static org.safepassage.visa.ConsularVisaProcess.PREPARE_VISA_DOSSIER;
import static org.safepassage.visa.ConsularVisaProcess.PROTECT_IN_PLACE;
import static org.safepassage.visa.ConsularVisaProcess.RECORD_VISA_DECISION;
import static org.safepassage.visa.ConsularVisaProcess.REFERRAL_SENT;
import static org.safepassage.visa.ConsularVisaProcess.REFER_FILE_TO_AUTHORITIES;
import static org.safepassage.visa.ConsularVisaProcess.ROUTE;
import static org.safepassage.visa.ConsularVisaProcess.VISA_DECISION;
import static org.safepassage.visa.ConsularVisaProcess.VISA_GRANTED;
import static org.safepassage.visa.ConsularVisaProcess.VISA_REFUSED;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safepassage.support.ProcessTestEngine;

@Deployment(resources = {"processes/consular-visa.bpmn", "processes/choose-route.form",
    "processes/prepare-visa-dossier.form", "processes/refer-file-to-authorities.form",
    "processes/book-consulate-appointment.form", "processes/record-visa-decision.form",
    "processes/handle-visa-appeal.form"})
class ConsularVisaProcessTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension engine = ProcessTestEngine.withFullCoverage();

  @BeforeEach
  void useTestEngine() {
    init(engine.getProcessEngine());
  }

  @ParameterizedTest
  @ValueSource(strings = {"FR_ASYLUM_VISA", "DE_HUMANITARIAN_ADMISSION", "OTHER_EU"})
  void grantedVisaOnAnyVisaRouteLeavesTheStageGranted(String route) {
    ProcessInstance visa = startCase(ConsularVisaProcess.KEY);
    assertThat(visa).hasBusinessKey(CASE_NUMBER);

    chooseRoute(visa, route);
    applyAtTheConsulate(visa);
    recordVisaDecision(visa, "GRANTED");

    assertThat(visa).isEnded()
        .hasPassedInOrder(CHOOSE_ROUTE, PREPARE_VISA_DOSSIER, REFER_FILE_TO_AUTHORITIES,
            BOOK_CONSULATE_APPOINTMENT, RECORD_VISA_DECISION, VISA_GRANTED)
        .hasNotPassed(HANDLE_VISA_APPEAL);
    assertThat(visa).variables().containsEntry(OUTCOME, "GRANTED").containsEntry(ROUTE, route);
  }

  @Test
  void refusedVisaWonOnAppealIsGranted() {
    ProcessInstance visa = startCase(ConsularVisaProcess.KEY);

    chooseRoute(visa, "FR_ASYLUM_VISA");
    applyAtTheConsulate(visa);
    recordVisaDecision(visa, "REFUSED");
    handleVisaAppeal(visa, "APPEAL_WON");

    assertThat(visa).isEnded().hasPassed(HANDLE_VISA_APPEAL, VISA_GRANTED).hasNotPassed(VISA_REFUSED);
    assertThat(visa).variables().containsEntry(OUTCOME, "GRANTED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"APPEAL_LOST", "NOT_APPEALED"})
  void refusedVisaNotWonOnAppealIsRefused(String appealResult) {
    ProcessInstance visa = startCase(ConsularVisaProcess.KEY);

    chooseRoute(visa, "FR_ASYLUM_VISA");
    applyAtTheConsulate(visa);
    recordVisaDecision(visa, "REFUSED");
    handleVisaAppeal(visa, appealResult);

    assertThat(visa).isEnded().hasPassed(VISA_REFUSED).hasNotPassed(VISA_GRANTED);
    assertThat(visa).variables().containsEntry(OUTCOME, "REFUSED");
  }

  @Test
  void protectInPlaceSkipsTheVisa() {
    ProcessInstance visa = startCase(ConsularVisaProcess.KEY);

    chooseRoute(visa, "PROTECT_IN_PLACE");

    assertThat(visa).isEnded().hasPassed(PROTECT_IN_PLACE).hasNotPassed(PREPARE_VISA_DOSSIER);
    assertThat(visa).variables().containsEntry(OUTCOME, "NOT_PURSUED");
  }

  @Test
  void dossierNotTickedAsReadyIsRefused() {
    ProcessInstance visa = startCase(ConsularVisaProcess.KEY);
    chooseRoute(visa, "OTHER_EU");

    assertThatThrownBy(() -> complete(task(visa), withVariables(DOSSIER_READY, false)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("tick this box to go on");
    assertThat(visa).isWaitingAt(PREPARE_VISA_DOSSIER);
  }

  private static void chooseRoute(ProcessInstance visa, String route) {
    assertThat(visa).isWaitingAt(CHOOSE_ROUTE);
    assertOfferedOnlyTo(task(visa), "legal");
    complete(task(visa), withVariables(ROUTE, route));
  }

  /** Dossier (legal), then referral and appointment (consular). */
  private static void applyAtTheConsulate(ProcessInstance visa) {
    assertThat(visa).isWaitingAt(PREPARE_VISA_DOSSIER);
    assertOfferedOnlyTo(task(visa), "legal");
    complete(task(visa), withVariables(DOSSIER_READY, true, "laissezPasserNeeded", false));

    assertThat(visa).isWaitingAt(REFER_FILE_TO_AUTHORITIES);
    assertOfferedOnlyTo(task(visa), "consular");
    complete(task(visa), withVariables(REFERRAL_SENT, true));

    assertThat(visa).isWaitingAt(BOOK_CONSULATE_APPOINTMENT);
    assertOfferedOnlyTo(task(visa), "consular");
    complete(task(visa), withVariables(APPOINTMENT_DATE, "2026-12-15"));
  }

  private static void recordVisaDecision(ProcessInstance visa, String decision) {
    assertThat(visa).isWaitingAt(RECORD_VISA_DECISION);
    assertOfferedOnlyTo(task(visa), "consular");
    complete(task(visa), withVariables(VISA_DECISION, decision));
  }

  private static void handleVisaAppeal(ProcessInstance visa, String appealResult) {
    assertThat(visa).isWaitingAt(HANDLE_VISA_APPEAL);
    assertOfferedOnlyTo(task(visa), "legal");
    complete(task(visa), withVariables(APPEAL_RESULT, appealResult));
  }
}
