#!/usr/bin/env bash
# Runs the commands of docs/operations.md on this machine, in the guide's order, against a private PostgreSQL server,
# so the guide cannot drift from what works:
#   publish -> check the systemd unit -> make the data-protection certificate -> migrate -> create-admin ->
#   two production instances on one database behind forwarded headers (health, HSTS, a session shared by both,
#   the Prometheus listener apart from the app's port) -> backup -> upgrade (backup, migrate, start) ->
#   restore into an empty database -> the restored export equals the original.
# Only 127.0.0.1 is addressed. Usage: scripts/operations-check.sh   (about two minutes; exit code 0 when all holds)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=$(mktemp -d /tmp/samordna-ops.XXXXXX)
PIDS=()
PG_DIR=""
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -n "$PG_DIR" ] && scripts/pg-stop.sh "$PG_DIR" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "FEL: $*"; exit 1; }
step() { echo "== $*"; }
free_port() { local p=$(( 20000 + RANDOM % 20000 )); while (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; do p=$((p + 1)); done; echo "$p"; }

step "publish (docs/operations.md §1)"
dotnet publish src/Samordna.Web -c Release -o "$WORK/app" -nologo -v quiet -clp:ErrorsOnly >/dev/null
APP="$WORK/app/Samordna.Web.dll"

step "the systemd unit is valid (§2)"
systemd-analyze verify deploy/samordna.service

step "a data-protection certificate (§2)"
openssl req -x509 -newkey rsa:3072 -sha256 -days 3650 -nodes -subj "/CN=Samordna data protection" \
  -keyout "$WORK/dataprotection.key" -out "$WORK/dataprotection.crt" 2>/dev/null
openssl pkcs12 -export -inkey "$WORK/dataprotection.key" -in "$WORK/dataprotection.crt" \
  -out "$WORK/dataprotection.pfx" -passout pass:check-only

step "a PostgreSQL database (a private server for this check)"
mapfile -t pg < <(scripts/pg-start.sh)
PG_DIR=${pg[0]}
ADMIN=${pg[1]}
PORT_PG=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$ADMIN")
PGPASSWORD=app psql -h 127.0.0.1 -p "$PORT_PG" -U app -d appdb -q -c "CREATE DATABASE samordna" -c "CREATE DATABASE samordna_restore"
DB="Host=127.0.0.1;Port=$PORT_PG;Username=app;Password=app;Database=samordna"
RESTORE_DB="Host=127.0.0.1;Port=$PORT_PG;Username=app;Password=app;Database=samordna_restore"

# What /etc/samordna/samordna.env holds (deploy/samordna.env.example).
export ASPNETCORE_ENVIRONMENT=Production
export Database__Provider=Postgres
export DataProtection__CertificatePath="$WORK/dataprotection.pfx"
export DataProtection__CertificatePassword=check-only
export Security__TrustForwardedHeaders=true
export Logging__LogLevel__Default=Warning

step "migrate (§3)"
out=$(Database__ConnectionString="$DB" dotnet "$APP" migrate 2>&1)
echo "$out" | tail -1
grep -q '"LogLevel":"Error"' <<<"$out" && fail "migrate logged an error"
grep -q "Tillämpade" <<<"$out" || fail "migrate applied nothing"

step "create-admin (§3)"
Database__ConnectionString="$DB" SAMORDNA_ADMIN_PASSWORD="Drift-kontroll-lösenord-2026" \
  dotnet "$APP" create-admin --email drift@example.se --name "Driftansvarig"

start_instance() { # port, extra env...
  local port=$1; shift
  (cd "$WORK/app" && exec env ASPNETCORE_URLS="http://127.0.0.1:$port" Database__ConnectionString="$DB" "$@" dotnet "$APP" >"$WORK/app-$port.log" 2>&1) &
  PIDS+=($!)
}
wait_ready() {
  for _ in $(seq 1 90); do curl -fs "http://127.0.0.1:$1/health/ready" >/dev/null 2>&1 && return 0; sleep 1; done
  tail -20 "$WORK/app-$1.log"; fail "instance on port $1 did not become ready"
}

step "two instances on one PostgreSQL behind a proxy's headers (§4, §5)"
A=$(free_port); B=$(free_port); METRICS=$(free_port)
start_instance "$A" Telemetry__PrometheusPort="$METRICS"
start_instance "$B"
wait_ready "$A"; wait_ready "$B"
curl -fsS "http://127.0.0.1:$A/health/live" >/dev/null
curl -fsS "http://127.0.0.1:$B/health/ready" >/dev/null
headers=$(curl -fsS -o /dev/null -D - -H "Host: samordna.example.se" -H "X-Forwarded-Proto: https" "http://127.0.0.1:$A/")
grep -qi "^strict-transport-security:" <<<"$headers" || fail "no HSTS header on a request the proxy marks as HTTPS"

# A session started on one instance is valid on the other (keys and sessions live in the database).
jar="$WORK/cookies.txt"
page=$(curl -fsS -c "$jar" -H "X-Forwarded-Proto: https" "http://127.0.0.1:$A/logga-in")
token=$(grep -o '<input name="__af" type="hidden" value="[^"]*"' <<<"$page" | sed 's/.*value="//; s/"$//' | head -1)
[ -n "$token" ] || fail "no antiforgery token on the sign-in page"
curl -fsS -o /dev/null -b "$jar" -c "$jar" -H "X-Forwarded-Proto: https" \
  --data-urlencode "Input.Email=drift@example.se" --data-urlencode "Input.Password=Drift-kontroll-lösenord-2026" \
  --data-urlencode "__af=$token" "http://127.0.0.1:$A/logga-in"
code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -H "X-Forwarded-Proto: https" "http://127.0.0.1:$B/konto")
[ "$code" = 200 ] || fail "the session from instance A is not valid on instance B (HTTP $code)"

step "metrics on their own port, not on the app's (§7)"
curl -fsS "http://127.0.0.1:$METRICS/metrics" | grep -q "http_server_request_duration" || fail "no request metrics on the Prometheus port"
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$A/metrics")
[ "$code" = 404 ] || fail "/metrics answered $code on the app's own port"

step "backup while the app runs (§6)"
Database__ConnectionString="$DB" dotnet "$APP" backup --out "$WORK/samordna-backup.zip"

step "upgrade: backup, migrate, start (§6)"
for pid in "${PIDS[@]}"; do kill "$pid"; wait "$pid" 2>/dev/null || true; done
PIDS=()
Database__ConnectionString="$DB" dotnet "$APP" backup --out "$WORK/before-upgrade.zip"
Database__ConnectionString="$DB" dotnet "$APP" migrate | tail -1
Database__ConnectionString="$DB" dotnet "$APP" export-all --out "$WORK/export-original" >/dev/null
start_instance "$A"
wait_ready "$A"

step "restore into an empty database, and compare (§6)"
Database__ConnectionString="$RESTORE_DB" dotnet "$APP" restore "$WORK/before-upgrade.zip"
Database__ConnectionString="$RESTORE_DB" dotnet "$APP" export-all --out "$WORK/export-restored" >/dev/null
diff -r "$WORK/export-original" "$WORK/export-restored" >/dev/null || fail "the restored database differs from the original"
refused=$(Database__ConnectionString="$RESTORE_DB" dotnet "$APP" restore "$WORK/before-upgrade.zip" 2>&1 || true)
grep -qi "tom" <<<"$refused" || fail "restore into a non-empty database was not refused: $refused"

echo "Alla steg i docs/operations.md fungerade."
