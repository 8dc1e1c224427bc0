-- Keyed hashes (HMAC-SHA256) of a case's normalised contact handles and phone numbers, and of
-- name plus birth date, for the duplicate check (see org.safepassage.firstcontact). Never the
-- handles themselves: without the key, a fingerprint says nothing about the person.
create table contact_fingerprint (
  case_number  varchar(16)              not null,
  kind         varchar(24)              not null,
  fingerprint  varchar(64)              not null,
  recorded_at  timestamp with time zone not null,
  primary key (case_number, kind, fingerprint)
);

create index contact_fingerprint_by_value on contact_fingerprint (kind, fingerprint);
