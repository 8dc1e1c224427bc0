package org.safepassage.reminders;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where notices go.
 *
 * @param from the sender address
 * @param baseUrl the address staff open Safe Passage at; links in mails start with it
 * @param teams each team's shared mailbox, by team id (intake, vetting, ...)
 */
@ConfigurationProperties("safepassage.mail")
public record MailProperties(String from, String baseUrl, Map<String, String> teams) {
}
