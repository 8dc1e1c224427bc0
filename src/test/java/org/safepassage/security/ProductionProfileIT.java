package org.safepassage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safepassage.support.PostgresAvailable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The production profile as docker-compose runs it, on its own PostgreSQL database: it starts
 * when properly configured, knows no demo user, and sends cookies only over HTTPS.
 */
@ExtendWith(PostgresAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    // Inline, not dynamic: the production safeguard reads them before any bean exists.
    "spring.datasource.url=jdbc:postgresql://${SAFEPASSAGE_TEST_DB_HOST:127.0.0.1}:${SAFEPASSAGE_TEST_DB_PORT:5432}/"
        + "${SAFEPASSAGE_TEST_DB_NAME:safepassage_test}_production",
    "spring.datasource.username=${SAFEPASSAGE_TEST_DB_USER:postgres}",
    "spring.datasource.password=${SAFEPASSAGE_TEST_DB_PASSWORD:}",
    "safepassage.vault.master-key=Dx3ejG9Q1oQm0nW1m2c3bO8r4yZ5s6t7u8v9w0x1y2A=",
    "safepassage.duplicates.hmac-key=cHJvZHVjdGlvbi1wcm9maWxlLXRlc3Qtb25seS1obWFjLWtleQ==",
    "camunda.bpm.admin-user.id=operator",
    "camunda.bpm.admin-user.password=" + ProductionProfileIT.ADMIN_PASSWORD,
    "safepassage.notices.round-cycle=R/PT1H",
    // Camunda registers engines JVM-wide by name; the other integration tests' app owns "default".
    "camunda.bpm.process-engine-name=" + ProductionProfileIT.ENGINE})
@ActiveProfiles("production")
class ProductionProfileIT {

  /** Beside the other tests' database, named after it, so runs on separate test databases never share it. */
  static final String DATABASE = System.getenv().getOrDefault("SAFEPASSAGE_TEST_DB_NAME", "safepassage_test") + "_production";
  static final String ENGINE = "production";
  static final String ADMIN_PASSWORD = "a-long-test-only-password";

  @BeforeAll
  static void createItsOwnDatabase() {
    PostgresAvailable.database(DATABASE);
  }

  @Autowired
  TestRestTemplate http;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  IdentityService identityService;

  @Test
  void theDemoUsersDoNotExistInProduction() {
    assertThat(http.withBasicAuth("ines", "ines-demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("operator", ADMIN_PASSWORD)
        .getForEntity("/engine-rest/engine/" + ENGINE + "/group", String.class).getBody())
        .contains("\"id\":\"intake\"", "\"id\":\"security-review\"", "\"id\":\"managers\"");
  }

  @Test
  void passwordsAreStoredAsBcryptHashes() {
    String id = "probe" + UUID.randomUUID().toString().substring(0, 8);
    User probe = identityService.newUser(id);
    probe.setPassword("probe-password-123");
    identityService.saveUser(probe);
    try {
      assertThat(jdbc.queryForObject("select pwd_ from act_id_user where id_ = ?", String.class, id))
          .startsWith("{SHA256-BCRYPT}$2a$").doesNotContain("probe-password");
      assertThat(identityService.checkPassword(id, "probe-password-123")).isTrue();
      assertThat(identityService.checkPassword(id, "probe-password-124")).isFalse();
    } finally {
      identityService.deleteUser(id);
    }
  }

  @Test
  void sessionCookiesAreSentOnlyOverHttps() {
    HttpHeaders headers = http.getForEntity("/login", String.class).getHeaders();
    List<String> cookies = headers.get(HttpHeaders.SET_COOKIE);

    assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure", "HttpOnly"));
  }
}
