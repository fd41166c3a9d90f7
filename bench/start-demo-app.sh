# Sourced by the load scripts: builds the app in Release and starts it on a private SQLite database with the demo
# data on a random port of 127.0.0.1. Sets WORK (a scratch folder), BASE (the app's address) and APP_PID, and
# stops the app and removes WORK when the script exits.
WORK=$(mktemp -d /tmp/samordna-bench.XXXXXX)
PORT=$(( 20000 + RANDOM % 20000 ))
BASE="http://127.0.0.1:$PORT"
APP_PID=""
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

echo "== build (Release)"
dotnet build src/Samordna.Web -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null

echo "== start the app with demo data on $BASE"
(cd src/Samordna.Web && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$BASE" Database__SqlitePath="$WORK/bench.db" \
  Logging__LogLevel__Default=Warning exec dotnet bin/Release/net10.0/Samordna.Web.dll >"$WORK/app.log" 2>&1) &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs "$BASE/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$BASE/health/ready" >/dev/null || { echo "The app did not start:"; tail -20 "$WORK/app.log"; exit 1; }
