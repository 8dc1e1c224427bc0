package org.safepassage;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Safe Passage: the case workflow from first contact to protection in the EU. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SafePassageApplication {

  public static void main(String[] args) {
    SpringApplication.run(SafePassageApplication.class, args);
  }

  /** The time, for rules that wear off or expire; tests move it instead of waiting. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
