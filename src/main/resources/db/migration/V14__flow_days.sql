-- The dashboard's weekly flow, a day at a time: what happened on a day that is over (cases opened,
-- entered the visa stage, entered arrival, reached the reception platform, ended by end event and
-- reason) is counted once from Camunda's history and kept here, so the flow of 12 weeks reads a few
-- hundred rows instead of every journey of those weeks. A day is rolled up once it ended two days
-- ago (no transaction still writes into it); made-up cases back-dated into past days forget the
-- days they touch (dashboard.BackDating), which are rolled up again on the next read.
create table dashboard_flow_day (
  on_day    date          not null,
  kind      int           not null,
  exit_name varchar(255),
  reason    varchar(4000),
  cases     bigint        not null
);
create index dashboard_flow_day_by_day on dashboard_flow_day (on_day);

create table dashboard_flow_day_done (
  on_day    date                     primary key,
  rolled_at timestamp with time zone not null
);
