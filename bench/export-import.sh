#!/usr/bin/env bash
# The logical export and import (`export-all`, `import-all`) of the largest generated data set, beside a bare bulk read
# and a bare bulk load of the same tables by the database's own tool in the same run (issue 12, acceptance 5).
#
#   bench/export-import.sh [sqlite|postgres] [count]     (defaults sqlite, 20 000 generated interventions)
#
# Builds the app in Release and makes the data set in a private database (a SQLite file in a scratch folder, or a
# private PostgreSQL server started by scripts/pg-start.sh and always stopped at the end): `migrate`, `seed-demo` (the
# demo data) and `demo-catalogue --count N` (N published interventions with their municipalities and target groups).
# Participation records do not exist yet; when they do, this data set should grow to 1 000 000 of them. Then it times:
#   1. read (baseline): every table listed in the export's manifest.json read in full by the database's own client and
#      thrown away: PostgreSQL `\copy (SELECT <columns> FROM t) TO '/dev/null'`, SQLite `sqlite3 -csv db "SELECT ..."`;
#   2. export-all --out DIR: rows and bytes written;
#   3. load (baseline): the CSV of every table (written by the client, untimed) loaded into an empty, migrated copy of
#      the schema by the client: PostgreSQL `\copy t (<columns>) FROM file CSV` in one transaction with triggers off
#      (session_replication_role = replica, so no foreign-key checks: the bare load); SQLite `.import --csv` in one
#      transaction with foreign keys off;
#   4. import-all DIR into a fresh empty database of the same provider (it migrates first, as an operator would run it;
#      the migration is a few hundred milliseconds of that).
# Each step is one process, timed (the app's start and stop, 0.5–1.5 s here, is timed alone as step 0) with date +%s.%N; the app's steps also under /usr/bin/time for the peak memory.
# Prints seconds, rows, rows/s and the ratio to the bare read (export) or the bare load (import). Only 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
PROVIDER=${1:-sqlite}
COUNT=${2:-20000}
command -v sqlite3 >/dev/null || [ "$PROVIDER" = postgres ] || { echo "sqlite3 is missing: apt-get install -y sqlite3"; exit 1; }
command -v jq >/dev/null || { echo "jq is missing: apt-get install -y jq"; exit 1; }

WORK=$(mktemp -d /tmp/samordna-bench.XXXXXX)
PG_DIR=""
cleanup() {
  [ -n "$PG_DIR" ] && scripts/pg-stop.sh "$PG_DIR" >/dev/null 2>&1
  [ -n "${KEEP:-}" ] && echo "kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

APP=$PWD/src/Samordna.Web/bin/Release/net10.0/Samordna.Web.dll
# app DATABASE COMMAND...: runs an operator command against a database of the run (appdb: the data set). With MEM set,
# under /usr/bin/time, which writes the peak resident memory in KiB to the file $MEM.
app() {
  local database=$1; shift
  local run=(dotnet "$APP")
  [ -n "${MEM:-}" ] && run=(/usr/bin/time -f '%M' -o "$MEM" dotnet "$APP")
  if [ "$PROVIDER" = postgres ]; then
    (cd src/Samordna.Web && ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning Database__Provider=Postgres \
      Database__ConnectionString="${PG_CONN/Database=appdb/Database=$database}" "${run[@]}" "$@")
  else
    (cd src/Samordna.Web && ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning \
      Database__SqlitePath="$WORK/$database.db" "${run[@]}" "$@")
  fi
}
now() { date +%s.%N; }
# stamp: each line of the app's progress ("  table: N rader") with the time it was written.
stamp() { while IFS= read -r l; do echo "$(now) $l"; done; }
# slowest FILE: the three tables that took longest (time from the line before), from stamped progress.
slowest() { awk 'NR > 1 && $2 ~ /:$/ { printf "   %8.2f  %s %s %s\n", $1 - prev, $2, $3, $4 } { prev = $1 }' "$1" | sort -rn | head -3; }

if [ "$PROVIDER" = postgres ]; then
  mapfile -t pg < <(scripts/pg-start.sh)
  PG_DIR=${pg[0]}
  PG_CONN=${pg[1]}
  PG_PORT=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$PG_CONN")
  PG_ADMIN=(env PGPASSWORD=app psql -h 127.0.0.1 -p "$PG_PORT" -U app -v ON_ERROR_STOP=1 -q -X)
  PG_SUPER=(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q -X) # trust auth; for session_replication_role
fi

echo "== build (Release)"
dotnet build src/Samordna.Web -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null

echo "== data set ($PROVIDER): demo data and $COUNT generated interventions"
app appdb migrate | tail -1
app appdb seed-demo | head -1
app appdb demo-catalogue --count "$COUNT" | tail -1
if [ "$PROVIDER" = postgres ]; then
  "${PG_SUPER[@]}" -d appdb -c "VACUUM ANALYZE" # what autovacuum does after a bulk load; the reads then see a settled table
fi

# The export first (untimed) for its manifest: the list of tables and columns the timed steps use.
app appdb export-all --out "$WORK/probe" >/dev/null
jq -r '.tables[] | [.name, (.columns | map("\"" + . + "\"") | join(","))] | @tsv' "$WORK/probe/manifest.json" >"$WORK/tables.tsv"
rm -rf "$WORK/probe"
TABLES=$(wc -l <"$WORK/tables.tsv")
sync

# A psql or sqlite3 script doing one thing per table; $1 is a template with @T@ (table) and @C@ (columns).
per_table() { while IFS=$'\t' read -r t c; do local l=${1//@T@/$t}; echo "${l//@C@/$c}"; done <"$WORK/tables.tsv"; }

echo "== 0. the app starting and stopping (help): part of every timed app step below"
t0=$(now); app appdb help >/dev/null; t1=$(now)
start_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')

echo "== 1. bare read of the $TABLES tables"
if [ "$PROVIDER" = postgres ]; then
  per_table "\\copy (SELECT @C@ FROM \"@T@\") TO '/dev/null' CSV" >"$WORK/read.sql"
  t0=$(now); "${PG_ADMIN[@]}" -d appdb -f "$WORK/read.sql"; t1=$(now)
else
  per_table ".once /dev/null
SELECT @C@ FROM \"@T@\";" | sed '1i .mode csv' >"$WORK/read.sql"
  t0=$(now); sqlite3 "$WORK/appdb.db" <"$WORK/read.sql"; t1=$(now)
fi
read_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')

echo "== 2. export-all"
t0=$(now)
MEM=$WORK/export.mem app appdb export-all --out "$WORK/dump" | stamp >"$WORK/export.log"
tail -1 "$WORK/export.log" | cut -d' ' -f2-
t1=$(now)
export_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
rows=$(jq '[.tables[].rows] | add' "$WORK/dump/manifest.json")
bytes=$(du -sb "$WORK/dump" | cut -f1)
echo "   slowest tables (seconds since the previous table's line):"
slowest "$WORK/export.log"
jq -r '.tables | sort_by(-.rows) | .[0:5][] | "   \(.rows) rows in \(.name)"' "$WORK/dump/manifest.json"

echo "== 3. bare load into an empty copy of the schema"
mkdir -p "$WORK/csv"
if [ "$PROVIDER" = postgres ]; then
  per_table "\\copy (SELECT @C@ FROM \"@T@\") TO '$WORK/csv/@T@.csv' CSV" >"$WORK/dumpcsv.sql"
  "${PG_ADMIN[@]}" -d appdb -f "$WORK/dumpcsv.sql"
  chmod -R a+rX "$WORK"
  "${PG_ADMIN[@]}" -d postgres -c "CREATE DATABASE bareload"
  app bareload migrate >/dev/null
  {
    echo "BEGIN;"
    echo "SET session_replication_role = replica;"
    echo "TRUNCATE $(cut -f1 "$WORK/tables.tsv" | sed 's/.*/"&"/' | paste -sd,);"
    per_table "\\copy \"@T@\" (@C@) FROM '$WORK/csv/@T@.csv' CSV"
    echo "COMMIT;"
  } >"$WORK/load.sql"
  t0=$(now); "${PG_SUPER[@]}" -d bareload -f "$WORK/load.sql"; t1=$(now)
else
  # SELECT *: .import fills an existing table by position, in the table's own column order (the manifest's is by name).
  per_table ".once '$WORK/csv/@T@.csv'
SELECT * FROM \"@T@\";" | sed '1i .mode csv' >"$WORK/dumpcsv.sql"
  sqlite3 "$WORK/appdb.db" <"$WORK/dumpcsv.sql"
  app bareload migrate >/dev/null
  {
    echo "PRAGMA foreign_keys = OFF;"
    echo "BEGIN;"
    cut -f1 "$WORK/tables.tsv" | sed 's/.*/DELETE FROM "&";/'
    per_table ".import --csv '$WORK/csv/@T@.csv' \"@T@\""
    echo "COMMIT;"
  } >"$WORK/load.sql"
  t0=$(now); sqlite3 "$WORK/bareload.db" <"$WORK/load.sql"; t1=$(now)
fi
load_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')

echo "== 4. import-all into a fresh empty database"
[ "$PROVIDER" = postgres ] && "${PG_ADMIN[@]}" -d postgres -c "CREATE DATABASE imported"
t0=$(now)
MEM=$WORK/import.mem app imported import-all "$WORK/dump" | stamp >"$WORK/import.log"
tail -1 "$WORK/import.log" | cut -d' ' -f2-
echo "   slowest tables (seconds since the previous table's line):"
slowest "$WORK/import.log"
t1=$(now)
import_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')

echo
echo "== $PROVIDER: $TABLES tables, $rows rows, export $((bytes / 1024)) KiB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-34s %9s %10s %11s %12s %10s\n' "step" "seconds" "rows" "rows/s" "vs baseline" "peak RSS"
line() {
  awk -v s="$1" -v sec="$2" -v r="$3" -v base="$4" -v mem="$5" 'BEGIN {
    printf "%-34s %9.2f %10d %11.0f %11.1fx %10s\n", s, sec, r, r / sec, sec / base, mem }'
}
printf '%-34s %9.2f\n' "0. app start and stop (help)" "$start_s"
line "1. bare read (baseline)" "$read_s" "$rows" "$read_s" "-"
line "2. export-all" "$export_s" "$rows" "$read_s" "$(( $(cat "$WORK/export.mem") / 1024 )) MiB"
line "3. bare load (baseline)" "$load_s" "$rows" "$load_s" "-"
line "4. import-all (incl. migrate)" "$import_s" "$rows" "$load_s" "$(( $(cat "$WORK/import.mem") / 1024 )) MiB"
