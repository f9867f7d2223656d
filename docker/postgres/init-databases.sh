#!/bin/bash
# Creates the databases Mentorflow needs in a fresh PostgreSQL data directory:
#   - APP_DB_NAME (default mentorflow): the app's read model, users, configuration and audit
#     (its tables come from the TypeORM migrations run by the `migrate` service);
#   - TEMPORAL_DB_NAME / TEMPORAL_VISIBILITY_DB_NAME (temporal, temporal_visibility): Temporal's
#     persistence and visibility stores (their schemas come from the `temporal-schema` service).
# The postgres image runs this once, from /docker-entrypoint-initdb.d, when the data volume is
# empty. It is idempotent, so it can also be re-run by hand:
#   docker compose -f docker/compose.yaml exec postgres bash /docker-entrypoint-initdb.d/10-init-databases.sh
set -euo pipefail

for db in "${APP_DB_NAME:-mentorflow}" "${TEMPORAL_DB_NAME:-temporal}" "${TEMPORAL_VISIBILITY_DB_NAME:-temporal_visibility}"; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    --set db="$db" --set owner="$POSTGRES_USER" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'owner')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db')
\gexec
SQL
  echo "init-databases: database \"$db\" is ready"
done
