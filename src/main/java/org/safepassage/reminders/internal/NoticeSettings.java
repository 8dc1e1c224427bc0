package org.safepassage.reminders.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When notices go out. Read by the notices process ({@code ${noticeSettings.roundCycle()}}) and
 * by the services behind it.
 *
 * @param roundCycle how often a notice round decides which mails are due (ISO-8601 repeat, a
 *     Camunda timer cycle); a P0 task waits at most this long
 * @param retryCycle how a mail that failed is tried again before it becomes an incident
 * @param summaryInterval a team gets at most one "new work" mail per this interval
 * @param sendLease how long a mail handed to the SMTP server may stay unconfirmed before a retry
 *     may send it again (the only window for a double; see the README)
 * @param zone the zone whose calendar days count "once a day" for escalations, and whose clock
 *     the digest time is read on
 * @param digestTime when, local time in {@code zone}, the first round of the day decides the
 *     morning digests
 */
@ConfigurationProperties("safepassage.notices")
public record NoticeSettings(
    @DefaultValue("R/PT30S") String roundCycle,
    @DefaultValue("R5/PT1M") String retryCycle,
    @DefaultValue("PT15M") Duration summaryInterval,
    @DefaultValue("PT5M") Duration sendLease,
    @DefaultValue("Europe/Paris") ZoneId zone,
    @DefaultValue("07:30") LocalTime digestTime) {
}
