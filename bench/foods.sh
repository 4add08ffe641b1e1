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
./mvnw -B -q -ntp package -DskipTests
./mvnw -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq wrk >/dev/null; else sudo apt-get install -y -qq wrk >/dev/null; fi
fi
java -version 2>&1 | head -1
java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.openplate.bench.FoodSearchBenchmark "$rows" "$dir" 2>&1 | grep -v -E "WARN|INFO"

port=18090
java -jar target/openplate.jar --port $port --data-dir "$dir" > "$dir/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/api/v1/foods?q=banana" >/dev/null; do
  sleep 0.2; kill -0 $pid 2>/dev/null || { cat "$dir/server.log"; exit 1; }
done
wrk -t2 -c32 -d5s -s bench/search.lua "http://127.0.0.1:$port" >/dev/null
echo "HTTP GET /api/v1/foods?q=… (25 rotating queries), wrk -t2 -c32 -d${secs}s:"
wrk -t2 -c32 -d"${secs}s" --latency -s bench/search.lua "http://127.0.0.1:$port" | grep -E "Requests/sec|Latency|50%|90%|99%|requests in|Non-2xx"
