-- Staff members who muted their morning digest (by Camunda user id). Only the digest can be
-- muted: escalations and safety alerts go to the managers' mailbox regardless.
create table digest_mute (
  user_id   varchar(64)              primary key,
  muted_at  timestamp with time zone not null
);

-- One row per calendar day (SAFEPASSAGE_NOTICE_ZONE) whose digests were decided, in the round
-- that decided them: the round looks at the staff's tasks once a day, not every 30 seconds.
create table digest_day (
  digest_date date                     primary key,
  decided_at  timestamp with time zone not null
);

-- What a reminder was for: a follow-up reminder's follow-up date, an escalation's day (its
-- start, in the notice zone), as Camunda stores task dates (timestamp without time zone). The
-- rounds' scans ask the database for open tasks past their date with no record for that date
-- yet, instead of reading every overdue task each round.
alter table mail_record add column reminder_at timestamp;
create index mail_record_by_task on mail_record (task_id, kind, reminder_at);
