package org.safepassage.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.safepassage.support.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A notice survives a mail server outage and, once the server is back, goes out once. */
@PostgresIntegrationTest
class NoticeDispatchIT {

  @Autowired
  NoticeOutbox outbox;

  @Autowired
  NoticeDispatcher dispatcher;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aNoticeWaitsOutAMailOutageAndIsThenSentOnce() throws Exception {
    String caseNumber = "SP-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase() + "-TEST";
    String key = "test:" + UUID.randomUUID();
    outbox.enqueue(key, "vetting", caseNumber);

    // The shared test outbox may hold other pending notices: send batches until ours was tried.
    for (int batch = 0; batch < 50 && (int) row(key).get("attempts") == 0; batch++) {
      dispatcher.dispatchPending();
    }
    assertThat(row(key)).containsEntry("attempts", 1).containsEntry("sent", false).containsEntry("claimed", false);

    GreenMail mailServer = new GreenMail(ServerSetupTest.SMTP);
    mailServer.start();
    try {
      for (int batch = 0; batch < 50 && !(boolean) row(key).get("sent"); batch++) {
        dispatcher.dispatchPending();
      }
      dispatcher.dispatchPending();

      assertThat(row(key)).containsEntry("sent", true);
      MimeMessage[] ours = Arrays.stream(mailServer.getReceivedMessages())
          .filter(mail -> subjectOf(mail).contains(caseNumber)).toArray(MimeMessage[]::new);
      assertThat(ours).hasSize(1);
      assertThat(ours[0].getAllRecipients()[0].toString()).isEqualTo("vetting@safe-passage.invalid");
    } finally {
      mailServer.stop();
    }
  }

  private Map<String, Object> row(String key) {
    return jdbc.queryForObject(
        "select attempts, sent_at is not null as sent, claimed_at is not null as claimed from team_notice where notice_key = ?",
        (result, i) -> Map.of("attempts", result.getInt(1), "sent", result.getBoolean(2), "claimed", result.getBoolean(3)),
        key);
  }

  private static String subjectOf(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
