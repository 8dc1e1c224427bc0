-- A notice is claimed for a while before it is sent and marked sent only after the mail went
-- out: a node that dies mid-send leaves the claim to expire, and another node sends it.
alter table team_notice add column claimed_at timestamp with time zone;
