package org.safepassage.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app on a random port against real PostgreSQL, with the demo users (one per team,
 * passwords as in the README) and SMTP pointed at GreenMail on port 3025 (or SAFEPASSAGE_TEST_SMTP_PORT). Its clock is an
 * {@link AdjustableClock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "pgtest"})
@Import(AdjustableClock.Config.class)
public @interface PostgresIntegrationTest {
}
