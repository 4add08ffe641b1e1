#!/usr/bin/env bash
# Memory under a mixed soak, bounded in time: starts the app through ./openplate (so with its default
# JVM options: 128 MB heap, SerialGC) on a fresh data directory, runs food search and the calorie-goal
# calculator together with wrk, samples the server's RSS, then forces a GC and reports the live heap.
# Usage: bench/soak.sh [DURATION_SECONDS] (default 180). JAVA_HOME picks the JDK.
# Needs: wrk (Debian package "wrk"; installed here if missing), curl, jcmd from the same JDK.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-180}
port=18093
if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq wrk >/dev/null; else sudo apt-get install -y -qq wrk >/dev/null; fi
fi
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jcmd_bin="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"
data=$(mktemp -d)
./openplate --host 127.0.0.1 --port $port --data-dir "$data" > "$data/server.log" 2>&1 &
launcher=$!
trap 'kill $launcher 2>/dev/null || true; wait $launcher 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -sf "http://127.0.0.1:$port/health" | grep -q '"catalogue":"ready"'; do
  sleep 0.2
  kill -0 $launcher 2>/dev/null || { echo "server died:"; cat "$data/server.log"; exit 1; }
done
pid=$launcher   # ./openplate execs java, so the launcher's pid is the JVM's
rss() { echo "$(( $(ps -o rss= -p "$pid") / 1024 )) MiB"; }
echo "JDK: $("$java_bin" -version 2>&1 | head -1)"
echo "RSS after start (catalogue loaded): $(rss)"
wrk -t1 -c16 -d"${duration}s" -s bench/search.lua "http://127.0.0.1:$port" > "$data/search.txt" &
w1=$!
wrk -t1 -c16 -d"${duration}s" "http://127.0.0.1:$port/api/v1/calorie-goal?sex=female&height=5ft4in&weight=150lb&age=35&activity=light&goal=lose-1" > "$data/goal.txt" &
w2=$!
for t in 30 60 120 180 300 600; do
  [ "$t" -le "$duration" ] || break
  sleep $(( t - ${last:-0} )); last=$t
  echo "RSS at ${t} s: $(rss)"
done
wait $w1 $w2
echo "search: $(grep 'Requests/sec' "$data/search.txt")   calorie goal: $(grep 'Requests/sec' "$data/goal.txt")"
echo "RSS after the load: $(rss)"
"$jcmd_bin" "$pid" GC.run >/dev/null
echo "RSS after a full GC: $(rss)"
"$jcmd_bin" "$pid" GC.heap_info | sed -n '1,6p'
echo "live objects: $("$jcmd_bin" "$pid" GC.class_histogram | tail -1)"
