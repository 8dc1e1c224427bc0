package org.safepassage.reminders.internal;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where notices go.
 *
 * @param transport {@code smtp} sends mail (production, tests); {@code log} only logs that a
 *     notice would go out, for a demo on a machine without a mail server
 * @param from the sender address
 * @param baseUrl the address staff open Safe Passage at; links in mails start with it
 * @param teams each team's shared mailbox, by team id (intake, vetting, ...)
 */
@ConfigurationProperties("safepassage.mail")
record MailProperties(String transport, String from, String baseUrl, Map<String, String> teams) {

  boolean onlyLog() {
    return "log".equalsIgnoreCase(transport);
  }

  String mailboxOf(String team) {
    return teams == null ? null : teams.get(team);
  }
}
