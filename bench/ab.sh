#!/usr/bin/env bash
# Before and after one change, in the same minutes: two builds of the jar take turns on the same data
# (a user with 5 years of diary, loaded once by DiaryBenchmark into target/bench-ab/data), each round
# measuring the paths in AB_PATHS with wrk -t2 -c16 (a warm-up of WARM seconds, then SECONDS):
#   health    GET /health
#   search    the food search, 25 repeating queries (bench/search.lua)
#   distinct  distinct searches that mostly miss the search's memory (bench/search-distinct.lua)
#   kept      the day summary, paging through the last 14 days, which the server keeps (bench/diary.lua)
#   day       the day summary, striding through 5 years of days (bench/diary.lua)
#   kept-gzip, day-gzip  the same two, asking for gzip as browsers do (Accept-Encoding: gzip)
#   add       adding an entry (bench/add.lua)
# For each it prints req/s, p99 and the server's CPU time per request (utime + stime of the process over
# the run, divided by the requests), and the ratio to /health of the same start. Alternating the builds,
# with several rounds, is what makes a comparison meaningful on a machine whose neighbours take CPU:
# compare CPU per request within a path, and lines of the same round. The JIT keeps compiling for 25-30 s
# of load (docs/benchmarks.md, eighth round): WARM=30 or more for paths with much code (distinct, day, add).
# AB_DB=postgres loads the user into an embedded PostgreSQL before each start instead (CPU per request then
# counts the database's processes too). BEFORE_OPTS and AFTER_OPTS add JVM options to one side (e.g. the same jar with a setting on and off).
# AB_SYSCALL=pread64 (any name under perf's syscalls:sys_enter_*) also counts that system call of the server over
# each measured run with perf, and prints it per request: a figure the machine's noise does not move.
# Adds write, so put add last in AB_PATHS: the days read after it would hold its entries too.
# Usage: [WARM=3] [AB_PATHS="health search distinct day add"] bench/ab.sh BEFORE.jar AFTER.jar [ROUNDS] [SECONDS]
# (e.g. copy target/openplate.jar aside, make the change, rebuild, then run it with both); about
# (paths x (SECONDS + WARM) + 10) s per jar and round.
set -eu
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { sed -n '2,/^set -eu/p' "$0" | sed '$d'; exit 2; }
warm=${WARM:-3}
paths=${AB_PATHS:-health search distinct day add}
db=${AB_DB:-sqlite}
before=$1; after=$2; rounds=${3:-2}; secs=${4:-8}
. bench/newest-jdk.sh
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! command -v wrk >/dev/null 2>&1; then  # the Debian package
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq wrk >/dev/null; else sudo apt-get install -y -qq wrk >/dev/null; fi
fi
if [ -n "${AB_SYSCALL:-}" ] && ! command -v perf >/dev/null 2>&1; then  # the Debian package
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq linux-perf >/dev/null; else sudo apt-get install -y -qq linux-perf >/dev/null; fi
fi
port=18094
base="http://127.0.0.1:$port"
work=target/bench-ab
mkdir -p "$work"
mvn=./mvnw; [ -x "$mvn" ] || mvn=mvn
[ -f target/test-classes/org/openplate/bench/DiaryBenchmark.class ] || $mvn -B -q -ntp test-compile -DskipBrowserTests
[ -f target/bench-classpath.txt ] || $mvn -B -q -ntp dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
if [ "$db" = sqlite ] && [ ! -d "$work/data" ]; then
  "$java" -Xmx1g -Dopenplate.bench.measure=false -cp "$cp" org.openplate.bench.DiaryBenchmark "$work/data" 2>&1 \
    | grep -E "^loaded"
fi
pid=
. bench/postgres-hold.sh
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; release_postgres' EXIT
hz=$(getconf CLK_TCK)
# CPU ticks of the server, and with AB_DB=postgres of the database's processes too (the pool's backends stay
# the same during a run)
ticks() {
  if [ "$db" = postgres ]; then
    cat "/proc/$pid/stat" $(pgrep -x postgres | sed 's|.*|/proc/&/stat|') 2>/dev/null | awk '{t += $14 + $15} END {print t}'
  else
    awk '{print $14 + $15}' "/proc/$pid/stat"
  fi
}

# run NAME ARGS...: warm-up, then the measured run; prints "req/s p99 cpu-us-per-request"
run() {
  wrk -t2 -c16 -d"${warm}s" "$@" > /dev/null
  local t0 t1 out
  local counter= calls=0
  if [ -n "${AB_SYSCALL:-}" ]; then
    perf stat -x, -e "syscalls:sys_enter_$AB_SYSCALL" -p "$pid" -o "$work/perf.txt" 2>/dev/null &
    counter=$!
  fi
  t0=$(ticks)
  out=$(wrk -t2 -c16 -d"${secs}s" --latency "$@")
  t1=$(ticks)
  if [ -n "$counter" ]; then
    kill -INT "$counter"; wait "$counter" 2>/dev/null || true
    calls=$(awk -F, '$3 ~ /syscalls/ {print $1}' "$work/perf.txt")
  fi
  echo "$out" | awk -v dt=$((t1 - t0)) -v hz="$hz" -v calls="${calls:-0}" '/requests in/ {n = $1} /Requests\/sec/ {r = $2}
    $1 == "99%" {p = $2} END {printf "%d %s %d %.1f", r, p, dt * 1e6 / hz / n, calls / n}'
}

one() {
  local jar=$1
  if curl -s -o /dev/null "$base/health"; then echo "port $port is in use"; exit 1; fi
  # each start on a fresh copy of the data: the adds of one run would otherwise grow the days the next reads
  rm -rf "$work/run"; local dbargs=()
  if [ "$db" = postgres ]; then  # the same user loaded afresh into an embedded PostgreSQL, held while measured
    hold_postgres "$work/pg"
    mkdir -p "$work/run"
    dbargs=("${pg_args[@]}")
  else
    cp -r "$work/data" "$work/run"
  fi
  MALLOC_ARENA_MAX=2 "$java" -Xms64m -Xmx256m -Xmn32m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m \
    -XX:ReservedCodeCacheSize=64m -Xss512k $2 -jar "$jar" --port $port --data-dir "$work/run" "${dbargs[@]}" \
    > "$work/server.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "$base/health"; do
    kill -0 "$pid" 2>/dev/null || { tail -5 "$work/server.log"; exit 1; }
    sleep 0.1
  done
  local cj; cj=$(mktemp)
  local csrf; csrf=$(curl -sf -c "$cj" -b "$cj" "$base/signin" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -c "$cj" -b "$cj" --data-urlencode "_csrf=$csrf" \
    --data-urlencode "email=bench@openplate.test" --data-urlencode "password=bench-diary-password" "$base/signin"
  OPENPLATE_SESSION=$(awk '$6 == "op_session" {print $7}' "$cj"); rm -f "$cj"
  OPENPLATE_CSRF=$(curl -sfL -H "Cookie: op_session=$OPENPLATE_SESSION" "$base/diary" \
    | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  OPENPLATE_FOODS=$(for q in banana oatmeal 2%25%20milk chicken%20breast apple rice; do
      curl -sf "$base/api/v1/foods?q=$q&limit=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2 || true; done \
    | paste -sd,)
  export OPENPLATE_SESSION OPENPLATE_CSRF OPENPLATE_FOODS
  local line path res health=
  line=$(printf '%-22s' "$(basename "$jar")${2:+ $2}")
  for path in $paths; do
    case $path in
      health) res=$(run "$base/health") ;;
      search) res=$(run -s bench/search.lua "$base") ;;
      distinct) res=$(run -s bench/search-distinct.lua "$base") ;;
      kept) res=$(OPENPLATE_DAYS=14 run -s bench/diary.lua "$base") ;;
      day) res=$(run -s bench/diary.lua "$base") ;;
      kept-gzip) res=$(OPENPLATE_DAYS=14 OPENPLATE_GZIP=1 run -s bench/diary.lua "$base") ;;
      day-gzip) res=$(OPENPLATE_GZIP=1 run -s bench/diary.lua "$base") ;;
      add) res=$(run -s bench/add.lua "$base") ;;
      *) echo "unknown path '$path' in AB_PATHS" >&2; exit 2 ;;
    esac
    [ "$path" = health ] && health=${res%% *}
    line="$line$(echo "$res" | awk -v label="$path" -v h="${health:-0}" '{
      ratio = h > 0 && label != "health" ? sprintf(" (%4.1f %%)", 100 * $1 / h) : ""
      calls = ENVIRON["AB_SYSCALL"] != "" ? sprintf(" %5.1f %s", $4, ENVIRON["AB_SYSCALL"]) : ""
      printf " %s %5d req/s%s p99 %-8s %5d us%s |", label, $1, ratio, $2, $3, calls }')"
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  release_postgres
  echo "$line"
}

echo "$("$java" -version 2>&1 | head -1); $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$rounds"); do
  echo "round $r"
  one "$before" "${BEFORE_OPTS:-}"
  one "$after" "${AFTER_OPTS:-}"
done
