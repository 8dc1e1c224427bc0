package org.safepassage.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.safepassage.support.AdjustableClock;
import org.safepassage.support.BrowserLogin;
import org.safepassage.support.Intakes;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffAccounts;
import org.safepassage.support.StaffApi;
import org.safepassage.support.StaffApi.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * A login does not outlive its reason: sessions end after an absolute lifetime, and at the next
 * request once their owner leaves a team or is locked, in the browser and over HTTP Basic alike.
 */
@PostgresIntegrationTest
class StaffSessionsIT {

  /** What Tasklist asks every few seconds while it is open. */
  static final String TASKLIST_POLL = "/camunda/api/engine/engine/default/task/count";

  @LocalServerPort
  int port;

  @Autowired
  TestRestTemplate http;

  @Autowired
  IdentityService identityService;

  @Autowired
  AdjustableClock clock;

  @Test
  void aSessionEndsTenHoursAfterLoginHoweverBusilyTasklistPolls() {
    String user = StaffAccounts.create(identityService, "intake");
    BrowserLogin browser = BrowserLogin.as(port, user, StaffAccounts.PASSPHRASE);
    assertThat(browser.stillLoggedIn(TASKLIST_POLL)).isTrue();

    for (int hour = 1; hour < 10; hour++) {
      clock.advance(Duration.ofHours(1));
      assertThat(browser.stillLoggedIn(TASKLIST_POLL)).as("after %d hours", hour).isTrue();
    }
    clock.advance(Duration.ofMinutes(59));
    assertThat(browser.stillLoggedIn(TASKLIST_POLL)).as("a minute before the end").isTrue();
    clock.advance(Duration.ofMinutes(2));

    assertThat(browser.stillLoggedIn(TASKLIST_POLL)).as("after 10 hours").isFalse();
    assertThat(browser.get("/").headers().firstValue("Location")).as("back to the login").hasValueSatisfying(
        location -> assertThat(location).endsWith("/login"));
  }

  @Test
  void leavingATeamEndsAccessAtTheNextRequest() {
    String caseNumber = StaffApi.as(http, Demo.INES).openCaseNumber(Intakes.someone());
    String user = StaffAccounts.create(identityService, "intake");
    BrowserLogin browser = BrowserLogin.as(port, user, StaffAccounts.PASSPHRASE);
    assertThat(browser.stillLoggedIn(TASKLIST_POLL)).isTrue();
    assertThat(tasksOverBasic(user, caseNumber)).as("the intake task, over HTTP Basic").hasSize(1);

    identityService.deleteMembership(user, "intake");

    assertThat(browser.stillLoggedIn(TASKLIST_POLL)).as("the browser session").isFalse();
    assertThat(tasksOverBasic(user, caseNumber)).as("over HTTP Basic").isEmpty();
    assertThat(http.withBasicAuth(user, StaffAccounts.PASSPHRASE).getForEntity("/api/cases/" + caseNumber, String.class)
        .getStatusCode()).as("the case file").isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aLockedAccountIsLoggedOutAtOnceAndCannotLogInUntilUnlocked() {
    String user = StaffAccounts.create(identityService, "legal");
    BrowserLogin browser = BrowserLogin.as(port, user, StaffAccounts.PASSPHRASE);
    assertThat(browser.stillLoggedIn(TASKLIST_POLL)).isTrue();

    identityService.createMembership(user, StaffEntitlement.LOCKED);

    assertThat(browser.stillLoggedIn(TASKLIST_POLL)).as("the browser session").isFalse();
    assertThat(basicStatus(user)).as("over HTTP Basic").isEqualTo(HttpStatus.UNAUTHORIZED);

    identityService.deleteMembership(user, StaffEntitlement.LOCKED);

    assertThat(basicStatus(user)).as("unlocked").isEqualTo(HttpStatus.OK);
  }

  @Test
  void aDeletedAccountIsLoggedOutAtOnce() {
    String user = StaffAccounts.create(identityService, "reception");
    BrowserLogin browser = BrowserLogin.as(port, user, StaffAccounts.PASSPHRASE);
    assertThat(browser.stillLoggedIn("/")).isTrue();

    identityService.deleteUser(user);

    assertThat(browser.stillLoggedIn("/")).isFalse();
  }

  private List<Map<String, Object>> tasksOverBasic(String user, String caseNumber) {
    return http.withBasicAuth(user, StaffAccounts.PASSPHRASE).exchange(
        "/engine-rest/task?processInstanceBusinessKey=" + caseNumber, HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
  }

  private HttpStatus basicStatus(String user) {
    return HttpStatus.valueOf(http.withBasicAuth(user, StaffAccounts.PASSPHRASE)
        .getForEntity("/engine-rest/task", String.class).getStatusCode().value());
  }
}
