package org.safepassage.forms;

import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the {@link TaskWriteGuard} in front of both mounts of the engine's REST API. */
@Configuration(proxyBeanMethods = false)
class TaskWriteGuardRegistration {

  @Bean
  FilterRegistrationBean<TaskWriteGuard> taskWriteGuard(TaskService taskService, FormCatalog catalog) {
    FilterRegistrationBean<TaskWriteGuard> registration = new FilterRegistrationBean<>(new TaskWriteGuard(taskService, catalog));
    registration.setName("Safe Passage task write guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // After Spring Security (-100) and the login hand-over to Camunda (0).
    registration.setOrder(10);
    return registration;
  }
}
