package org.safepassage.gate.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the {@link EngineApiGate} in front of every mount of the engine's REST API. */
@Configuration(proxyBeanMethods = false)
class EngineApiGateRegistration {

  @Bean
  FilterRegistrationBean<EngineApiGate> engineApiGate() {
    FilterRegistrationBean<EngineApiGate> registration = new FilterRegistrationBean<>(new EngineApiGate(EngineRoutes.ofCamunda()));
    registration.setName("Safe Passage engine API gate");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    // After Spring Security (-100), which knows the caller; before Camunda's own filters (0 and later).
    registration.setOrder(-10);
    return registration;
  }
}
