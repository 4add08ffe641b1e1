#!/usr/bin/env bash
# The Hall body-weight model (3-year simulation) and the goal solver, single thread after warm-up.
# Usage: bench/simulate.sh     (under a minute)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -version 2>&1 | head -1
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" org.openplate.bench.SimulationBenchmark
