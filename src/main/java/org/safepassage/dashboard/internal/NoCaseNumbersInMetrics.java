package org.safepassage.dashboard.internal;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring's request metrics label each request with its URI, and a request that never reached a
 * handler (refused, 4xx) keeps its raw path: /api/cases/SP-JDMT-ZVWG/... would put a case number
 * into every scrape. Every tag value is stripped of case numbers before a meter exists.
 */
@Configuration(proxyBeanMethods = false)
class NoCaseNumbersInMetrics {

  private static final Pattern CASE_NUMBER = Pattern.compile("SP-[0-9A-Za-z]{4}-[0-9A-Za-z]{4}");

  @Bean
  MeterFilter caseNumbersOutOfTags() {
    return new MeterFilter() {
      @Override
      public Meter.Id map(Meter.Id id) {
        boolean carries = id.getTags().stream().anyMatch(tag -> CASE_NUMBER.matcher(tag.getValue()).find());
        return carries ? id.replaceTags(id.getTags().stream()
            .map(tag -> Tag.of(tag.getKey(), CASE_NUMBER.matcher(tag.getValue()).replaceAll("{caseNumber}"))).toList()) : id;
      }
    };
  }
}
