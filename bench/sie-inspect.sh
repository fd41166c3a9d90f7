#!/usr/bin/env bash
# `sie inspect` of a generated SIE 4E file with 200 000 transaction rows, beside merely reading the same file's lines in
# the same run (the SIE reader issue, benchmark).
#
#   bench/sie-inspect.sh [rows] [runs]     (defaults 200 000 #TRANS rows, 5 runs of each step)
#
# Builds the app in Release and generates, with python3, a type 4E file in code page 437: #KSUMMA (CRC-32 computed by
# zlib over the field contents, sie4.md §4), 250 accounts with Swedish names, #IB/#UB/#RES for year 0 consistent with
# the vouchers, and rows/2 vouchers of two #TRANS rows each (a row with an object list every third voucher). Then times
# each step `runs` times, one process each, with date +%s.%N, and prints the median:
#   1. cat FILE > /dev/null and wc -l FILE: the bytes off the (warm) page cache;
#   2. the app starting and stopping (`sie` without arguments: usage, exit 2): part of every app step;
#   3. sie inspect FILE --lines-only: the same stream setup as the reader (the encoding scan, then decoding every line),
#      lines counted and thrown away: the baseline;
#   4. sie inspect FILE --json: the reader (tokens, records, checksum, sums, checks) and the JSON, written to a file;
#      under /usr/bin/time for the peak memory;
#   5. sie import FILE --association …: the whole import into a throwaway SQLite database (issue 11: under 5 s);
#   6. the same import into a throwaway PostgreSQL server (scripts/pg-start.sh, fsync off as in the tests) when
#      PostgreSQL is installed; skipped (and said so) when it is not.
# The ratio is step 4 over step 3, with and without the start-up time of step 2.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-200000}
RUNS=${2:-5}
command -v python3 >/dev/null || { echo "python3 is missing"; exit 1; }

WORK=$(mktemp -d /tmp/samordna-sie-bench.XXXXXX)
trap '[ -n "${KEEP:-}" ] && echo "kept $WORK" || rm -rf "$WORK"' EXIT
APP=$PWD/src/Samordna.Web/bin/Release/net10.0/Samordna.Web.dll
FILE=$WORK/stor.se

echo "== build (Release)"
dotnet build src/Samordna.Web -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null

echo "== generate $ROWS rows"
python3 - "$FILE" "$ROWS" <<'PY'
import sys, zlib, random
path, rows = sys.argv[1], int(sys.argv[2])
random.seed(12)
accounts = [(str(1900 + i), f"Bankkonto {i} för förbundets överföringar") for i in range(50)] \
    + [(str(3000 + i), f"Medlemsbidrag från kommun {i} (årsavgift)") for i in range(100)] \
    + [(str(5000 + i), f"Kostnad för insats {i}: köpta tjänster och lön") for i in range(100)]
banks, incomes, costs = accounts[:50], accounts[50:150], accounts[150:]
ib = {a: random.randint(0, 10**8) for a, _ in banks}
moves = {a: 0 for a, _ in accounts}
lines = [["#FLAGGA", "0"], ["#KSUMMA"], ["#PROGRAM", "Samordna bench", "1.0"], ["#FORMAT", "PC8"], ["#GEN", "20250115"],
         ["#SIETYP", "4"], ["#ORGNR", "222000-0000"], ["#FNAMN", "Samordningsförbundet Prov"], ["#RAR", "0", "20240101", "20241231"],
         ["#RAR", "-1", "20230101", "20231231"], ["#DIM", "1", "Kostnadsställe"], ["#OBJEKT", "1", "100", "Kansliet"]]
lines += [["#KONTO", a, n] for a, n in accounts]
body = []
for v in range(rows // 2):
    bank = banks[v % 50][0]
    other = (incomes if v % 2 else costs)[v % 100][0]
    ore = random.randint(1, 5_000_000)
    amount = f"{ore // 100}.{ore % 100:02d}"
    neg = "-" + amount
    date = f"2024{1 + v % 12:02d}{1 + v % 28:02d}"
    bank_amt, other_amt = (amount, neg) if v % 2 else (neg, amount)
    moves[bank] += ore if v % 2 else -ore
    moves[other] += -ore if v % 2 else ore
    obj = ["1", "100"] if v % 3 == 0 else []
    body.append(["#VER", "A", str(v + 1), date, f"Verifikation {v + 1} för förbundet", date])
    body.append("{")
    body.append(["#TRANS", bank, obj, bank_amt, date, "Överföring"])
    body.append(["#TRANS", other, [], other_amt])
    body.append("}")
def kr(o):
    s = "-" if o < 0 else ""
    o = abs(o)
    return f"{s}{o // 100}.{o % 100:02d}"
for a, _ in banks:
    lines.append(["#IB", "0", a, kr(ib[a])])
    lines.append(["#UB", "0", a, kr(ib[a] + moves[a])])
for a, _ in incomes + costs:
    lines.append(["#RES", "0", a, kr(moves[a])])
lines += body
def render(rec):
    if rec in ("{", "}"):
        return rec
    out = []
    for f in rec:
        if isinstance(f, list):
            out.append("{" + " ".join(f"\"{x}\"" if i % 2 else x for i, x in enumerate(f)) + "}")
        elif f == "" or " " in f or "\"" in f:
            out.append("\"" + f.replace("\"", "\\\"") + "\"")
        else:
            out.append(f)
    return " ".join(out)
crc = 0
for rec in lines[2:]:
    if rec in ("{", "}"):
        continue
    content = "".join("".join(f) if isinstance(f, list) else f for f in rec)
    crc = zlib.crc32(content.encode("cp437"), crc)
lines.append(["#KSUMMA", str(crc)])
with open(path, "wb") as out:
    out.write(("\r\n".join(render(r) for r in lines) + "\r\n").encode("cp437"))
PY
echo "   $(wc -l <"$FILE") lines, $(($(stat -c %s "$FILE") / 1024)) KiB"

now() { date +%s.%N; }
app() { dotnet "$APP" "$@"; }
# timed NAME COMMAND...: runs COMMAND $RUNS times (output to $WORK/NAME.out), writes the median seconds to $WORK/NAME.s.
timed() {
  local name=$1; shift
  for _ in $(seq "$RUNS"); do
    local t0 t1
    t0=$(now); "$@" >"$WORK/$name.out" 2>&1 || true; t1=$(now)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f\n", b - a }'
  done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }' >"$WORK/$name.s"
}

cat "$FILE" >/dev/null # warm the page cache
echo "== 1. cat and wc -l";                timed cat cat "$FILE"; timed wc wc -l "$FILE"
echo "== 2. app start and stop";           timed start app sie
echo "== 3. sie inspect --lines-only";     timed lines app sie inspect "$FILE" --lines-only
echo "== 4. sie inspect --json";           timed inspect app sie inspect "$FILE" --json
cp "$WORK/inspect.out" "$WORK/inspect.json"
mem=$( { /usr/bin/time -f '%M' dotnet "$APP" sie inspect "$FILE" --json >/dev/null; } 2>&1 | tail -1 || echo "?")
# 5. The full import into an association's books (a throwaway SQLite database with one synthetic association); every
#    run after the first replaces the year, as a re-import does.
export Database__SqlitePath="$WORK/books.db" DOTNET_ENVIRONMENT=Development
app migrate >/dev/null
app follow-up generate --participations 100 --associations 1 --seed 1 >/dev/null
echo "== 5. sie import";                    timed import app sie import "$FILE" --association syntetiskt-01
unset Database__SqlitePath

# 6. The same import into PostgreSQL (binary COPY), when a server can be started here.
PG_DIR=""
if ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  mapfile -t pg < <(scripts/pg-start.sh)
  PG_DIR=${pg[0]}
  trap '[ -n "$PG_DIR" ] && scripts/pg-stop.sh "$PG_DIR" >/dev/null 2>&1; [ -n "${KEEP:-}" ] && echo "kept $WORK" || rm -rf "$WORK"' EXIT
  export Database__Provider=Postgres Database__ConnectionString="${pg[1]}"
  app migrate >/dev/null
  app follow-up generate --participations 100 --associations 1 --seed 1 >/dev/null
  echo "== 6. sie import (PostgreSQL)";     timed importpg app sie import "$FILE" --association syntetiskt-01
  unset Database__Provider Database__ConnectionString
else
  echo "== 6. skipped: PostgreSQL is not installed"
fi

grep -q '"errors": \[\]' "$WORK/inspect.json" || { echo "the generated file has errors:"; head -c 2000 "$WORK/inspect.json"; exit 1; }
echo
echo "== $(grep -o '"transactionCount": [0-9]*' "$WORK/inspect.json"), $(grep -o '"voucherCount": [0-9]*' "$WORK/inspect.json"), $(grep -o '"checksum": "[a-z]*"' "$WORK/inspect.json"); $(cat "$WORK/lines.out")"
echo "== medians of $RUNS runs; load average $(cut -d' ' -f1-3 /proc/loadavg); peak RSS of inspect $((mem / 1024)) MiB"
s() { cat "$WORK/$1.s"; }
printf '%-42s %9s\n' "step" "seconds"
printf '%-42s %9.3f\n' "1. cat > /dev/null" "$(s cat)" "1. wc -l" "$(s wc)" "2. app start and stop" "$(s start)" \
  "3. sie inspect --lines-only (baseline)" "$(s lines)" "4. sie inspect --json" "$(s inspect)" "5. sie import (into SQLite)" "$(s import)"
[ -f "$WORK/importpg.s" ] && printf '%-42s %9.3f\n' "6. sie import (into PostgreSQL)" "$(s importpg)"
echo "   import: $(grep -m1 "räkenskapsår" "$WORK/import.out" || head -3 "$WORK/import.out")"
[ -f "$WORK/importpg.out" ] && echo "   import (PostgreSQL): $(grep -m1 "räkenskapsår" "$WORK/importpg.out" || head -3 "$WORK/importpg.out")"
awk -v l="$(s lines)" -v i="$(s inspect)" -v st="$(s start)" 'BEGIN {
  printf "ratio inspect / lines-only:                  %.2f\n", i / l
  printf "ratio without the start-up (4-2) / (3-2):    %.2f  (%.3f s / %.3f s)\n", (i - st) / (l - st), i - st, l - st }'
awk -v l="$(s lines)" -v m="$(s import)" 'BEGIN { printf "ratio import / lines-only:                   %.2f\n", m / l }'
[ -f "$WORK/importpg.s" ] && awk -v l="$(s lines)" -v m="$(s importpg)" 'BEGIN { printf "ratio import (PostgreSQL) / lines-only:      %.2f\n", m / l }'
true
