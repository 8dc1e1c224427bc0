package org.safepassage.support;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * The GreenMail server the integration tests mail to: port 3025 unless
 * {@code SAFEPASSAGE_TEST_SMTP_PORT} says otherwise, so two test runs on one machine (each with its
 * own {@code SAFEPASSAGE_TEST_DB_NAME}) do not fight over one port. {@code application-pgtest.yml}
 * reads the same variable.
 */
public final class TestSmtp {

  public static final int PORT =
      Integer.parseInt(System.getenv().getOrDefault("SAFEPASSAGE_TEST_SMTP_PORT", "3025"));

  public static final ServerSetup SETUP = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

  private TestSmtp() {
  }
}
