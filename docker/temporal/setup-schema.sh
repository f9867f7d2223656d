#!/bin/sh
# Creates (first run) or upgrades (after a Temporal version bump) Temporal's SQL schemas in
# PostgreSQL. Runs in temporalio/admin-tools as the `temporal-schema` one-off service.
#
# Same steps as Temporal's own compose samples (temporalio/samples-server, compose/scripts/
# setup-postgres.sh) and tools/sql/README.md in temporalio/temporal:
#   temporal-sql-tool ... --db <db> create-database       (no-op when it exists)
#   temporal-sql-tool ... --db <db> setup-schema -v 0.0   (versioning tables; no-op when newer)
#   temporal-sql-tool ... --db <db> update-schema -d /etc/temporal/schema/postgresql/v12/<store>/versioned
# Connection settings come from the environment variables temporal-sql-tool reads:
# SQL_PLUGIN (postgres12), SQL_HOST, SQL_PORT, SQL_USER, SQL_PASSWORD.
set -eu
# retry <tries> <message> <command...>, for the waits below.
. "$(dirname "$0")/retry.sh"

: "${SQL_PLUGIN:?}" "${SQL_HOST:?}" "${SQL_PORT:?}" "${SQL_USER:?}" "${SQL_PASSWORD:?}"
TEMPORAL_DB_NAME="${TEMPORAL_DB_NAME:-temporal}"
TEMPORAL_VISIBILITY_DB_NAME="${TEMPORAL_VISIBILITY_DB_NAME:-temporal_visibility}"
SCHEMA_ROOT="${SCHEMA_ROOT:-/etc/temporal/schema/postgresql/v12}"

echo "temporal-schema: waiting for PostgreSQL at ${SQL_HOST}:${SQL_PORT}"
retry 60 "temporal-schema: PostgreSQL at ${SQL_HOST}:${SQL_PORT} is unreachable" nc -z -w 2 "$SQL_HOST" "$SQL_PORT"

setup_store() {
  db="$1"
  schema_dir="$2"
  if [ ! -d "$schema_dir" ]; then
    echo "temporal-schema: schema directory $schema_dir not found in this admin-tools image" >&2
    exit 1
  fi
  # Normally init-databases.sh already created it; with the postgres12 plugin create-database
  # succeeds when the database exists (checked with temporal-sql-tool v1.32.0).
  temporal-sql-tool --db "$db" create-database
  temporal-sql-tool --db "$db" setup-schema -v 0.0
  temporal-sql-tool --db "$db" update-schema -d "$schema_dir"
  echo "temporal-schema: database $db is at the latest schema version"
}

setup_store "$TEMPORAL_DB_NAME" "$SCHEMA_ROOT/temporal/versioned"
setup_store "$TEMPORAL_VISIBILITY_DB_NAME" "$SCHEMA_ROOT/visibility/versioned"
echo "temporal-schema: done"
