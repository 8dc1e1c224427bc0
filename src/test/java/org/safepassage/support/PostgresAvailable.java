package org.safepassage.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs PostgreSQL tests only where a server answers, creating the test database if needed.
 * Without one they are skipped with one line saying so, except under CI=true, where a missing
 * database is a failure: CI must never pass by running nothing.
 */
public class PostgresAvailable implements ExecutionCondition {

  static final String HOST = env("SAFEPASSAGE_TEST_DB_HOST", "127.0.0.1");
  static final String PORT = env("SAFEPASSAGE_TEST_DB_PORT", "5432");
  public static final String DATABASE = env("SAFEPASSAGE_TEST_DB_NAME", "safepassage_test");
  public static final String USER = env("SAFEPASSAGE_TEST_DB_USER", "postgres");
  public static final String PASSWORD = env("SAFEPASSAGE_TEST_DB_PASSWORD", "");

  private static volatile ConditionEvaluationResult verdict;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (verdict == null) {
      verdict = probe();
    }
    if (verdict.isDisabled() && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true, so the PostgreSQL tests must run, but "
          + verdict.getReason().orElse("PostgreSQL is not available").replace(": skipping the PostgreSQL tests", ""));
    }
    return verdict;
  }

  /** The JDBC URL of a database on the test server, created first if it does not exist yet. */
  public static String database(String name) {
    try (Connection connection = DriverManager.getConnection(server() + "postgres?connectTimeout=3", USER, PASSWORD)) {
      ensureDatabase(connection, name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the test database " + name, e);
    }
    return server() + name;
  }

  private static String server() {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/";
  }

  private static void ensureDatabase(Connection connection, String name) throws SQLException {
    boolean exists;
    try (var statement = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      statement.setString(1, name);
      exists = statement.executeQuery().next();
    }
    if (!exists) {
      try (Statement create = connection.createStatement()) {
        create.execute("create database \"" + name.replace("\"", "") + "\"");
      }
    }
  }

  private static ConditionEvaluationResult probe() {
    try (Connection connection = DriverManager.getConnection(server() + "postgres?connectTimeout=3", USER, PASSWORD)) {
      ensureDatabase(connection, DATABASE);
      return ConditionEvaluationResult.enabled("PostgreSQL answers at " + HOST + ":" + PORT);
    } catch (SQLException e) {
      String reason = "No PostgreSQL server answers at " + HOST + ":" + PORT + " (" + e.getMessage()
          + "): skipping the PostgreSQL tests";
      System.out.println(reason);
      return ConditionEvaluationResult.disabled(reason);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
