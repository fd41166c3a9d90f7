#!/usr/bin/env bash
# Measures how fast the allocation results page renders for a national run of 80 associations.
#
#   bench/results-page-load.sh [requests]      (default 300)
#
# Builds the app in Release, starts it on a private SQLite database with the demo data (which includes a decided run
# for 80 associations: 4 demo associations and 76 illustrative ones), signs in as the national administrator through
# the login form, warms up, and then requests the results page one request at a time with curl, reporting the server's
# time to the full response (curl's time_total: connect, render, transfer). Also measures the page sorted and filtered
# through its query string. Uses only curl, awk and sort. Figures go into docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-300}
# shellcheck source=bench/start-demo-app.sh
source bench/start-demo-app.sh
JAR="$WORK/cookies"

echo "== sign in as the national administrator"
token=$(curl -fs -c "$JAR" -b "$JAR" "$BASE/logga-in" | grep -o 'name="__af" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" --data-urlencode "Input.Email=nationell@demo.samordna.se" \
  --data-urlencode "Input.Password=Demo-Samordna-2026" --data-urlencode "__af=$token" "$BASE/logga-in")
[ "$status" = 302 ] || { echo "Sign-in failed ($status)."; exit 1; }
run=$(curl -fs -b "$JAR" "$BASE/medelstilldelning/korningar" | grep -o '/medelstilldelning/korningar/[0-9a-f-]\{36\}"' | head -1 | tr -d '"')
[ -n "$run" ] || { echo "No saved run found in the demo data."; exit 1; }
rows=$(curl -fs -b "$JAR" "$BASE$run" | grep -c '/resultat/')
echo "   run $run with $rows associations"

measure() {
  local label=$1 url=$2
  for _ in $(seq 1 30); do curl -fs -o /dev/null -b "$JAR" "$BASE$url"; done
  for _ in $(seq 1 "$N"); do curl -fs -o /dev/null -b "$JAR" -w '%{time_total}\n' "$BASE$url"; done | sort -n | awk -v label="$label" '
    { t[NR] = $1 * 1000; sum += $1 * 1000 }
    END {
      printf "%-44s n=%d  min %.1f  median %.1f  mean %.1f  p95 %.1f  p99 %.1f  max %.1f ms\n", label, NR, t[1], t[int(NR*0.5)], sum/NR, t[int(NR*0.95)], t[int(NR*0.99)], t[NR]
    }'
  local size
  size=$(curl -fs -b "$JAR" "$BASE$url" | wc -c)
  echo "   (page size $size bytes)"
}

echo "== $N requests each, one at a time, after 30 warm-up requests"
measure "results page, 80 associations" "$run"
measure "sorted by change, descending" "$run?sort=forandring&ordning=fallande"
measure "filtered: floor binds" "$run?binder=golv"
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(dotnet --version)"
