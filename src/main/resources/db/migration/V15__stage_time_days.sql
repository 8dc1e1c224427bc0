-- The dashboard's time in stage, a day at a time: for each day that is over, how many stages of each
-- kind ended that day after how long (in tenths of a day, kept to two significant figures: 2.4, 17,
-- 120 days), counted once from Camunda's history. Percentiles over 90 days then read a few
-- thousand rows instead of every stage that ended in them. Which days each figure has rolled up
-- now lives in one table for the flow (V14) and the time in stage.
create table dashboard_stage_time_day (
  on_day     date         not null,
  stage      varchar(255) not null,
  stage_name varchar(255),
  tenths     bigint       not null,
  cases      bigint       not null
);
create index dashboard_stage_time_day_by_day on dashboard_stage_time_day (on_day);

create table dashboard_day_done (
  figure    varchar(32)              not null,
  on_day    date                     not null,
  rolled_at timestamp with time zone not null,
  primary key (figure, on_day)
);
insert into dashboard_day_done (figure, on_day, rolled_at) select 'flow', on_day, rolled_at from dashboard_flow_day_done;
drop table dashboard_flow_day_done;
