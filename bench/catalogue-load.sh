#!/usr/bin/env bash
# Load test of the public catalogue search with 5 000 published interventions, beside /health/live in the same run
# (issue 9, acceptance 5).
#
#   bench/catalogue-load.sh [sqlite|postgres] [seconds] [connections]     (defaults sqlite, 10 s, 16 connections)
#
# Builds the app in Release and starts it with the demo data, on a private SQLite file or (postgres) on a private
# PostgreSQL server started by scripts/pg-start.sh; fills the catalogue with 5 000 published demo interventions
# (`demo-catalogue --count 5000`); then runs wrk against /health/live and the search, each for the same time with the
# same connections. The search is measured twice:
#   - "varied": every request a different query (a rotating word, municipality and target group, plus a counter), so
#     none is answered from the public-data output cache: the database's full-text index does the work each time;
#   - "common": the questions the public mostly asks ("what is there in my municipality?", with and without the word
#     "arbete"), 580 different addresses over all 290 municipalities, each answered from the public-data output cache
#     after its first request (a warm-up round asks each once); the page /insatser is measured the same way.
# Prints requests per second, p50 and p99 and each as a share of /health/live. Only 127.0.0.1 is ever addressed.
set -euo pipefail
cd "$(dirname "$0")/.."
PROVIDER=${1:-sqlite}
SECONDS_EACH=${2:-10}
CONNECTIONS=${3:-16}
COUNT=${COUNT:-5000}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }

PG_DIR=""
if [ "$PROVIDER" = postgres ]; then
  mapfile -t pg < <(scripts/pg-start.sh)
  PG_DIR=${pg[0]}
  export Database__Provider=Postgres Database__ConnectionString="${pg[1]}"
fi
stop_pg() { [ -n "$PG_DIR" ] && scripts/pg-stop.sh "$PG_DIR" >/dev/null 2>&1 || true; }
trap stop_pg EXIT

# shellcheck source=bench/start-demo-app.sh
source bench/start-demo-app.sh
trap 'cleanup; stop_pg' EXIT

echo "== fill the catalogue with $COUNT published demo interventions"
(cd src/Samordna.Web && ASPNETCORE_ENVIRONMENT=Development Database__SqlitePath="$WORK/bench.db" Logging__LogLevel__Default=Warning \
  dotnet bin/Release/net10.0/Samordna.Web.dll demo-catalogue --count "$COUNT" | tail -1)

if [ "$PROVIDER" = postgres ]; then
  # What autovacuum does a little after a bulk load: fresh statistics for the planner.
  PGPASSWORD=app psql "postgresql://app@127.0.0.1:$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$Database__ConnectionString")/appdb" -q -c "ANALYZE interventions_intervention, interventions_municipality, interventions_target_group"
fi

cat >"$WORK/varied.lua" <<'LUA'
-- percent-encoded: hälsa, vägledning, språk
local words = { "arbete", "arbetet", "studier", "h%C3%A4lsa", "unga", "praktik", "coachning", "v%C3%A4gledning", "spr%C3%A5k", "motivation" }
local places = { "", "0683", "0662", "0680", "1280", "0180", "1480", "2480" }
local groups = { "", "unga", "sjukskrivna", "langtidsarbetslosa" }
local n = 0
request = function()
  n = n + 1
  local path = "/api/v1/catalogue/interventions?q=" .. words[n % #words + 1] .. "&municipality=" .. places[n % #places + 1]
    .. "&targetGroup=" .. groups[n % #groups + 1] .. "&n=" .. n
  return wrk.format("GET", path)
end
LUA

# The 290 municipality codes, from the reference data the app itself loads.
codes=$(tail -n +2 src/Samordna.Web/Data/ReferenceData/kommuner.csv | cut -d, -f1 | sed 's/.*/"&"/' | paste -sd,)
cat >"$WORK/common.lua" <<LUA
local codes = { $codes }
local n = 0
request = function()
  n = n + 1
  local code = codes[n % #codes + 1]
  if math.floor(n / #codes) % 2 == 0 then
    return wrk.format("GET", "/api/v1/catalogue/interventions?municipality=" .. code)
  end
  return wrk.format("GET", "/api/v1/catalogue/interventions?q=arbete&municipality=" .. code)
end
LUA
cat >"$WORK/page.lua" <<LUA
local codes = { $codes }
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/insatser?kommun=" .. codes[n % #codes + 1])
end
LUA

run() {
  local label=$1 url=$2 script=${3:-}
  for _ in $(seq 1 20); do curl -fs -o /dev/null "$BASE$url"; done
  if [ -n "$script" ]; then
    wrk -t1 -c1 -d5s -s "$script" "$BASE" >/dev/null # warm-up: the common questions are asked once before measuring
    wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s "$script" "$BASE" >"$WORK/wrk.txt"
  else
    wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$BASE$url" >"$WORK/wrk.txt"
  fi
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$WORK/wrk.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt")
  errors=$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$WORK/wrk.txt")
  echo "$label|$rps|$p50|$p99|${errors:-0}"
}

echo "== wrk ($PROVIDER): 2 threads, $CONNECTIONS connections, ${SECONDS_EACH} s each"
results=()
results+=("$(run "/health/live" /health/live)")
results+=("$(run "search, varied (no cache)" "/api/v1/catalogue/interventions?q=arbete" "$WORK/varied.lua")")
results+=("$(run "search, common (cached)" "/api/v1/catalogue/interventions" "$WORK/common.lua")")
results+=("$(run "page /insatser?kommun=… (cached)" "/insatser" "$WORK/page.lua")")
baseline=$(cut -d'|' -f2 <<<"${results[0]}")
printf '%-32s %12s %10s %10s %8s %10s\n' "address" "requests/s" "p50" "p99" "non-2xx" "vs live"
for line in "${results[@]}"; do
  IFS='|' read -r url rps p50 p99 errors <<<"$line"
  ratio=$(awk -v a="$rps" -v b="$baseline" 'BEGIN { printf "%.1f %%", 100 * a / b }')
  printf '%-32s %12s %10s %10s %8s %10s\n' "$url" "$rps" "$p50" "$p99" "$errors" "$ratio"
done
