#!/usr/bin/env bash
# HTTP benchmark of the packaged jar on loopback, bounded in time. For each JDK given (default: the
# default java and the newest under /usr/lib/jvm) it measures:
#   - start-up: process launch to the first HTTP 200 from /health (fresh empty data directory);
#   - RSS of the server right after start-up;
#   - wrk throughput and latency percentiles for GET /api/v1/calorie-goal.
# Usage: bench/http.sh [DURATION_SECONDS] [JAVA_HOME...]
# Needs: wrk (Debian package "wrk"; installed here if missing), a built jar (./mvnw package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-20}
shift || true
jar=target/openplate.jar
[ -f "$jar" ] || ./mvnw -B -q -ntp package -DskipTests
if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq wrk >/dev/null; else sudo apt-get install -y -qq wrk >/dev/null; fi
fi

homes=("$@")
if [ ${#homes[@]} -eq 0 ]; then
  homes=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  newest=$(ls -d /usr/lib/jvm/*/ 2>/dev/null | while read -r d; do
    v=$("$d/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p'); echo "${v#1.} ${d%/}"; done |
    sort -n | tail -1 | cut -d' ' -f2)
  [ -n "$newest" ] && [ "$newest" != "${homes[0]}" ] && homes+=("$newest")
fi

port=18080
url="http://127.0.0.1:$port/api/v1/calorie-goal?sex=female&height=5ft4in&weight=150lb&age=35&activity=light&goal=lose-1"
for home in "${homes[@]}"; do
  version=$("$home/bin/java" -version 2>&1 | head -1)
  data=$(mktemp -d)
  start=$(date +%s%N)
  "$home/bin/java" -jar "$jar" --port $port --data-dir "$data" > "$data/server.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do
    sleep 0.02
    kill -0 $pid 2>/dev/null || { echo "server died:"; cat "$data/server.log"; exit 1; }
  done
  ready=$(date +%s%N)
  rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  echo "== $version ($home)"
  echo "start-up to first 200: $(( (ready - start) / 1000000 )) ms"
  echo "RSS after start: $(( rss_kb / 1024 )) MiB"
  wrk -t2 -c32 -d5s "$url" >/dev/null   # warm-up
  wrk -t2 -c32 -d"${duration}s" --latency "$url" | grep -E "Requests/sec|Latency|50%|90%|99%|requests in"
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$data"
done
