package org.safepassage.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safepassage.support.PostgresAvailable;

/**
 * The two logs can be written to but not rewritten by the app's database role, as
 * docker-compose.yml sets it up: a role that is no superuser and owns none of the app's tables,
 * given its rights by the same Flyway run (db/postgresql) as in production.
 */
@ExtendWith(PostgresAvailable.class)
class InsertOnlyLogsIT {

  // Named after the test database, so runs against different test databases never meet.
  static final String DATABASE = PostgresAvailable.DATABASE + "_insert_only";
  static final String APP_ROLE = PostgresAvailable.DATABASE + "_app";

  static String url;

  @BeforeAll
  static void migrateAsOwnerAndGrantTheAppRole() throws SQLException {
    url = PostgresAvailable.database(DATABASE);
    try (Connection owner = DriverManager.getConnection(url, PostgresAvailable.USER, PostgresAvailable.PASSWORD);
        Statement sql = owner.createStatement()) {
      sql.execute("drop owned by " + APP_ROLE);
    } catch (SQLException noSuchRoleYet) {
      // first run on this server
    }
    try (Connection owner = DriverManager.getConnection(url, PostgresAvailable.USER, PostgresAvailable.PASSWORD);
        Statement sql = owner.createStatement()) {
      sql.execute("drop role if exists " + APP_ROLE);
      sql.execute("create role " + APP_ROLE + " login nosuperuser nocreatedb nocreaterole");
    }
    Flyway.configure().dataSource(url, PostgresAvailable.USER, PostgresAvailable.PASSWORD)
        .locations("classpath:db/migration", "classpath:db/postgresql").table("safepassage_schema_history")
        .baselineOnMigrate(true).baselineVersion("0").placeholders(Map.of("app_role", APP_ROLE))
        .load().migrate();
  }

  @AfterAll
  static void dropTheRole() throws SQLException {
    try (Connection owner = DriverManager.getConnection(url, PostgresAvailable.USER, PostgresAvailable.PASSWORD);
        Statement sql = owner.createStatement()) {
      sql.execute("drop owned by " + APP_ROLE);
      sql.execute("drop role " + APP_ROLE);
    }
  }

  @Test
  void theAppRoleAddsToTheVaultAccessLogButCannotRewriteIt() throws SQLException {
    try (Connection app = asApp(); Statement sql = app.createStatement()) {
      assertThat(sql.executeUpdate("insert into vault_access_log (happened_at, actor, case_number, action, fields)"
          + " values (now(), 'ines', 'SP-TEST-0001', 'READ', 'FULL_NAME')")).isEqualTo(1);
      assertRefused(sql, "update vault_access_log set actor = 'nobody'");
      assertRefused(sql, "delete from vault_access_log");
      assertRefused(sql, "truncate vault_access_log");
    }
  }

  @Test
  void theAppRoleAddsToTheAdministrationAuditLogButCannotRewriteIt() throws SQLException {
    try (Connection app = asApp(); Statement sql = app.createStatement()) {
      assertThat(sql.executeUpdate("insert into administration_audit_log (happened_at, actor, action, subject, detail)"
          + " values (now(), 'admin', 'MEMBERSHIP_ADDED', 'ines', 'group intake')")).isEqualTo(1);
      assertRefused(sql, "update administration_audit_log set actor = 'nobody'");
      assertRefused(sql, "delete from administration_audit_log");
      assertRefused(sql, "truncate administration_audit_log");
      assertThatThrownBy(() -> sql.execute("drop table administration_audit_log"))
          .isInstanceOf(SQLException.class).hasMessageContaining("must be owner");
    }
  }

  @Test
  void theAppRoleStillKeepsItsOtherTablesAndIsNoSuperuser() throws SQLException {
    try (Connection app = asApp(); Statement sql = app.createStatement()) {
      sql.executeUpdate("insert into team_notice (notice_key, team, case_number, created_at) values"
          + " ('insert-only-test-' || gen_random_uuid(), 'intake', 'SP-TEST-0001', now())");
      assertThat(sql.executeUpdate("update team_notice set attempts = attempts + 1 where case_number = 'SP-TEST-0001'"))
          .isPositive();
      var superuser = sql.executeQuery("select rolsuper from pg_roles where rolname = current_user");
      superuser.next();
      assertThat(superuser.getBoolean(1)).isFalse();
      assertRefused(sql, "update safepassage_schema_history set success = true");
    }
  }

  private static Connection asApp() throws SQLException {
    return DriverManager.getConnection(url, APP_ROLE, "");
  }

  private static void assertRefused(Statement sql, String statement) {
    assertThatThrownBy(() -> sql.execute(statement)).as(statement)
        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
  }
}
