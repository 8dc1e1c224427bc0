package org.safepassage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Safe Passage: the case workflow from first contact to protection in the EU. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SafePassageApplication {

  public static void main(String[] args) {
    SpringApplication.run(SafePassageApplication.class, args);
  }
}
