package org.safepassage.security;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * In production, demo users with published passwords and the embedded demo database would be a
 * gift to an adversary: refuse to start with either. (A missing vault key is refused by the vault.)
 */
@Component
@Profile("production")
class ProductionSafeguard implements InitializingBean {

  private final Environment environment;

  ProductionSafeguard(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void afterPropertiesSet() {
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      throw new UnsafeConfigurationException(
          "the demo profile (demo users with published passwords) is active together with production.");
    }
    String url = environment.getProperty("spring.datasource.url", "");
    if (url.startsWith("jdbc:h2:")) {
      throw new UnsafeConfigurationException(
          "production runs on the embedded H2 demo database; set SAFEPASSAGE_DB_URL to a PostgreSQL database.");
    }
  }
}
