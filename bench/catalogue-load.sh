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
#     after its first request (a warm-up round asks each once); the page /insatser is measured the same way;
#   - "mixed": nine in ten requests from the common questions, one in ten a new query as in "varied" (a public that
#     mostly asks what others asked, with a long tail of its own questions).
# Before anything is measured, the app serves 15 s of varied searches, so that the measured code runs in its final,
# optimised form (.NET compiles hot methods again after a while; measured earlier, the compiler's own work is a large
# part of the figures).
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
-- Each wrk thread has its own counter: the thread's number and the run's (RUN) keep every address new.
local threads = 0
function setup(thread) threads = threads + 1; thread:set("tid", threads) end
local n = 0
request = function()
  n = n + 1
  local path = "/api/v1/catalogue/interventions?q=" .. words[n % #words + 1] .. "&municipality=" .. places[n % #places + 1]
    .. "&targetGroup=" .. groups[n % #groups + 1] .. "&n=" .. os.getenv("RUN") .. "-" .. tostring(tid) .. "-" .. n
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
cat >"$WORK/mixed.lua" <<LUA
local codes = { $codes }
local words = { "arbete", "arbetet", "studier", "h%C3%A4lsa", "unga", "praktik", "coachning", "v%C3%A4gledning", "spr%C3%A5k", "motivation" }
local places = { "", "0683", "0662", "0680", "1280", "0180", "1480", "2480" }
local groups = { "", "unga", "sjukskrivna", "langtidsarbetslosa" }
local threads = 0
function setup(thread) threads = threads + 1; thread:set("tid", threads) end
local n = 0
request = function()
  n = n + 1
  if n % 10 == 0 then
    local m = n / 10
    return wrk.format("GET", "/api/v1/catalogue/interventions?q=" .. words[m % #words + 1] .. "&municipality=" .. places[m % #places + 1]
      .. "&targetGroup=" .. groups[m % #groups + 1] .. "&n=" .. os.getenv("RUN") .. "-" .. tostring(tid) .. "-" .. n)
  end
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
    RUN=$RANDOM$RANDOM wrk -t1 -c1 -d5s -s "$script" "$BASE" >/dev/null # warm-up: the common questions are asked once before measuring
    RUN=$RANDOM$RANDOM wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s "$script" "$BASE" >"$WORK/wrk.txt"
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

echo "== warm-up: 15 s of varied searches, so that what is measured runs as optimised code"
RUN=warm wrk -t1 -c4 -d15s -s "$WORK/varied.lua" "$BASE" >/dev/null

echo "== wrk ($PROVIDER): 2 threads, $CONNECTIONS connections, ${SECONDS_EACH} s each"
results=()
results+=("$(run "/health/live" /health/live)")
results+=("$(run "search, varied (no cache)" "/api/v1/catalogue/interventions?q=arbete" "$WORK/varied.lua")")
results+=("$(run "search, common (cached)" "/api/v1/catalogue/interventions" "$WORK/common.lua")")
results+=("$(run "search, mixed (1 in 10 new)" "/api/v1/catalogue/interventions" "$WORK/mixed.lua")")
results+=("$(run "page /insatser?kommun=… (cached)" "/insatser" "$WORK/page.lua")")
baseline=$(cut -d'|' -f2 <<<"${results[0]}")
printf '%-32s %12s %10s %10s %8s %10s\n' "address" "requests/s" "p50" "p99" "non-2xx" "vs live"
for line in "${results[@]}"; do
  IFS='|' read -r url rps p50 p99 errors <<<"$line"
  ratio=$(awk -v a="$rps" -v b="$baseline" 'BEGIN { printf "%.1f %%", 100 * a / b }')
  printf '%-32s %12s %10s %10s %8s %10s\n' "$url" "$rps" "$p50" "$p99" "$errors" "$ratio"
done
