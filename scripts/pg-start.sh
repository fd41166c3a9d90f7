#!/usr/bin/env bash
# Starts a private, throwaway PostgreSQL server on 127.0.0.1 for the test run.
# Prints two lines: the data directory and an admin connection string (role 'app', may create databases).
set -euo pipefail
PGDATA=$(mktemp -d /tmp/samordna-pg.XXXXXX)
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
AS_PG=()
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$PGDATA"
  AS_PG=(runuser -u postgres --)   # initdb refuses to run as root
fi
port=55432
while (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done
"${AS_PG[@]}" "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
"${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $PGDATA -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c autovacuum=off" start >/dev/null
"${AS_PG[@]}" "$PGBIN/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q \
  -c "CREATE ROLE app LOGIN CREATEDB PASSWORD 'app'" -c "CREATE DATABASE appdb OWNER app"
echo "$PGDATA"
echo "Host=127.0.0.1;Port=$port;Username=app;Password=app;Database=appdb"
