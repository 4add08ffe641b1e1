#!/usr/bin/env bash
# The day summary in memory (DaySummaryBenchmark): a 15-entry day's foods built from their decoded
# nutrient maps, then DayBuilder.build (lines, meal subtotals, totals, macros, micronutrients). No
# database or JSON (bench/diary.sh measures those end to end). Single thread after a JIT warm-up;
# prints ops/s per round and bytes allocated per op. Usage: bench/day-summary.sh [WARMUP_S] [ROUNDS] [ROUND_S]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn=./mvnw; [ -x "$mvn" ] || mvn=mvn
$mvn -B -q -ntp -DskipTests test-compile
java -cp target/classes:target/test-classes org.openplate.diary.DaySummaryBenchmark "$@"
