#!/usr/bin/env bash
# Load benchmark of the online survey (/ankieta) against a Release build on 127.0.0.1 with a fresh
# SQLite file, and the page weight of a first visit. See docs/benchmarks.md.
#
#   bench/run-load.sh [DURATION_SECONDS] [USERS]        e.g. bench/run-load.sh 20 8,32,64
#
# Environment (all optional):
#   WARMUP=5           warm-up seconds before each phase (not counted)
#   INITIAL_WARMUP=30  load before the first phase, so the server's tiered JIT has optimised its code
#   PORT=5099          port on 127.0.0.1
#   QUIET_WAIT=120     before each phase wait up to this many seconds for other processes to go quiet
#   BUSY_RETRIES=3     repeat a phase during which other processes used more than 0.3 cores
#   COMPRESSION=1      0: the driver does not ask for compressed pages
#   SERVER_ENV="A=1 B=2"  extra environment for the server (experiments, e.g. DOTNET_gcServer=0)
#   KEEP=1             keep the temporary folder (published build, database, logs, CSV)
#   SRC=/path          benchmark the web application of another source tree (e.g. an exported commit);
#                      default: this repository
#
# The submission rate limit is configuration and is raised for the benchmark
# (Survey__SubmissionLimit__PermitLimit=100000000); everything else runs as configured.
set -euo pipefail

DURATION=${1:-20}
USERS=${2:-8,32,64}
WARMUP=${WARMUP:-5}
INITIAL_WARMUP=${INITIAL_WARMUP:-30}
PORT=${PORT:-5099}
QUIET_WAIT=${QUIET_WAIT:-120}
BUSY_RETRIES=${BUSY_RETRIES:-3}
COMPRESSION=${COMPRESSION:-1}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SRC=$(cd "${SRC:-$ROOT}" && pwd)
WORK=$(mktemp -d /tmp/glosklienta-bench.XXXXXX)
BASE="http://127.0.0.1:$PORT"
SERVER_PID=""
SAMPLER_PID=""

log() { printf '[bench] %s\n' "$*" >&2; }

cleanup() {
  if [ -n "$SAMPLER_PID" ]; then kill "$SAMPLER_PID" 2>/dev/null || true; fi
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

if curl -s -o /dev/null "$BASE/" 2>/dev/null; then
  log "something already answers on $BASE; choose another PORT"; exit 1
fi

log "publishing the web application (Release) from $SRC to $WORK/web"
# Style warnings (errors in normal builds) do not stop a benchmark.
dotnet publish "$SRC/src/GlosKlienta.Web/GlosKlienta.Web.csproj" -c Release -o "$WORK/web" -p:TreatWarningsAsErrors=false -nologo -v quiet >"$WORK/publish.log" 2>&1 \
  || { tail -30 "$WORK/publish.log"; exit 1; }
log "building the load driver (Release)"
dotnet build "$ROOT/bench/GlosKlienta.Bench.Load/GlosKlienta.Bench.Load.csproj" -c Release -o "$WORK/driver" -p:TreatWarningsAsErrors=false -nologo -v quiet >"$WORK/driver-build.log" 2>&1 \
  || { tail -30 "$WORK/driver-build.log"; exit 1; }

mkdir -p "$WORK/db"
DB="$WORK/db/glosklienta.db"
# Production refuses to start without a certificate for the data-protection keys: a throwaway one, as the README makes it.
DP_PASSWORD=bench-$$
openssl req -x509 -newkey rsa:2048 -sha256 -days 2 -nodes -subj "/CN=GlosKlienta bench" \
  -keyout "$WORK/dp.key" -out "$WORK/dp.crt" >/dev/null 2>&1 \
  && openssl pkcs12 -export -inkey "$WORK/dp.key" -in "$WORK/dp.crt" -out "$WORK/dp.pfx" -passout "pass:$DP_PASSWORD" \
  || { log "openssl could not make the data-protection certificate"; exit 1; }
log "starting the server on $BASE with database $DB"
(
  cd "$WORK/web"
  # shellcheck disable=SC2086
  exec env ASPNETCORE_ENVIRONMENT=Production \
    Database__Provider=Sqlite ConnectionStrings__GlosKlienta= Database__SqlitePath="$DB" \
    DataProtection__Certificate__Path="$WORK/dp.pfx" DataProtection__Certificate__Password="$DP_PASSWORD" \
    Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft=Warning Logging__LogLevel__Microsoft.AspNetCore=Warning \
    Logging__LogLevel__Microsoft.EntityFrameworkCore=Error \
    Survey__SubmissionLimit__PermitLimit=100000000 \
    ${SERVER_ENV:-} \
    ./GlosKlienta.Web --urls "$BASE"
) >"$WORK/server.log" 2>&1 &
SERVER_PID=$!

for _ in $(seq 1 120); do
  if curl -sf -o /dev/null "$BASE/ankieta"; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then log "the server stopped:"; cat "$WORK/server.log" >&2; exit 1; fi
  sleep 0.5
done
curl -sf -o /dev/null "$BASE/ankieta" || { log "the server does not answer"; cat "$WORK/server.log" >&2; exit 1; }
STARTUP_RSS=$(awk '/^VmRSS:/{print $2}' "/proc/$SERVER_PID/status")

# Highest resident memory of the server over the whole run, warm-ups included (the driver reports each phase's peak).
(
  max=0
  while kill -0 "$SERVER_PID" 2>/dev/null; do
    rss=$(awk '/^VmRSS:/{print $2}' "/proc/$SERVER_PID/status" 2>/dev/null || echo 0)
    [ "${rss:-0}" -gt "$max" ] && max=$rss && echo "$max" >"$WORK/rss-max"
    sleep 0.2
  done
) &
SAMPLER_PID=$!

CPU_MODEL=$(awk -F': ' '/^model name/{print $2; exit}' /proc/cpuinfo)
MEM=$(awk '/^MemTotal:/{printf "%.1f GiB", $2/1048576}' /proc/meminfo)
OS=$(. /etc/os-release && echo "$PRETTY_NAME")
echo "Machine: $(nproc) cores, $CPU_MODEL, $MEM, $OS, kernel $(uname -r)"
echo "dotnet SDK $(dotnet --version), runtime $(dotnet --list-runtimes | awk '/Microsoft.AspNetCore.App/{v=$2} END{print v}') (ASP.NET Core)"
echo "Server: Release build, SQLite (WAL) at $DB, started with ${STARTUP_RSS} KiB resident${SERVER_ENV:+, extra environment: $SERVER_ENV}"
echo

"$WORK/driver/GlosKlienta.Bench.Load" page-weight --url "$BASE"
echo

DRIVER_ARGS=(load --url "$BASE" --users "$USERS" --duration "$DURATION" --warmup "$WARMUP" --initial-warmup "$INITIAL_WARMUP"
  --server-pid "$SERVER_PID" --db "$DB" --csv "$WORK/load.csv" --quiet-wait "$QUIET_WAIT" --busy-retries "$BUSY_RETRIES")
[ "$COMPRESSION" = 0 ] && DRIVER_ARGS+=(--no-compression)
status=0
"$WORK/driver/GlosKlienta.Bench.Load" "${DRIVER_ARGS[@]}" || status=$?

echo
echo "Server peak resident memory over the whole run (sampled every 200 ms, warm-ups included): $(( $(cat "$WORK/rss-max" 2>/dev/null || echo 0) / 1024 )) MiB; VmHWM since the last phase began: $(awk '/^VmHWM:/{print int($2/1024)}' "/proc/$SERVER_PID/status") MiB"
echo "Stored rows in total: $(sqlite3 "$DB" 'SELECT COUNT(*) FROM SurveyResponses' 2>/dev/null || echo '(sqlite3 not installed)')"
if grep -qiE 'fail|exception' "$WORK/server.log"; then
  echo "The server logged errors:"; grep -iE -m 20 'fail|exception' "$WORK/server.log"
fi
exit $status
