#!/usr/bin/env bash
# The follow-up report on a synthetic national data set, each beside its bare SQL in the same run (issue 10,
# acceptance 5).
#
#   bench/follow-up.sh [sqlite|postgres] [participations] [-- BenchmarkDotNet options]
#       defaults: sqlite, 1 000 000, `--job short --inProcess`
#
# Builds the app and the benchmarks in Release and makes the data set in a private database (a SQLite file in a scratch
# folder, or a private PostgreSQL server from scripts/pg-start.sh, always stopped at the end): `migrate`, then
# `follow-up generate` twice: N − 50 000 records in 69 associations (seed 1) and 50 000 in one more (seed 2, the
# dashboard's association), three years up to 2026-11-30; on PostgreSQL followed by VACUUM ANALYZE, as autovacuum would
# do shortly after a bulk load. Then runs bench/Samordna.Benchmarks' FollowUpBenchmarks (BenchmarkDotNet, the report
# for 2025):
#   - national: FollowUpReport for the whole country (what /nationellt/uppfoljning and /api/v1/follow-up/national
#     build) against its baseline, FollowUpFigures' three grouped SELECTs as plain SQL read with ADO.NET;
#   - association: the same for the association with 50 000 records (/forbund/{id}/uppfoljning);
#   - import: 100 000 rows from Excel into a new intervention of that association (ImportParticipationsHandler, Files
#     limits raised for the run) against its baseline, TabularFile.Read of the same XLSX (every cell read).
# FILTER (default *FollowUp*) picks the benchmarks, e.g. FILTER=*FollowUpBenchmarks* for the reports alone. The
# generator's own time (records/s) is printed by the command. Only 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PROVIDER=${1:-sqlite}
COUNT=${2:-1000000}
shift $(( $# >= 2 ? 2 : $# ))
[ "${1:-}" = "--" ] && shift
BDN=("$@")
[ ${#BDN[@]} -eq 0 ] && BDN=(--job short --inProcess)
DASHBOARD=50000

WORK=$(mktemp -d /tmp/samordna-bench.XXXXXX)
PG_DIR=""
cleanup() {
  # By its absolute path: the benchmarks run from the scratch folder.
  [ -n "$PG_DIR" ] && { "$ROOT/scripts/pg-stop.sh" "$PG_DIR" >/dev/null 2>&1 || true; }
  [ -n "${KEEP:-}" ] && echo "kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

if [ "$PROVIDER" = postgres ]; then
  mapfile -t pg < <(scripts/pg-start.sh)
  PG_DIR=${pg[0]}
  export Database__Provider=Postgres Database__ConnectionString=${pg[1]}
else
  export Database__Provider=Sqlite Database__SqlitePath=$WORK/followup.db
fi
export ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning

echo "== build (Release)"
dotnet build src/Samordna.Web -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
dotnet build bench/Samordna.Benchmarks -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
APP=$PWD/src/Samordna.Web/bin/Release/net10.0/Samordna.Web.dll
app() { (cd src/Samordna.Web && dotnet "$APP" "$@"); }

echo "== data set ($PROVIDER): $COUNT synthetic records"
app migrate | tail -1
app follow-up generate --participations $((COUNT - DASHBOARD)) --associations 69 --years 3 --seed 1 --until 2026-11-30 | tail -1
app follow-up generate --participations $DASHBOARD --associations 1 --years 3 --seed 2 --until 2026-11-30 | tail -1
if [ "$PROVIDER" = postgres ]; then
  PORT=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"${pg[1]}")
  psql -h 127.0.0.1 -p "$PORT" -U postgres -d appdb -q -X -c "VACUUM ANALYZE"
fi

echo "== benchmarks: ${BDN[*]}"
cd "$WORK"
SAMORDNA_BENCH_YEAR=2025 dotnet "$ROOT/bench/Samordna.Benchmarks/bin/Release/net10.0/Samordna.Benchmarks.dll" --filter "${FILTER:-*FollowUp*}" "${BDN[@]}"
