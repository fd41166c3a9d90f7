#!/usr/bin/env bash
# The first request to each page after a start against the median of the next ones (issue 8: within 2×).
#
#   bench/warm-start.sh [repeats]      (default 21 requests per page after the first; STARTS=3 starts with the warm-up, COLD=0 skips the one without)
#
# Builds the app in Release and starts it on a private SQLite database with the demo data: once with the
# warm-up off (WarmUp__Enabled=false, unless COLD=0) and STARTS times (default 3) as shipped (the instance asks itself for the public pages before
# /health/ready answers). Each time, as soon as /health/ready answers, it requests each page once (the first
# request), then `repeats` more times, and prints the first time, the median of the rest and their ratio, with
# /health/live measured the same way as the baseline. The signed-in pages are asked for as the demo's office
# (kansli.finnveden@demo.samordna.se), through a session cookie made before the timing starts on /konto. Only
# 127.0.0.1 is ever addressed. Then SPACED (default 5) more requests a second apart, whose median is the second
# comparison (see above).
set -euo pipefail
cd "$(dirname "$0")/.."
REPEATS=${1:-21}
# Requests a second apart, as visitors come: a public page's answer from the cache then includes the once-a-second
# check of the public data version (ADR 0011), which back-to-back requests skip.
SPACED=${SPACED:-5}
# COLD=0: only the run with the warm-up. Variables such as DOTNET_TieredCompilation reach the app (to compare JIT settings).
command -v curl >/dev/null || { echo "curl is missing"; exit 1; }

echo "== build (Release)"
dotnet build src/Samordna.Web -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
WORK=$(mktemp -d /tmp/samordna-warm.XXXXXX)
APP_PID=""
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

# The time from the request sent to the first byte of the answer: the server's work (and loopback), without curl's own
# start and the TCP connection, which swing by a millisecond or more from one curl to the next and would otherwise
# decide the ratio of pages that answer in under a millisecond. Set TOTAL=1 for curl's whole time instead.
server_time() {
  if [ "${TOTAL:-0}" = 1 ]; then curl -s -o /dev/null -w '%{time_total}' "$@"; return; fi
  curl -s -o /dev/null -w '%{time_pretransfer} %{time_starttransfer}' "$@" | awk '{ printf "%.6f", $2 - $1 }'
}

ms() { awk -v s="$1" 'BEGIN { printf "%.1f", s * 1000 }'; }

measure_run() {
  local label=$1 warm=$2 port=$(( 20000 + RANDOM % 20000 ))
  local base="http://127.0.0.1:$port"
  # The database is made (migrated and filled with the demo) by a first start, so the measured start is a plain restart.
  if [ ! -f "$WORK/bench.db" ]; then
    (cd src/Samordna.Web && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$base" Database__SqlitePath="$WORK/bench.db" \
      WarmUp__Enabled=false Logging__LogLevel__Default=Warning exec dotnet bin/Release/net10.0/Samordna.Web.dll >"$WORK/seed.log" 2>&1) &
    APP_PID=$!
    for _ in $(seq 1 180); do curl -fs "$base/health/ready" >/dev/null 2>&1 && break; sleep 1; done
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
  fi
  (cd src/Samordna.Web && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$base" Database__SqlitePath="$WORK/bench.db" \
    WarmUp__Enabled="$warm" Jobs__Enabled=false Logging__LogLevel__Default=Warning exec dotnet bin/Release/net10.0/Samordna.Web.dll >"$WORK/app.log" 2>&1) &
  APP_PID=$!
  for _ in $(seq 1 300); do curl -fs -o /dev/null "$base/health/ready" 2>/dev/null && break; sleep 0.2; done
  # The association's id (from the database file, not from a page, so no measured page is asked for before its first
  # measured request) and a session for the office, made on the sign-in page and /konto, which are not measured.
  local cookies="$WORK/cookies-$label.txt"
  local token
  token=$(curl -fs -c "$cookies" "$base/logga-in" | grep -o 'name="__af" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  [ -n "$token" ] || token=$(curl -fs -b "$cookies" -c "$cookies" "$base/logga-in" | grep -o 'name="__af"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -fs -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode "__af=$token" --data-urlencode "Input.Email=kansli.finnveden@demo.samordna.se" \
    --data-urlencode "Input.Password=Demo-Samordna-2026" "$base/logga-in"
  curl -fs -o /dev/null -b "$cookies" "$base/konto"
  local id
  id=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select lower(Id) from registry_association where Code='finnveden'\").fetchone()[0])" "$WORK/bench.db")
  local association="/forbund/$id" about="/forbund/$id/om"
  echo "== $label (WarmUp__Enabled=$warm)"
  printf '%-44s %10s %10s %7s %12s %7s\n' "address" "first ms" "median ms" "ratio" "spaced ms" "ratio"
  for spec in "anon|/health/live" "anon|/" "anon|/nationellt" "anon|/insatser" "anon|$about" "anon|/nationellt/uppfoljning" \
              "office|$association/att-gora" "office|$association/ekonomi/budget" "office|$association/uppfoljning" "office|$association/medlemsbidrag" "office|$association/sammantraden"; do
    local who=${spec%%|*} url=${spec#*|} args=()
    [ "$who" = office ] && args=(-b "$cookies")
    local first
    first=$(server_time "${args[@]}" "$base$url")
    local times=()
    for _ in $(seq 1 "$REPEATS"); do times+=("$(server_time "${args[@]}" "$base$url")"); done
    local spaced=()
    for _ in $(seq 1 "$SPACED"); do sleep 1.1; spaced+=("$(server_time "${args[@]}" "$base$url")"); done
    local median spacedmedian
    median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    spacedmedian=$(printf '%s\n' "${spaced[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    echo "$label|$url|$first|$median|$spacedmedian" >>"$WORK/raw.txt"
    printf '%-44s %10s %10s %7s %12s %7s\n' "$url" "$(ms "$first")" "$(ms "$median")" "$(awk -v f="$first" -v m="$median" 'BEGIN { printf "%.2f", f / m }')" \
      "$(ms "$spacedmedian")" "$(awk -v f="$first" -v m="$spacedmedian" 'BEGIN { printf "%.2f", f / m }')"
  done
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

# COLD=0 skips the run without the warm-up (when only the shipped start is of interest).
[ "${COLD:-1}" = 1 ] && measure_run "without warm-up" false
# A first request is one sample on a shared machine: the shipped start is measured STARTS times (default 3), and the
# summary gives per address the median of the first requests, the slowest of them, and both against the median of the
# starts' medians of the later requests.
STARTS=${STARTS:-3}
for _ in $(seq 1 "$STARTS"); do measure_run "with warm-up" true; done
echo "== summary of $STARTS starts with the warm-up (ms; ratios against the median of the back-to-back medians)"
printf '%-44s %12s %10s %10s %10s %10s\n' "address" "first (med)" "slowest" "median" "ratio" "worst"
grep '^with warm-up|' "$WORK/raw.txt" | awk -F'|' '
  { k = $2; if (!(k in seen)) { order[++n] = k; seen[k] = 1 } firsts[k] = firsts[k] " " $3; medians[k] = medians[k] " " $4 }
  function med(list,   a, c, i, j, t) { c = split(list, a, " "); for (i = 1; i <= c; i++) for (j = i + 1; j <= c; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t } return a[int((c + 1) / 2)] }
  function maxof(list,   a, c, i, m) { c = split(list, a, " "); m = a[1]; for (i = 2; i <= c; i++) if (a[i] + 0 > m + 0) m = a[i]; return m }
  END { for (i = 1; i <= n; i++) { k = order[i]; f = med(firsts[k]); w = maxof(firsts[k]); m = med(medians[k])
        printf "%-44s %12.1f %10.1f %10.1f %10.2f %10.2f\n", k, f * 1000, w * 1000, m * 1000, f / m, w / m } }'
