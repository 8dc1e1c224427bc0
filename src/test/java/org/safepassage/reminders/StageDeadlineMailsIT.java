package org.safepassage.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.support.EngineClock.eventually;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safepassage.support.EngineClock;
import org.safepassage.support.Intakes;
import org.safepassage.support.JourneyWalk;
import org.safepassage.support.JourneyWalk.Step;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffApi;
import org.safepassage.support.StaffApi.Demo;
import org.safepassage.support.TestSmtp;
import org.safepassage.visa.VisaDates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The visa stage's deadlines reach people by mail through the notice rounds, with the engine clock
 * moved to each: the appointment in 7 days and tomorrow, the stay limit in 21 and in 7 days.
 * The stage's timers only make tasks or set dates; the rounds turn those into mails.
 */
@PostgresIntegrationTest
class StageDeadlineMailsIT {

  // Generous: a jump of days makes every earlier test's overdue task escalate in the same rounds.
  private static final Duration ROUNDS = Duration.ofSeconds(90);
  private static final Duration PAST_SUMMARY_INTERVAL = Duration.ofMinutes(16);

  @RegisterExtension
  static GreenMailExtension mailServer = new GreenMailExtension(TestSmtp.SETUP);

  @Autowired
  TestRestTemplate http;

  @Autowired
  ManagementService managementService;

  @BeforeEach
  void roundsRunNow() {
    EngineClock.noticeRoundsDueNow(managementService);
  }

  @Test
  void appointmentAndStayLimitDeadlinesEachSendAMail() {
    LocalDate today = VisaDates.today();
    LocalDate appointment = today.plusDays(10);
    LocalDate stayLimit = today.plusDays(40);
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    List<Step> toTheInterview = new ArrayList<>(JourneyWalk.TO_PROTECTION.subList(0, 5));
    toTheInterview.add(new Step(Demo.LEA, "Task_AssessRoute", Map.of("validPassport", true, "frenchVisaEligible", true,
        "germanRouteProfile", false, "familyInEu", false, "language", "RUSSIAN_ONLY", "stayLimit", stayLimit.toString())));
    toTheInterview.addAll(JourneyWalk.TO_PROTECTION.subList(6, 9));
    toTheInterview.add(new Step(Demo.CONRAD, "Task_BookConsulateAppointment",
        Map.of("appointmentDate", appointment.toString())));
    new JourneyWalk(http).walk(caseNumber, toTheInterview);

    moveTo(appointment.minusDays(7));
    assertThat(eventually(ROUNDS, () -> summariesListing("consular", caseNumber, "Prepare the person for the appointment") >= 1))
        .as("appointment in 7 days: consular's summary lists the preparation").isTrue();

    moveTo(appointment.minusDays(1));
    assertThat(eventually(ROUNDS, () -> subjects("consular", "follow up on case " + caseNumber) == 1))
        .as("appointment tomorrow: the interview's follow-up reminder").isTrue();
    assertThat(eventually(ROUNDS, () -> summariesListing("consular", caseNumber, "Prepare the person for the appointment") >= 2))
        .as("appointment tomorrow: a second preparation task in the summary").isTrue();

    moveTo(appointment);
    assertThat(eventually(ROUNDS, () -> subjects("managers", "overdue task on case " + caseNumber) >= 1))
        .as("appointment day, interview not recorded: managers are told").isTrue();

    moveTo(stayLimit.minusDays(21));
    assertThat(eventually(ROUNDS, () -> summariesListing("legal", caseNumber, "Act on the stay limit") >= 1))
        .as("stay limit in 21 days").isTrue();

    moveTo(stayLimit.minusDays(7));
    assertThat(eventually(ROUNDS, () -> summariesListing("legal", caseNumber, "Act on the stay limit") >= 2))
        .as("stay limit in 7 days").isTrue();
  }

  /** Past the start of that day (UTC, as the stage's timers count) and the summary interval. */
  private static void moveTo(LocalDate day) {
    Duration until = Duration.between(EngineClock.now(), day.atStartOfDay(ZoneOffset.UTC).toInstant());
    EngineClock.moveForward((until.isNegative() ? Duration.ZERO : until).plus(PAST_SUMMARY_INTERVAL));
  }

  private static long summariesListing(String team, String caseNumber, String taskName) {
    return Arrays.stream(mailServer.getReceivedMessages()).filter(mail -> recipient(mail).startsWith(team + "@"))
        .map(GreenMailUtil::getBody).filter(body -> body.contains("Case " + caseNumber + ": " + taskName)).count();
  }

  private static long subjects(String team, String text) {
    return Arrays.stream(mailServer.getReceivedMessages())
        .filter(mail -> recipient(mail).startsWith(team + "@") && subject(mail).contains(text)).count();
  }

  private static String recipient(MimeMessage mail) {
    try {
      return mail.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
