#!/usr/bin/env bash
# How close each hot path runs to the server's own ceiling. One run of the jar, started through
# ./openplate (so with its default JVM options), measures:
#   - start-up: launch to the first 200 on /health, and to the first food search with hits, on an
#     empty data directory;
#   - with wrk -t2 -c16 (after a warm-up that lasts until the JIT has compiled the path: see settle, then
#     WRK_SECONDS): GET /health, food search (bench/search.lua,
#     25 rotating queries; and bench/search-distinct.lua, 4,800 word pairs drawn at random, which
#     mostly miss the search's memory of recent answers), one day's summary (a user with 5 years x ~15
#     entries a day: bench/diary.lua with OPENPLATE_DAYS=14 pages through the last 14 days, which the server keeps
#     rendered; bench/diary.lua strides through all 1,826 days, which the server's default budget of kept days
#     (4,096 days in 16 MiB, compressed) holds after the first pass) and adding
#     a diary entry (bench/add.lua, POST); req/s, p50, p99 and the ratio to /health;
#   - before those, on a start with keeping days off (-Dopenplate.dayCache.days=0): /health and the
#     5-year stride, every day built afresh ("day-built"), as a ratio to that start's /health (first, so
#     that the days hold the ~15 entries loaded, not the thousands of entries the add run spreads over them);
#   - RSS after the load, optionally after MIX_SECONDS of mixed load (search + day + add at once), and
#     the live heap after a full GC. With RATIOS_NMT=1 the JVM tracks its native memory, and where the RSS
#     went after the mixed load is printed: the JVM's own account by area, and the process's memory that
#     is anonymous (heap, malloc: the database's page caches, zlib) or mapped from files (the index, the jar).
# The same table is printed for embedded SQLite and, with --postgres, for PostgreSQL (embedded, started
# by the benchmark loader). Usage: bench/ratios.sh [--postgres] [WRK_SECONDS] [MIX_SECONDS]
# (about 8 minutes for SQLite with the defaults 15 0, most of it warming each path up; ~60 MB under target/)
set -euo pipefail
cd "$(dirname "$0")/.."
dbs=sqlite
if [ "${1:-}" = "--postgres" ]; then dbs="sqlite postgres"; shift; fi
secs=${1:-15}
mix=${2:-0}
mvn=./mvnw; [ -x "$mvn" ] || mvn=mvn
. bench/newest-jdk.sh
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jcmd="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"
jstat="${JAVA_HOME:+$JAVA_HOME/bin/}jstat"
if [ ! -f target/openplate.jar ] || [ ! -f target/test-classes/org/openplate/bench/DiaryBenchmark.class ] \
   || [ -n "$(find src pom.xml -newer target/openplate.jar -type f -print -quit)" ]; then
  $mvn -B -q -ntp package -DskipTests -DskipBrowserTests
fi
[ -f target/bench-classpath.txt ] && [ target/bench-classpath.txt -nt pom.xml ] \
  || $mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq wrk >/dev/null
  else sudo apt-get install -y -qq wrk >/dev/null; fi
fi
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
port=18093
base="http://127.0.0.1:$port"
work=target/bench-ratios
mkdir -p "$work"
pid=
. bench/postgres-hold.sh
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  release_postgres
}
trap cleanup EXIT
ms() { date +%s%N | cut -c1-13; }
rss() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status"; }

# start DIR [ARGS...]: the jar through ./openplate with its default JVM options; sets pid and the start-up times.
start() {
  local dir=$1; shift
  if curl -s -o /dev/null "$base/health"; then echo "port $port is in use: stop what listens there first"; exit 1; fi
  local t0; t0=$(ms)
  ./openplate --port $port --data-dir "$dir" "$@" > "$dir.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "$base/health"; do
    kill -0 "$pid" 2>/dev/null || { cat "$dir.log"; exit 1; }
    sleep 0.01
  done
  health_ms=$(( $(ms) - t0 ))
  until curl -sf "$base/api/v1/foods?q=banana&limit=1" | grep -q '"id"'; do
    kill -0 "$pid" 2>/dev/null || { cat "$dir.log"; exit 1; }
    sleep 0.02
  done
  search_ms=$(( $(ms) - t0 ))
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

. bench/settle.sh

# measure NAME URL [LUA]: wrk -t2 -c16 after the path has settled; appends "name req/s p50 p99" to $rows.
measure() {
  local name=$1 url=$2 lua=${3:-}
  local args=(-t2 -c16 --latency)
  [ -n "$lua" ] && args+=(-s "$lua")
  settle "$pid" "$url" "${args[@]}"
  local out; out=$(wrk "${args[@]}" -d"${secs}s" "$url")
  if echo "$out" | grep -q "Non-2xx"; then echo "$name: $(echo "$out" | grep Non-2xx)" >&2; fi
  local rps p50 p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {printf "%d", $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  rows+="$name $rps $p50 $p99"$'\n'
}

"$java" -version 2>&1 | head -1
# On JDK 25+ the first ./openplate after a build records the AOT cache (a training run): not part of a start.
./openplate --version
echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'); machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "$(ls target/openplate-*.aot 2>/dev/null)" ] && echo "start-up uses the AOT cache $(ls target/openplate-*.aot)"

# 1. Start-up on an empty data directory (the first start also creates the database and loads the bundle).
rm -rf "$work/empty"; mkdir -p "$work/empty"
start "$work/empty"
echo "start-up, empty data directory: first 200 on /health after ${health_ms} ms, first search with hits after ${search_ms} ms"
stop
start "$work/empty"
echo "start-up, second start:         first 200 on /health after ${health_ms} ms, first search with hits after ${search_ms} ms"
stop
# the native-memory breakdown (RATIOS_NMT=1) costs a little on every allocation: not during the start-up figures
[ "${RATIOS_NMT:-0}" = 1 ] && export JAVA_OPTS="${JAVA_OPTS:-} -XX:NativeMemoryTracking=summary"

# sign_in: signs the benchmark user in and exports what the wrk scripts need (session, CSRF token, foods).
sign_in() {
  jar=$(mktemp)
  csrf=$(curl -sf -c "$jar" -b "$jar" "$base/signin" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" \
    --data-urlencode "email=bench@openplate.test" --data-urlencode "password=bench-diary-password" "$base/signin"
  session=$(awk '$6 == "op_session" {print $7}' "$jar")
  rm -f "$jar"
  [ -n "$session" ] || { echo "sign-in failed"; exit 1; }
  export OPENPLATE_SESSION=$session
  OPENPLATE_CSRF=$(curl -sfL -H "Cookie: op_session=$session" "$base/diary" \
    | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  export OPENPLATE_CSRF
  OPENPLATE_FOODS=$(for q in banana oatmeal 2%25%20milk chicken%20breast apple rice; do
      curl -sf "$base/api/v1/foods?q=$q&limit=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2; done | paste -sd,)
  export OPENPLATE_FOODS
  day=$(curl -sf -H "Cookie: op_session=$session" "$base/api/v1/diary/days/$(date -u +%F)" | wc -c)
  echo "signed in; today's summary is $day bytes of JSON; foods for adding: $OPENPLATE_FOODS"
}

for db in $dbs; do
  echo
  echo "== $db: loading one user with 5 years of diary (DiaryBenchmark)"
  rm -f "$work/hold"
  dir="$work/$db"
  if [ "$db" = sqlite ]; then
    "$java" -Xmx1g -Dopenplate.bench.measure=false -cp "$cp" org.openplate.bench.DiaryBenchmark "$dir" 2>&1 \
      | grep -E "^loaded"
    args=("$dir")
  else
    hold_postgres "$dir"
    grep -E "^loaded" "$work/loader-pg.log"
    mkdir -p "$dir-jar"
    args=("$dir-jar" "${pg_args[@]}")
  fi
  # Every day built afresh, first, while the days hold what was loaded (the adds measured later grow them):
  # the same server with keeping day summaries off.
  JAVA_OPTS="${JAVA_OPTS:-} -Dopenplate.dayCache.days=0" start "${args[@]}"
  sign_in
  rows=""
  warmups=""
  measure health-2 "$base/health"
  measure day-built "$base" bench/diary.lua
  built=$rows
  stop
  start "${args[@]}"
  sign_in
  rows=""
  measure health "$base/health"
  measure search "$base" bench/search.lua
  measure search-distinct "$base" bench/search-distinct.lua
  OPENPLATE_DAYS=14 measure day-kept "$base" bench/diary.lua
  measure day "$base" bench/diary.lua
  measure add "$base" bench/add.lua
  rss_after=$(rss)
  if [ "$mix" -gt 0 ]; then
    echo "mixed load for ${mix} s (search, day and add at once)..."
    wrk -t1 -c6 -d"${mix}s" -s bench/search.lua "$base" > /dev/null &
    w1=$!
    wrk -t1 -c6 -d"${mix}s" -s bench/diary.lua "$base" > /dev/null &
    w2=$!
    wrk -t1 -c4 -d"${mix}s" -s bench/add.lua "$base" > /dev/null
    wait $w1 $w2
  fi
  rss_load=$(rss)
  if [ "${RATIOS_NMT:-0}" = 1 ]; then
    echo "where the RSS is after the mixed load ($db), by the JVM's account (committed, MB):"
    "$jcmd" "$pid" VM.native_memory summary scale=MB | awk '/^Total:/ || /^-/ {sub(/^-/, ""); print "  " $0}' \
      | sed -E 's/\(?reserved=[0-9]+MB, committed=([0-9]+)MB[^)]*\)?/\1/'
    awk '/^(Rss|Anonymous|Pss_File|Shared_Clean|Private_Clean):/ {printf "  %s %d MB\n", $1, $2 / 1024}' \
      "/proc/$pid/smaps_rollup"
  fi
  "$jcmd" "$pid" GC.run > /dev/null
  live=$("$jcmd" "$pid" GC.heap_info | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub("K,?", "", v); t += v}} END {printf "%d", t / 1024}')
  rss_gc=$(rss)
  stop
  release_postgres

  health=$(echo "$rows" | awk '$1 == "health" {print $2}')
  echo
  echo "| $db, wrk -t2 -c16 -d${secs}s | req/s | p50 | p99 | ratio to /health |"
  echo "|---|---:|---:|---:|---:|"
  echo -n "$rows" | awk -v h="$health" '{printf "| %s | %d | %s | %s | %.0f %% |\n", $1, $2, $3, $4, 100 * $2 / h}'
  health2=$(echo "$built" | awk '$1 == "health-2" {print $2}')
  echo -n "$built" | awk -v h="$health2" '{printf "| %s | %d | %s | %s | %.0f %% |\n", $1, $2, $3, $4, 100 * $2 / h}'
  echo
  echo "warm-up per path until the JIT settled (s): ${warmups}"
  echo "RSS after the measured runs: ${rss_after} MB; after ${mix} s more of mixed load: ${rss_load} MB;"
  echo "heap in use after a full GC: ${live} MB (RSS then ${rss_gc} MB)"
done
