package org.safepassage.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safepassage.support.AdjustableClock;
import org.safepassage.support.PostgresIntegrationTest;
import org.safepassage.support.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Logging in: guessing is slowed, never locks anyone out, tells nothing about names; passwords are strong and may be long. */
@PostgresIntegrationTest
class LoginIT {

  /** 60 Cyrillic letters and spaces: 109 bytes in UTF-8, well past bcrypt's 72. */
  static final String CYRILLIC = "тихий снег ложится на старый сад и мы идём домой без тревоги";

  @Autowired
  TestRestTemplate http;

  @Autowired
  AdjustableClock clock;

  @Autowired
  IdentityService identityService;

  @Autowired
  CamundaIdentityAuthenticationProvider provider;

  @Autowired
  LoginThrottle throttle;

  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  @AfterEach
  void letEarlierGuessesWearOff() {
    clock.advance(Duration.ofHours(2));
  }

  @Test
  void guessingMakesEvenTheRightPasswordWaitUntilTheDelayWearsOff() {
    String user = StaffAccounts.create(identityService, "intake");
    for (int guess = 1; guess <= 4; guess++) {
      assertThat(basic(user, "wrong guess " + guess)).as("guess %d", guess).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(basic(user, StaffAccounts.PASSPHRASE)).as("right password, during the delay").isEqualTo(HttpStatus.UNAUTHORIZED);

    clock.advance(Duration.ofSeconds(3));

    assertThat(basic(user, StaffAccounts.PASSPHRASE)).as("right password, once the delay is over").isEqualTo(HttpStatus.OK);
    assertThat(jdbc.queryForObject("select count(*) from act_id_user where id_ = ? and lock_exp_time_ > now()",
        Integer.class, user)).as("Camunda's own lock-out").isZero();
  }

  @Test
  void aStrangerGuessingAtLengthDelaysTheOwnerByAMinuteAtMost() {
    String user = StaffAccounts.create(identityService, "legal");
    for (int guess = 0; guess < 40; guess++) {
      // As fast as the throttle lets the next guess through.
      clock.advance(throttle.waitBefore(user, "203.0.113.7"));
      assertThatThrownBy(() -> provider.authenticate(from("203.0.113.7", user, "guess " + UUID.randomUUID())))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThat(throttle.waitBefore(user, "198.51.100.2")).as("the owner, from her own address")
        .isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));

    clock.advance(Duration.ofMinutes(1));

    assertThat(provider.authenticate(from("198.51.100.2", user, StaffAccounts.PASSPHRASE)).isAuthenticated()).isTrue();
    assertThatThrownBy(() -> provider.authenticate(from("203.0.113.7", user, StaffAccounts.PASSPHRASE)))
        .as("the guessing address still waits, whatever it sends").isInstanceOf(BadCredentialsException.class);
  }

  @Test
  void anUnknownNameTakesAsLongToRefuseAsAWrongPassword() {
    String user = StaffAccounts.create(identityService, "vetting");
    List<Long> known = new ArrayList<>();
    List<Long> unknown = new ArrayList<>();
    for (int round = 0; round < 9; round++) {
      clock.advance(Duration.ofHours(2));
      known.add(nanosToRefuse(user));
      unknown.add(nanosToRefuse("nobody" + UUID.randomUUID().toString().substring(0, 8)));
    }
    double ratio = (double) median(unknown) / median(known);
    assertThat(ratio).as("unknown %s ms vs known %s ms", median(unknown) / 1_000_000, median(known) / 1_000_000)
        .isBetween(0.5, 2.0);
  }

  @Test
  void aShortOrBreachedPasswordIsRefusedWhereverItIsSet() {
    String id = "newcomer" + UUID.randomUUID().toString().substring(0, 8);
    ResponseEntity<Map<String, Object>> shortOne = createUserAsAdmin(id, "sunny-day-1");
    assertThat(shortOne.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) shortOne.getBody().get("message")).contains("shorter than 12 characters");

    ResponseEntity<Map<String, Object>> breached = createUserAsAdmin(id, "Qwerty123456");
    assertThat(breached.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) breached.getBody().get("message")).contains("published after data breaches");
    assertThat(identityService.createUserQuery().userId(id).count()).as("nothing created").isZero();

    String existing = StaffAccounts.create(identityService, "consular");
    ResponseEntity<Map<String, Object>> change = http.withBasicAuth("admin", "admin-demo").exchange(
        "/engine-rest/user/" + existing + "/credentials", HttpMethod.PUT,
        json(Map.of("password", "1q2w3e4r5t6y", "authenticatedUserPassword", "admin-demo")), MAP);
    assertThat(change.getStatusCode()).as("changing a password through REST").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(basic(existing, StaffAccounts.PASSPHRASE)).as("the old one still works").isEqualTo(HttpStatus.OK);

    ResponseEntity<Map<String, Object>> asTyped = http.withBasicAuth("admin", "admin-demo").exchange(
        "/engine-rest/identity/password-policy", HttpMethod.POST, json(Map.of("password", "Qwerty123456")), MAP);
    assertThat(asTyped.getBody()).as("what the Admin webapp shows while the password is typed")
        .containsEntry("valid", false).extractingByKey("rules").asString()
        .contains("placeholder=Not in a list of breached passwords, parameter={}, valid=false");

    User direct = identityService.newUser(id);
    direct.setPassword("qwerty123456");
    assertThatThrownBy(() -> identityService.saveUser(direct)).as("through the Java API")
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("breaches");
  }

  @Test
  void aLongCyrillicPassphraseWorks() {
    assertThat(CYRILLIC.codePointCount(0, CYRILLIC.length())).isEqualTo(60);
    String id = "passphrase" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(createUserAsAdmin(id, CYRILLIC).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(basic(id, CYRILLIC)).isEqualTo(HttpStatus.OK);
    assertThat(basic(id, CYRILLIC.substring(0, 59) + "ь")).as("the last letter counts too").isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(jdbc.queryForObject("select pwd_ from act_id_user where id_ = ?", String.class, id)).startsWith("{SHA256-BCRYPT}$2a$");
  }

  @Test
  void aPasswordHashedBeforeStillWorks() {
    String user = StaffAccounts.create(identityService, "reception");
    String salt = "c2FsdHNhbHRzYWx0c2FsdA==";
    jdbc.update("update act_id_user set pwd_ = ?, salt_ = ? where id_ = ?",
        "{BCRYPT}" + new BCryptPasswordEncoder().encode("an older passphrase" + salt), salt, user);

    assertThat(basic(user, "an older passphrase")).isEqualTo(HttpStatus.OK);
  }

  private long nanosToRefuse(String user) {
    long start = System.nanoTime();
    assertThatThrownBy(() -> provider.authenticate(from(null, user, "not the passphrase at all")))
        .isInstanceOf(BadCredentialsException.class);
    return System.nanoTime() - start;
  }

  private static long median(List<Long> values) {
    return values.stream().sorted().toList().get(values.size() / 2);
  }

  private static UsernamePasswordAuthenticationToken from(String address, String user, String password) {
    UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    if (address != null) {
      attempt.setDetails(new org.springframework.security.web.authentication.WebAuthenticationDetails(address, null));
    }
    return attempt;
  }

  private HttpStatus basic(String user, String password) {
    HttpHeaders headers = new HttpHeaders();
    // Browsers send UTF-8, which Spring Security reads; Spring's own helper would send ISO-8859-1.
    headers.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    return HttpStatus.valueOf(http.exchange("/engine-rest/task", HttpMethod.GET, new HttpEntity<>(headers), String.class)
        .getStatusCode().value());
  }

  private ResponseEntity<Map<String, Object>> createUserAsAdmin(String id, String password) {
    return http.withBasicAuth("admin", "admin-demo").exchange("/engine-rest/user/create", HttpMethod.POST,
        json(Map.of("profile", Map.of("id", id, "firstName", "New", "lastName", "Comer", "email", id + "@example.invalid"),
            "credentials", Map.of("password", password))), MAP);
  }

  private static final org.springframework.core.ParameterizedTypeReference<Map<String, Object>> MAP =
      new org.springframework.core.ParameterizedTypeReference<>() {};

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
