package org.safepassage.firstcontact.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The fingerprints of every case (table contact_fingerprint), and who shares one. */
@Repository
class FingerprintStore implements EarlierCases {

  private final JdbcTemplate jdbc;

  FingerprintStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void record(String caseNumber, Collection<ContactFingerprints.Fingerprint> fingerprints) {
    Timestamp now = Timestamp.from(Instant.now());
    for (ContactFingerprints.Fingerprint fingerprint : fingerprints) {
      jdbc.update("insert into contact_fingerprint (case_number, kind, fingerprint, recorded_at) values (?, ?, ?, ?)",
          caseNumber, fingerprint.kind(), fingerprint.value(), now);
    }
  }

  @Override
  public Optional<String> likelyDuplicateOf(String caseNumber) {
    return jdbc.query("select other.case_number from contact_fingerprint mine"
            + " join contact_fingerprint other on other.kind = mine.kind and other.fingerprint = mine.fingerprint"
            + " where mine.case_number = ? and other.case_number <> ? and other.recorded_at <= mine.recorded_at"
            + " order by other.recorded_at, other.case_number",
            ps -> {
              ps.setString(1, caseNumber);
              ps.setString(2, caseNumber);
              ps.setMaxRows(1);
            },
            (row, i) -> row.getString(1))
        .stream().findFirst();
  }
}
