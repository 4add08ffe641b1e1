#!/usr/bin/env bash
# Start-up timing: launches OpenPlate through ./openplate N times and reports, for each run and as medians,
# the milliseconds from launch to the first 200 on /health and to the first food search with a hit
# (/api/v1/foods?q=banana&limit=1), then stops it. Alternates an empty data directory (first start: creates
# the database, loads the bundled catalogue) with a second start on the directory the previous run left.
#   bench/startup.sh [runs=5] [port=18080]
# The AOT cache (JDK 25+) is recorded by ./openplate before the first timed run. Set JAVA_HOME to choose
# the JDK; the jar is built first if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=${2:-18080}
base="http://127.0.0.1:$port"
ms() { date +%s%3N; }
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
# Records the AOT cache (and builds the jar) outside the timed runs.
./openplate --version > /dev/null 2>&1 || true
one() { # $1 data dir; sets h (ms to /health) and s (ms to the first search hit)
  local dir=$1 t0
  if curl -s -o /dev/null "$base/health"; then echo "port $port is in use" >&2; exit 1; fi
  t0=$(ms)
  ./openplate --port "$port" --host 127.0.0.1 --data-dir "$dir" > "$dir.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "$base/health"; do
    kill -0 "$pid" 2>/dev/null || { cat "$dir.log" >&2; exit 1; }
    sleep 0.01
  done
  h=$(( $(ms) - t0 ))
  until curl -sf "$base/api/v1/foods?q=banana&limit=1" | grep -q '"id"'; do
    kill -0 "$pid" 2>/dev/null || { cat "$dir.log" >&2; exit 1; }
    sleep 0.01
  done
  s=$(( $(ms) - t0 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  pid=""
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
: > "$work/empty"; : > "$work/second"
for i in $(seq "$runs"); do
  dir="$work/data-$i"
  one "$dir"; echo "empty  $h $s"; echo "$h $s" >> "$work/empty"
  one "$dir"; echo "second $h $s"; echo "$h $s" >> "$work/second"
done
for kind in empty second; do
  echo "median $kind: health $(cut -d' ' -f1 "$work/$kind" | median) ms, first search $(cut -d' ' -f2 "$work/$kind" | median) ms"
done
