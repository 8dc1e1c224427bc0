package org.safepassage.security.internal;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the Spring Security login to Camunda. Both filters run after Spring Security's chain
 * (order -100) and, for the webapps, before Camunda's own session filter, which is registered
 * later and so runs later.
 */
@Configuration(proxyBeanMethods = false)
class CamundaAuthenticationFilters {

  private static final Map<String, String> PROVIDER =
      Map.of("authentication-provider", SpringSecurityPrincipalProvider.class.getName());

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("Safe Passage webapp authentication");
    registration.addUrlPatterns("/camunda/*");
    registration.setInitParameters(PROVIDER);
    registration.setOrder(0);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("Safe Passage engine-rest authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setInitParameters(PROVIDER);
    registration.setOrder(0);
    return registration;
  }
}
