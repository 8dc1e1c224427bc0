package org.safepassage.forms.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One catalog of the deployed forms' fields for the engine plugin and the request guard. */
@Configuration(proxyBeanMethods = false)
class FormCatalogConfig {

  @Bean
  FormCatalog formCatalog() {
    return FormCatalog.fromClasspath();
  }
}
