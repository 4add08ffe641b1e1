#!/usr/bin/env bash
# Start-up, before and after one change: two builds of the jar take turns, ROUNDS times, each started with
# ./openplate's default JVM options and an AOT cache recorded for that build (JDK 25+; recorded first, once
# per build, by the same training run ./openplate uses). Each round starts every build twice: on an empty
# data directory (the first start creates the database and loads the bundled catalogue), then again on the
# directory it left. For each start it prints the milliseconds from launch to the first 200 on /health and
# to the first food search with a hit, and the server's CPU time until then; then the means per build.
# Alternating is what makes a comparison meaningful on a machine whose neighbours take CPU.
# Usage: [AFTER_OPTS=...] bench/startup-ab.sh BEFORE.jar AFTER.jar [ROUNDS=5] [PORT=18098]
# (e.g. copy target/openplate.jar aside, make the change, rebuild, then run it with both; or, to compare JVM
# options, give the same jar twice and the options to add to the second's starts in AFTER_OPTS)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { sed -n '2,/^set -eu/p' "$0" | sed '$d'; exit 2; }
before=$(readlink -f "$1"); after=$(readlink -f "$2"); rounds=${3:-5}; port=${4:-18098}
. bench/newest-jdk.sh
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
opts=$(OPENPLATE_PRINT_JAVA_OPTS=1 ./openplate)
work=target/startup-ab
rm -rf "$work"; mkdir -p "$work"
base="http://127.0.0.1:$port"
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; true' EXIT
aot() { # NAME JAR: records the build's AOT cache, prints the option that uses it
  if [ "${major%%.*}" -ge 25 ] 2>/dev/null; then
    mkdir -p "$work/train-$1"
    # shellcheck disable=SC2086
    (cd "$work/train-$1" && "$java" $opts -XX:AOTCacheOutput="../$1.aot" -jar "$2" train > ../train-$1.log 2>&1)
    echo "-XX:AOTCache=$work/$1.aot"
  fi
}
before_aot=$(aot before "$before")
after_aot=$(aot after "$after")
one() { # JAR AOT DIR: prints "health-ms search-ms cpu-ms"
  if curl -s -o /dev/null "$base/health"; then echo "port $port is in use" >&2; exit 1; fi
  local t0 t1 t2 cpu
  t0=$(date +%s%3N)
  # shellcheck disable=SC2086
  MALLOC_ARENA_MAX=2 "$java" $opts $2 -jar "$1" --port "$port" --host 127.0.0.1 --data-dir "$3" > "$3.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "$base/health"; do
    kill -0 "$pid" 2>/dev/null || { cat "$3.log" >&2; exit 1; }
    sleep 0.01
  done
  t1=$(date +%s%3N)
  until curl -sf "$base/api/v1/foods?q=banana&limit=1" | grep -q '"id"'; do sleep 0.01; done
  t2=$(date +%s%3N)
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  pid=
  echo "$((t1 - t0)) $((t2 - t0)) $cpu"
}
"$java" -version 2>&1 | head -1
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "build   start  health-ms search-ms cpu-ms"
for i in $(seq "$rounds"); do
  for side in before after; do
    if [ $side = before ]; then jar=$before; cache=$before_aot; else jar=$after; cache="$after_aot ${AFTER_OPTS:-}"; fi
    rm -rf "$work/data-$side"
    echo "$side empty  $(one "$jar" "$cache" "$work/data-$side")"
    echo "$side second $(one "$jar" "$cache" "$work/data-$side")"
  done
done | tee "$work/runs.txt"
awk '{k = $1 " " $2; h[k] += $3; s[k] += $4; c[k] += $5; n[k]++}
     END {for (k in h) printf "mean %-13s health %5d ms, first search %5d ms, CPU %5d ms (%d starts)\n", k, h[k]/n[k], s[k]/n[k], c[k]/n[k], n[k]}' \
  "$work/runs.txt" | sort
