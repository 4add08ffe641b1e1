#!/usr/bin/env bash
# Before and after one change, in the same minutes: two builds of the jar take turns on the same data
# (a user with 5 years of diary, loaded once by DiaryBenchmark into target/bench-ab/data), each round
# measuring GET /health, the food search (25 repeating queries, then distinct ones that mostly miss the
# search's memory), the day summary and adding an entry with wrk -t2 -c16 (3 s
# warm-up, then SECONDS). For each it prints req/s, p99 and the server's CPU time per request (utime +
# stime of the process over the run, divided by the requests), and the ratio to /health of the same
# start. Alternating the builds, with several rounds, is what makes a comparison meaningful on a
# machine whose neighbours take CPU: compare ratios within a line, and lines of the same round.
# Usage: bench/ab.sh BEFORE.jar AFTER.jar [ROUNDS] [SECONDS]   (e.g. copy target/openplate.jar aside,
# make the change, rebuild, then run it with both); about (5 x (SECONDS + 3) + 10) s per jar and round.
set -eu
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { sed -n '2,10p' "$0"; exit 2; }
before=$1; after=$2; rounds=${3:-2}; secs=${4:-8}
if [ -z "${JAVA_HOME:-}" ]; then
  newest=$(ls -d /usr/lib/jvm/temurin-2[5-9]* /usr/lib/jvm/java-2[5-9]* 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$newest" ] && export JAVA_HOME=$newest
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 1; }
port=18094
base="http://127.0.0.1:$port"
work=target/bench-ab
mkdir -p "$work"
if [ ! -d "$work/data" ]; then
  mvn=./mvnw; [ -x "$mvn" ] || mvn=mvn
  [ -f target/test-classes/org/openplate/bench/DiaryBenchmark.class ] || $mvn -B -q -ntp test-compile -DskipBrowserTests
  [ -f target/bench-classpath.txt ] || $mvn -B -q -ntp dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
  "$java" -Xmx1g -Dopenplate.bench.measure=false -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
    org.openplate.bench.DiaryBenchmark "$work/data" 2>&1 | grep -E "^loaded"
fi
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true' EXIT
hz=$(getconf CLK_TCK)
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }

# run NAME ARGS...: warm-up, then the measured run; prints "req/s p99 cpu-us-per-request"
run() {
  wrk -t2 -c16 -d3s "$@" > /dev/null
  local t0 t1 out
  t0=$(ticks)
  out=$(wrk -t2 -c16 -d"${secs}s" --latency "$@")
  t1=$(ticks)
  echo "$out" | awk -v dt=$((t1 - t0)) -v hz="$hz" '/requests in/ {n = $1} /Requests\/sec/ {r = $2}
    $1 == "99%" {p = $2} END {printf "%d %s %d", r, p, dt * 1e6 / hz / n}'
}

one() {
  local jar=$1
  if curl -s -o /dev/null "$base/health"; then echo "port $port is in use"; exit 1; fi
  MALLOC_ARENA_MAX=2 "$java" -Xms64m -Xmx256m -Xmn32m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m \
    -XX:ReservedCodeCacheSize=64m -Xss512k -jar "$jar" --port $port --data-dir "$work/data" > "$work/server.log" 2>&1 &
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
  local h s d a
  h=$(run "$base/health"); s=$(run -s bench/search.lua "$base"); u=$(run -s bench/search-distinct.lua "$base")
  d=$(run -s bench/diary.lua "$base"); a=$(run -s bench/add.lua "$base")
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  echo "$h|$s|$u|$d|$a" | awk -F'|' -v name="$(basename "$jar")" '{
    split($1, h, " "); printf "%-22s health %6d req/s %5d us |", name, h[1], h[3]
    for (i = 2; i <= 5; i++) { split($i, x, " "); label = i == 2 ? "search" : i == 3 ? "distinct" : i == 4 ? "day" : "add"
      printf " %s %5d req/s (%4.1f %%) p99 %-8s %5d us |", label, x[1], 100 * x[1] / h[1], x[2], x[3] }
    printf "\n" }'
}

echo "$("$java" -version 2>&1 | head -1); $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$rounds"); do
  echo "round $r"
  one "$before"
  one "$after"
done
