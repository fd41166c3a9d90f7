#!/usr/bin/env bash
# Stops the throwaway server started by pg-start.sh and removes its data. Usage: scripts/pg-stop.sh <data dir>
set -uo pipefail
PGDATA=${1:?data directory}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
AS_PG=()
[ "$(id -u)" = 0 ] && AS_PG=(runuser -u postgres --)
"${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null 2>&1 || true
rm -rf "$PGDATA"
