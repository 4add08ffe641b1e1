#!/usr/bin/env bash
# The day summary in memory (JMH: org.openplate.bench.jmh.DayBuilderBench): a 15-entry day's foods built
# from their decoded nutrient maps, then DayBuilder.build (lines, meal subtotals, totals, macros,
# micronutrients). No database or JSON (bench/diary.sh measures those end to end). Prints ops/us and
# us/op and, with -prof gc, the bytes allocated per op (gc.alloc.rate.norm).
# Usage: bench/day-summary.sh [extra JMH args]     (default: -prof gc)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- -prof gc
exec bench/jmh.sh DayBuilderBench "$@"
