#!/usr/bin/env bash
# Diary with five years of history: one user, 1,826 days x ~15 entries (USDA foods with household
# portions, quick adds, recipes). For SQLite, then embedded PostgreSQL, DiaryBenchmark loads the
# history and measures, single thread after a JIT warm-up, the day summary (DiaryService.day), the
# week view (DiaryService.week) and both over HTTP. Then the jar serves the SQLite data directory,
# the script signs in as the benchmark user and runs wrk over GET /api/v1/diary/days/{date}.
# Usage: bench/diary.sh [WRK_SECONDS]     (about 3 minutes with 15; ~20 MB under target/)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}
dir=target/bench-diary
mvn=./mvnw; [ -x "$mvn" ] || mvn=mvn
# Build when the jar or the benchmark class is missing or older than the sources.
if [ ! -f target/openplate.jar ] || [ ! -f target/test-classes/org/openplate/bench/DiaryBenchmark.class ] \
   || [ -n "$(find src pom.xml -newer target/openplate.jar -type f -print -quit)" ]; then
  $mvn -B -q -ntp package -DskipTests
fi
[ -f target/bench-classpath.txt ] && [ target/bench-classpath.txt -nt pom.xml ] \
  || $mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq wrk >/dev/null
  else sudo apt-get install -y -qq wrk >/dev/null; fi
fi
java -version 2>&1 | head -1
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
for db in sqlite postgres; do
  echo "== $db"
  java -Xmx1g -Dopenplate.bench.db=$db -cp "$cp" org.openplate.bench.DiaryBenchmark "$dir" 2>&1 \
    | grep -v -E "WARN|INFO|^\s+at |^$"
done

port=18091
java -jar target/openplate.jar --port $port --data-dir "$dir" > "$dir/server.log" 2>&1 &
pid=$!
jar=$(mktemp)
trap 'kill $pid 2>/dev/null || true; rm -f "$jar"' EXIT
# A food search answers once the start-up catalogue check and index sync are done (a restart re-reads
# the rows of the sync's overlap window, here the whole bundle): measuring starts after that.
until curl -sf "http://127.0.0.1:$port/api/v1/foods?q=banana" >/dev/null; do
  sleep 0.2; kill -0 $pid 2>/dev/null || { cat "$dir/server.log"; exit 1; }
done
# Sign in like a browser: the form's CSRF token is double-submitted with the op_csrf cookie.
csrf=$(curl -sf -c "$jar" -b "$jar" "http://127.0.0.1:$port/signin" \
  | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" \
  --data-urlencode "email=bench@openplate.test" --data-urlencode "password=bench-diary-password" \
  "http://127.0.0.1:$port/signin")
session=$(awk '$6 == "op_session" {print $7}' "$jar")
[ -n "$session" ] || { echo "sign-in failed (HTTP $code)"; exit 1; }
export OPENPLATE_SESSION=$session
today=$(date -u +%F)
curl -sf -o /dev/null -H "Cookie: op_session=$session" "http://127.0.0.1:$port/api/v1/diary/days/$today" \
  || { echo "GET day failed"; exit 1; }
wrk -t2 -c32 -d10s -s bench/diary.lua "http://127.0.0.1:$port" >/dev/null   # JIT warm-up
echo "== HTTP GET /api/v1/diary/days/{date} (SQLite data directory, jar), wrk -t2 -c32 -d${secs}s:"
wrk -t2 -c32 -d"${secs}s" --latency -s bench/diary.lua "http://127.0.0.1:$port" \
  | grep -E "Requests/sec|Latency|50%|75%|90%|99%|requests in|Non-2xx|Socket errors"
