package org.safepassage.reminders;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the notice dispatcher's schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {
}
