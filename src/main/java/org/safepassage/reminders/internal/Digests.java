package org.safepassage.reminders.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The morning digest's state: who muted theirs (by Camunda user id), and which days' digests
 * were decided. Only the digest can be muted; nothing here touches escalations or safety alerts.
 */
@Repository
class Digests {

  private final JdbcTemplate jdbc;

  Digests(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  boolean isMuted(String userId) {
    Integer muted = jdbc.queryForObject("select count(*) from digest_mute where user_id = ?", Integer.class, userId);
    return muted != null && muted > 0;
  }

  void mute(String userId, boolean muted) {
    if (muted) {
      jdbc.update("insert into digest_mute (user_id, muted_at) select ?, ? where not exists"
          + " (select 1 from digest_mute where user_id = ?)", userId, now(), userId);
    } else {
      jdbc.update("delete from digest_mute where user_id = ?", userId);
    }
  }

  /**
   * Takes the day for deciding its digests, in the round's transaction; false if a round took it
   * before. The primary key stops a second node's round all the same.
   */
  boolean takeDay(LocalDate day) {
    return jdbc.update("insert into digest_day (digest_date, decided_at) select ?, ? where not exists"
        + " (select 1 from digest_day where digest_date = ?)", Date.valueOf(day), now(), Date.valueOf(day)) == 1;
  }

  /**
   * Staff members holding at least one open task who have not muted their digest: one distinct
   * read of Camunda's task table by its assignee index, once a day.
   */
  List<String> staffToDigest() {
    return jdbc.queryForList("select distinct t.assignee_ from act_ru_task t where t.assignee_ is not null"
        + " and not exists (select 1 from digest_mute m where m.user_id = t.assignee_) order by 1", String.class);
  }

  private static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }
}
