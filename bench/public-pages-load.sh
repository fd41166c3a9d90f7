#!/usr/bin/env bash
# Load test of the public pages against /health/live, side by side in one run (issue: public pages from a cache).
#
#   bench/public-pages-load.sh [seconds] [connections]      (defaults 10 s, 16 connections, 2 threads)
#
# Builds the app in Release, starts it on a private SQLite database with the demo data (81 associations in the
# register), warms each address up, then runs wrk (Debian's package) against /health/live, the national overview
# page, its API and one association's public page, each for the same time with the same connections, and prints
# requests per second, p50 and p99, and each figure as a share of /health/live's requests per second measured in
# the same run. Anonymous requests, as the public makes them. Only 127.0.0.1 is ever addressed.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-10}
CONNECTIONS=${2:-16}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
# shellcheck source=bench/start-demo-app.sh
source bench/start-demo-app.sh
about=$(curl -fs "$BASE/nationellt" | grep -o '/forbund/[0-9a-f-]\{36\}/om' | head -1)
[ -n "$about" ] || { echo "No association's public page is linked from /nationellt."; exit 1; }

run() {
  local url=$1
  for _ in $(seq 1 50); do curl -fs -o /dev/null "$BASE$url"; done
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$BASE$url" >"$WORK/wrk.txt"
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$WORK/wrk.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt")
  errors=$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$WORK/wrk.txt")
  echo "$url|$rps|$p50|$p99|${errors:-0}"
}

echo "== wrk: 2 threads, $CONNECTIONS connections, ${SECONDS_EACH} s per address, after 50 warm-up requests"
results=()
for url in /health/live /nationellt /api/v1/registry/overview "$about"; do
  results+=("$(run "$url")")
done
baseline=$(cut -d'|' -f2 <<<"${results[0]}")
printf '%-52s %12s %10s %10s %8s %10s\n' "address" "requests/s" "p50" "p99" "non-2xx" "vs live"
for line in "${results[@]}"; do
  IFS='|' read -r url rps p50 p99 errors <<<"$line"
  ratio=$(awk -v a="$rps" -v b="$baseline" 'BEGIN { printf "%.1f %%", 100 * a / b }')
  printf '%-52s %12s %10s %10s %8s %10s\n' "$url" "$rps" "$p50" "$p99" "$errors" "$ratio"
done
