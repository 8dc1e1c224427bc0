package org.safepassage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safepassage.SafePassageApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The production profile refuses, in one line, what would put people at risk. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionRefusalTest {

  private static final String POSTGRES = "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nowhere";
  private static final String KEY = "--safepassage.vault.master-key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
  private static final String ADMIN = "--camunda.bpm.admin-user.id=operator";

  @Test
  void productionRefusesTheDemoUsers(CapturedOutput output) {
    assertRefused(output, "the demo profile", "production,demo", POSTGRES, KEY);
  }

  @Test
  void productionRefusesTheEmbeddedDemoDatabase(CapturedOutput output) {
    assertRefused(output, "SAFEPASSAGE_DB_URL", "production", KEY);
  }

  @Test
  void productionRefusesToRunWithoutAVaultKey(CapturedOutput output) {
    assertRefused(output, "SAFEPASSAGE_VAULT_MASTER_KEY", "production", POSTGRES, "--safepassage.vault.master-key=");
  }

  @Test
  void productionRefusesAWeakAdministratorPassword(CapturedOutput output) {
    assertRefused(output, "SAFEPASSAGE_ADMIN_PASSWORD", "production", POSTGRES, KEY, ADMIN,
        "--camunda.bpm.admin-user.password=admin");
  }

  @Test
  void productionRefusesABreachedAdministratorPassword(CapturedOutput output) {
    assertRefused(output, "breached", "production", POSTGRES, KEY, ADMIN, "--camunda.bpm.admin-user.password=Qwerty123456");
  }

  @Test
  void productionRefusesAnAdministratorWithoutAnIdOfItsOwn(CapturedOutput output) {
    assertRefused(output, "SAFEPASSAGE_ADMIN_ID", "production", POSTGRES, KEY,
        "--camunda.bpm.admin-user.password=a-long-test-only-password");
  }

  @Test
  void productionRefusesToRunWithoutADuplicateCheckKey(CapturedOutput output) {
    assertRefused(output, "SAFEPASSAGE_DUPLICATE_HMAC_KEY", "production", POSTGRES, KEY, ADMIN,
        "--camunda.bpm.admin-user.password=a-long-test-only-password", "--safepassage.duplicates.hmac-key=");
  }

  private static void assertRefused(CapturedOutput output, String reason, String profiles, String... args) {
    SpringApplicationBuilder app = new SpringApplicationBuilder(SafePassageApplication.class)
        .properties("spring.profiles.active=" + profiles, "server.port=0");
    assertThatThrownBy(() -> app.run(args))
        .isInstanceOf(UnsafeConfigurationException.class).hasMessageContaining(reason);
    assertThat(output.getAll()).containsPattern("Safe Passage refuses to start: [^\\n]*" + reason);
  }
}
