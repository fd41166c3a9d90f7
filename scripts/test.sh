#!/usr/bin/env bash
# Runs every test of Samordna on this machine:
#   unit tests, the integration suite on SQLite AND on a real PostgreSQL started here,
#   and browser tests (Playwright driving Debian's Chromium, axe-core scan on every page).
# Ends with one line: "N passed, N failed" (plus ", N skipped" if any). Exit code 0 only if nothing failed.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RESULTS="$ROOT/.test-output"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

scripts/ensure-prerequisites.sh || { echo "Could not install test prerequisites (PostgreSQL, Chromium)."; echo "0 passed, 1 failed"; exit 1; }

echo "== build"
if ! dotnet build Samordna.slnx -nologo -v quiet -clp:ErrorsOnly; then
  echo "Build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

echo "== start PostgreSQL"
mapfile -t pg < <(scripts/pg-start.sh)
PGDATA_DIR=${pg[0]:-}
PG_CONNECTION=${pg[1]:-}
cleanup() { [ -n "$PGDATA_DIR" ] && scripts/pg-stop.sh "$PGDATA_DIR"; }
trap cleanup EXIT
if [ -z "$PG_CONNECTION" ]; then
  echo "PostgreSQL did not start."
  echo "0 passed, 1 failed"
  exit 1
fi

crashed=0
run() {
  local name=$1; shift
  echo "== $name"
  dotnet test "$@" --no-build --nologo --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" -- RunConfiguration.TreatNoTestsAsError=true \
    | sed -n -e '/\[FAIL\]/p' -e '/Error Message:/,/Stack Trace:/p' -e '/^Passed!/p' -e '/^Failed!/p' -e '/^  Skipped /p'
  if [ ! -f "$RESULTS/$name.trx" ]; then
    echo "$name produced no results (crash or build problem)."
    crashed=$((crashed + 1))
  fi
}

run unit tests/Samordna.UnitTests
SAMORDNA_TEST_PROVIDER=Sqlite run integration-sqlite tests/Samordna.IntegrationTests
SAMORDNA_TEST_PROVIDER=Postgres SAMORDNA_TEST_POSTGRES="$PG_CONNECTION" run integration-postgres tests/Samordna.IntegrationTests
run browser tests/Samordna.E2E

passed=0; failed=$crashed; skipped=0
for trx in "$RESULTS"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(grep -o ' passed="[0-9]*"' <<<"$counters" | grep -o '[0-9]*'); p=${p:-0}
  f=$(grep -o ' failed="[0-9]*"' <<<"$counters" | grep -o '[0-9]*'); f=${f:-0}
  e=$(grep -o ' error="[0-9]*"' <<<"$counters" | grep -o '[0-9]*'); e=${e:-0}
  s=$(grep -o ' notExecuted="[0-9]*"' <<<"$counters" | grep -o '[0-9]*'); s=${s:-0}
  passed=$((passed + p)); failed=$((failed + f + e)); skipped=$((skipped + s))
done

summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ "$failed" -eq 0 ]
