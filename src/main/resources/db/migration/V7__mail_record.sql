-- One row per mail Safe Passage decides to send, keyed by what it is about (kind, task or team,
-- date), so it is decided once. Written and committed before the mail is handed to the SMTP
-- server (handed_at) and confirmed after (sent_at): a retry that finds sent_at does not send
-- again. Never the body: who, which task or case, which kind, when.
create table mail_record (
  mail_key     varchar(200)             primary key,
  kind         varchar(32)              not null,
  recipient    varchar(255)             not null,
  team         varchar(64),
  task_id      varchar(64),
  case_number  varchar(16),
  decided_at   timestamp with time zone not null,
  handed_at    timestamp with time zone,
  sent_at      timestamp with time zone,
  outcome      varchar(16)
);

create index mail_record_by_case on mail_record (case_number);
create index mail_record_by_team on mail_record (kind, team, decided_at);

-- New tasks wait in team_notice until a summary mail takes them (summary_key).
alter table team_notice add column task_id varchar(64);
alter table team_notice add column task_name varchar(255);
alter table team_notice add column urgent boolean not null default false;
alter table team_notice add column summary_key varchar(200);
create index team_notice_unsummarised on team_notice (team, summary_key);
update team_notice set summary_key = 'sent-one-by-one' where sent_at is not null;
