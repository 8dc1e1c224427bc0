package org.safepassage.vault;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.safepassage.casenumber.CaseFileNotFoundException;
import org.safepassage.casenumber.CaseNumber;
import org.safepassage.vault.internal.CaseKeys.CaseCipher;
import org.safepassage.vault.internal.CaseKeys;
import org.safepassage.vault.internal.VaultAccessLog.Action;
import org.safepassage.vault.internal.VaultAccessLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way in or out of personal data. Every value is encrypted under its case's own key
 * before it touches the database, and every access is written to the {@link VaultAccessLog}.
 * Who may call what is decided by the caller (the case file); the vault records who did.
 */
@Service
public class CaseVault {

  private static final String NOTE_SLOT = "note";

  private final JdbcTemplate jdbc;
  private final CaseKeys keys;
  private final VaultAccessLog accessLog;

  CaseVault(JdbcTemplate jdbc, CaseKeys keys, VaultAccessLog accessLog) {
    this.jdbc = jdbc;
    this.keys = keys;
    this.accessLog = accessLog;
  }

  /** Opens a case file under a fresh random case number and a fresh key. */
  @Transactional
  public CaseNumber openCaseFile(PersonalDetails details, String actor) {
    CaseNumber caseNumber = unusedCaseNumber();
    jdbc.update("insert into case_file (case_number, wrapped_key, opened_at, opened_by) values (?, ?, ?, ?)",
        caseNumber.value(), keys.newWrappedKey(caseNumber), now(), actor);
    writeDetails(caseNumber, details, actor);
    return caseNumber;
  }

  private CaseNumber unusedCaseNumber() {
    CaseNumber candidate = CaseNumber.random();
    // Erased numbers stay taken too: a number must never point at two people.
    while (jdbc.queryForObject("select count(*) from case_file where case_number = ?", Integer.class, candidate.value()) > 0) {
      candidate = CaseNumber.random();
    }
    return candidate;
  }

  /** Adds or replaces the given fields; fields not given stay as they are. */
  @Transactional
  public void writeDetails(CaseNumber caseNumber, PersonalDetails details, String actor) {
    CaseCipher cipher = cipherFor(caseNumber);
    List<String> written = new ArrayList<>();
    details.asMap().forEach((field, value) -> {
      byte[] ciphertext = cipher.encrypt(field.name(), value);
      int updated = jdbc.update(
          "update case_field set ciphertext = ?, written_at = ?, written_by = ? where case_number = ? and field_name = ?",
          ciphertext, now(), actor, caseNumber.value(), field.name());
      if (updated == 0) {
        jdbc.update("insert into case_field (case_number, field_name, ciphertext, written_at, written_by) values (?, ?, ?, ?, ?)",
            caseNumber.value(), field.name(), ciphertext, now(), actor);
      }
      written.add(field.name());
    });
    accessLog.record(actor, caseNumber, Action.WRITE, written);
  }

  @Transactional
  public PersonalDetails readDetails(CaseNumber caseNumber, String actor) {
    CaseCipher cipher = cipherFor(caseNumber);
    Map<PersonalField, String> values = new EnumMap<>(PersonalField.class);
    jdbc.query("select field_name, ciphertext from case_field where case_number = ?",
        row -> {
          PersonalField field = PersonalField.valueOf(row.getString(1));
          values.put(field, cipher.decrypt(field.name(), row.getBytes(2)));
        },
        caseNumber.value());
    accessLog.record(actor, caseNumber, Action.READ, values.keySet().stream().map(Enum::name).toList());
    return PersonalDetails.of(values);
  }

  @Transactional
  public void addNote(CaseNumber caseNumber, String taskName, String text, String actor) {
    byte[] ciphertext = cipherFor(caseNumber).encrypt(NOTE_SLOT, text);
    jdbc.update("insert into case_note (case_number, task_name, ciphertext, written_at, written_by) values (?, ?, ?, ?, ?)",
        caseNumber.value(), taskName, ciphertext, now(), actor);
    accessLog.record(actor, caseNumber, Action.WRITE, List.of("NOTE"));
  }

  @Transactional
  public List<CaseNote> readNotes(CaseNumber caseNumber, String actor) {
    CaseCipher cipher = cipherFor(caseNumber);
    List<CaseNote> notes = jdbc.query(
        "select task_name, ciphertext, written_at, written_by from case_note where case_number = ? order by id",
        (row, i) -> new CaseNote(row.getString(1), cipher.decrypt(NOTE_SLOT, row.getBytes(2)),
            row.getTimestamp(3).toInstant(), row.getString(4)),
        caseNumber.value());
    accessLog.record(actor, caseNumber, Action.READ, List.of("NOTE"));
    return notes;
  }

  /** Crypto-shredding: destroys the case's key, so no copy of its data can ever be read again. */
  @Transactional
  public void erase(CaseNumber caseNumber, String actor) {
    cipherFor(caseNumber);
    jdbc.update("update case_file set wrapped_key = null, erased_at = ? where case_number = ?", now(), caseNumber.value());
    jdbc.update("delete from case_field where case_number = ?", caseNumber.value());
    jdbc.update("delete from case_note where case_number = ?", caseNumber.value());
    accessLog.record(actor, caseNumber, Action.ERASE, List.of("ALL"));
  }

  /** Whether a readable (not erased) case file has this number. */
  public boolean exists(CaseNumber caseNumber) {
    Integer count = jdbc.queryForObject(
        "select count(*) from case_file where case_number = ? and wrapped_key is not null", Integer.class, caseNumber.value());
    return count != null && count > 0;
  }

  private CaseCipher cipherFor(CaseNumber caseNumber) {
    List<byte[]> wrapped = jdbc.query(
        "select wrapped_key from case_file where case_number = ? and wrapped_key is not null",
        (row, i) -> row.getBytes(1), caseNumber.value());
    if (wrapped.isEmpty()) {
      throw new CaseFileNotFoundException(caseNumber.value());
    }
    return keys.open(caseNumber, wrapped.get(0));
  }

  private static Timestamp now() {
    return Timestamp.from(Instant.now());
  }
}
