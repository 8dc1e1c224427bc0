package org.safepassage.reminders;

import java.time.Instant;
import java.util.List;
import org.safepassage.reminders.internal.MailRecords;
import org.springframework.stereotype.Service;

/** The reminders' answer to "was X told?": every mail about a case, from the send records. */
@Service
public class MailsSent {

  /**
   * One mail about the case: when it was decided and sent (null while not sent), which kind, to
   * whom, and for which team's task; never its body.
   */
  public record SentMail(Instant decidedAt, Instant sentAt, String kind, String recipient, String team, String outcome) {}

  private final MailRecords records;

  MailsSent(MailRecords records) {
    this.records = records;
  }

  public List<SentMail> aboutCase(String caseNumber) {
    return records.aboutCase(caseNumber).stream().map(record -> new SentMail(record.decidedAt(), record.sentAt(),
        record.kind(), record.recipient(), record.team(), record.outcome() == null ? "waiting" : record.outcome()))
        .toList();
  }
}
