#!/usr/bin/env bash
# Food catalogue at scale: generates N synthetic branded foods (default 1,000,000) as OpenPlate CSV,
# imports them through the real importer into SQLite, builds the search index, measures single-thread
# search latency, then serves that data directory from the jar and measures HTTP search under wrk.
# Usage: bench/foods.sh [ROWS] [WRK_SECONDS]     (needs ~2 GB disk under target/; several minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
secs=${2:-20}
dir=target/bench-foods
. bench/newest-jdk.sh
./mvnw -B -q -ntp package -DskipTests
./mvnw -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq wrk >/dev/null; else sudo apt-get install -y -qq wrk >/dev/null; fi
fi
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.openplate.bench.FoodSearchBenchmark "$rows" "$dir" 2>&1 | grep -v -E "WARN|INFO"

port=18090
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -XX:+UseSerialGC -Xmx512m -jar target/openplate.jar --port $port --data-dir "$dir" > "$dir/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/api/v1/foods?q=banana" >/dev/null; do
  sleep 0.2; kill -0 $pid 2>/dev/null || { cat "$dir/server.log"; exit 1; }
done
# The same wrk settings for each path, as a ratio to this server's own /health in the same run (issue 18).
# Each path is warmed up until the JIT has compiled it (bench/settle.sh).
jstat="${JAVA_HOME:+$JAVA_HOME/bin/}jstat"
. bench/settle.sh
measure() { # name, URL, then wrk arguments
  local name=$1 url=$2; shift 2
  warmups=""
  settle "$pid" "$url" -t2 -c32 "$@"
  wrk -t2 -c32 -d"${secs}s" --latency "$@" "$url" | awk -v n="$name" -v w="$warmups" '
    /Requests\/sec/ {r = $2} $1 == "50%" {p50 = $2} $1 == "99%" {p99 = $2} /Non-2xx/ {bad = $NF}
    END {printf "%s %d %s %s %s %s\n", n, r, p50, p99, bad == "" ? 0 : bad, w}'
}
base="http://127.0.0.1:$port"
rows_out=$(measure health "$base/health"; measure search "$base" -s bench/search.lua; measure search-distinct "$base" -s bench/search-distinct.lua)
health=$(echo "$rows_out" | awk '$1 == "health" {print $2}')
echo "HTTP on $rows foods, wrk -t2 -c32 -d${secs}s (search: 25 rotating everyday queries; search-distinct: 4,800 word pairs):"
echo "| path | req/s | p50 | p99 | non-2xx | ratio to /health | warm-up until the JIT settled |"
echo "|---|---:|---:|---:|---:|---:|---:|"
echo "$rows_out" | awk -v h="$health" '{printf "| %s | %d | %s | %s | %s | %.0f %% | %s s |\n", $1, $2, $3, $4, $5, 100 * $2 / h, $6}'
echo "RSS of the server after the runs: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MB"
