package org.safepassage.reminders.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The mails' plain-text templates, src/main/resources/mail/*.txt: a first line "Subject: ...",
 * then the body, with {placeholders}. Only case numbers, task names, due dates and links are ever
 * filled in; the templates are the whole of what a mail can say.
 */
@Component
class MailTemplates {

  /** A mail ready to send. */
  record Mail(String subject, String body) {}

  private static final String SUBJECT = "Subject: ";

  private final Map<String, String> loaded = new ConcurrentHashMap<>();

  Mail mail(String template, Map<String, String> values) {
    String text = fill(template, values);
    int endOfSubject = text.indexOf('\n');
    if (!text.startsWith(SUBJECT) || endOfSubject < 0) {
      throw new IllegalStateException("Mail template " + template + " must start with a subject line");
    }
    return new Mail(text.substring(SUBJECT.length(), endOfSubject).strip(), text.substring(endOfSubject + 1).strip() + "\n");
  }

  String fill(String template, Map<String, String> values) {
    String text = loaded.computeIfAbsent(template, MailTemplates::load);
    for (Map.Entry<String, String> value : values.entrySet()) {
      text = text.replace("{" + value.getKey() + "}", value.getValue());
    }
    return text;
  }

  private static String load(String template) {
    try (var in = new ClassPathResource("mail/" + template + ".txt").getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("No mail template " + template, e);
    }
  }
}
