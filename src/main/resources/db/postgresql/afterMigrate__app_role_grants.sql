-- PostgreSQL only, run by Flyway as the schema's owner after every migration (so it also
-- covers tables added later). The app's own role (placeholder app_role) reads and writes the
-- owner's tables, except that the two logs are insert-only for it: a stolen app account cannot
-- rewrite who read which case file, or who changed which account. The owner's migration history
-- stays the owner's. Camunda's ACT_* tables belong to the app's role, which creates them.
do $$
declare
  owned record;
begin
  for owned in
    select tablename from pg_tables
    where schemaname = current_schema() and tableowner = current_user and tablename <> 'safepassage_schema_history'
  loop
    execute format('grant select, insert, update, delete on table %I to %I', owned.tablename, '${app_role}');
  end loop;
  execute format('revoke update, delete, truncate on table vault_access_log, administration_audit_log from %I', '${app_role}');
end
$$;
