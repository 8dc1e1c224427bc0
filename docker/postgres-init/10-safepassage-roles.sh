#!/bin/bash
# Runs once, when the postgres container creates its database (docker-entrypoint-initdb.d).
# Two roles, neither a superuser: safepassage_owner owns the schema and runs the migrations;
# safepassage_app is what the app connects as. It may create Camunda's tables (Camunda keeps its
# own schema up to date) and gets its rights on the owner's tables from
# db/postgresql/afterMigrate__app_role_grants.sql: everything but UPDATE and DELETE on the logs.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v db="$POSTGRES_DB" -v owner_password="$SAFEPASSAGE_DB_OWNER_PASSWORD" -v app_password="$SAFEPASSAGE_DB_PASSWORD" <<'SQL'
create role safepassage_owner login password :'owner_password' nosuperuser nocreatedb nocreaterole;
create role safepassage_app login password :'app_password' nosuperuser nocreatedb nocreaterole;
alter database :"db" owner to safepassage_owner;
alter schema public owner to safepassage_owner;
revoke all on schema public from public;
grant usage, create on schema public to safepassage_app;
SQL
