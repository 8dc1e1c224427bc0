package org.safepassage.security.internal;

import org.safepassage.security.UnsafeConfigurationException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * In production, demo users with published passwords, the embedded demo database, a missing
 * vault key or duplicate-check key, or a first administrator without an id of its own or with a
 * weak password would put people at risk: refuse to start, before anything touches a database.
 */
class ProductionSafeguard implements EnvironmentPostProcessor, Ordered {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of("production"))) {
      return;
    }
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      throw new UnsafeConfigurationException(
          "the demo profile (demo users with published passwords) is active together with production.");
    }
    if (environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:")) {
      throw new UnsafeConfigurationException(
          "production would run on the embedded H2 demo database; set SAFEPASSAGE_DB_URL to a PostgreSQL database.");
    }
    if (environment.getProperty("safepassage.vault.master-key", "").isBlank()) {
      throw new UnsafeConfigurationException(
          "the case vault has no master key; set SAFEPASSAGE_VAULT_MASTER_KEY (openssl rand -base64 32).");
    }
    if (environment.getProperty("camunda.bpm.admin-user.id", "").isBlank()) {
      throw new UnsafeConfigurationException(
          "the first administrator has no user id; set SAFEPASSAGE_ADMIN_ID (not a well-known one like admin).");
    }
    String adminPassword = environment.getProperty("camunda.bpm.admin-user.password", "");
    if (adminPassword.codePointCount(0, adminPassword.length()) < StaffPasswordPolicy.MINIMUM_LENGTH) {
      throw new UnsafeConfigurationException(
          "the first administrator needs a password of at least 12 characters; set SAFEPASSAGE_ADMIN_PASSWORD.");
    }
    if (StaffPasswordPolicy.problemWith(adminPassword).isPresent()) {
      throw new UnsafeConfigurationException(
          "the first administrator's password is in the list of breached passwords; set another SAFEPASSAGE_ADMIN_PASSWORD.");
    }
    if (environment.getProperty("safepassage.duplicates.hmac-key", "").isBlank()) {
      throw new UnsafeConfigurationException(
          "the duplicate check has no key of its own; set SAFEPASSAGE_DUPLICATE_HMAC_KEY (openssl rand -base64 32).");
    }
  }

  @Override
  public int getOrder() {
    // After Spring Boot has read the configuration files and worked out the active profiles.
    return Ordered.LOWEST_PRECEDENCE;
  }
}
