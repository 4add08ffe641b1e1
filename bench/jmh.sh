#!/usr/bin/env bash
# JMH benchmarks in src/test/java/org/openplate/bench/jmh (DayBuilderBench, SearchBench, AddEntryBench): builds the
# test classes (the JMH annotation processor generates the harness), then runs org.openjdk.jmh.Main on
# the test classpath. Short defaults for a shared machine: one fork, 3 x 2 s warm-up, 5 x 2 s measured.
# Usage: bench/jmh.sh [REGEX] [extra JMH args]     e.g. bench/jmh.sh DayBuilderBench -prof gc
#        bench/jmh.sh . -h                          (JMH's own options)
set -euo pipefail
cd "$(dirname "$0")/.."
regex=${1:-org.openplate.bench.jmh}
shift || true
. bench/newest-jdk.sh
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mvn=./mvnw; [ -x "$mvn" ] || mvn=mvn
$mvn -B -q -ntp -DskipTests -DskipBrowserTests test-compile
[ -f target/bench-classpath.txt ] && [ target/bench-classpath.txt -nt pom.xml ] \
  || $mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
[ -f target/test-classes/META-INF/BenchmarkList ] || { echo "no JMH BenchmarkList: the annotation processor did not run" >&2; exit 1; }
"$java" -version 2>&1 | head -1
exec "$java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
  -f 1 -wi 3 -w 2s -i 5 -r 2s "$regex" "$@"
