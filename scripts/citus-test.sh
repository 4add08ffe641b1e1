#!/usr/bin/env bash
# Runs the storage and HTTP test suites against a local Citus cluster (a coordinator and 2 workers):
# every test class that runs on PostgreSQL, plus the router-query test (CitusRouterQueryTest: each
# per-user hot-path statement runs on one shard) and the scheduler test (NotificationQueueTest: 3
# instances share 10,000 due users). Each test database is created on all three nodes and the
# application distributes its schema at start, as it does in production (docs/scaling.md).
#
#   scripts/citus-test.sh                    build/install Citus if needed, start the cluster, run, stop it:
#                                            the storage tests, the upgrade, router-query and scheduler tests
#                                            and the HTTP tests of the hot paths (about 25 classes)
#   scripts/citus-test.sh --all              every test class that runs on PostgreSQL (about 65; over an hour
#                                            on 2 cores: each HTTP test loads the catalogue into a reference table)
#   scripts/citus-test.sh --skip-if-missing  exit 0 with a message when the Citus tools are not available
#   CITUS_TESTS='A,B' scripts/citus-test.sh  only these test classes
#
# The Citus build and cluster scripts are not part of the project (Citus is AGPL and not in Debian): set
# CITUS_TOOLS to the folder holding build.sh, cluster.sh and the release source; by default it is the
# shared tools folder beside this checkout. Needs root (or sudo) for the build, as it installs packages.
set -euo pipefail
cd "$(dirname "$0")/.."
skip=0; all=0
for arg in "$@"; do
  case "$arg" in
    --skip-if-missing) skip=1;;
    --all) all=1;;
    *) echo "usage: scripts/citus-test.sh [--all] [--skip-if-missing]" >&2; exit 2;;
  esac
done
tools=${CITUS_TOOLS:-../shared/tools/citus}
if [ ! -f "$tools/build.sh" ] || [ ! -f "$tools/cluster.sh" ]; then
  echo "citus-test: the Citus tools (build.sh, cluster.sh) are not in '$tools'; set CITUS_TOOLS to their folder." >&2
  if [ "$skip" -eq 1 ]; then echo "citus-test: skipped, as asked (--skip-if-missing)." >&2; exit 0; fi
  exit 3
fi
start=$(date +%s)
bash "$tools/build.sh"
port=${CITUS_PORT:-9700}
dir=$(mktemp -d /tmp/openplate-citus.XXXXXX)
cleanup() {
  status=$?
  if [ "$status" -ne 0 ]; then
    # The nodes' own reasons for a failure (their logs go with the cluster folder).
    echo "citus-test: the last errors in the nodes' logs:" >&2
    grep -hE "ERROR|FATAL|PANIC" "$dir"/node*.log 2>/dev/null | tail -n 40 >&2 || true
  fi
  bash "$tools/cluster.sh" stop "$dir" >/dev/null 2>&1 || true; rm -rf "$dir"
}
trap cleanup EXIT
bash "$tools/cluster.sh" start "$dir" "$port" 2 openplate
# Pick the newest JDK under /usr/lib/jvm unless JAVA_HOME is set.
if [ -z "${JAVA_HOME:-}" ]; then
  best_ver=0
  for d in /usr/lib/jvm/*/; do
    [ -x "$d/bin/javac" ] || continue
    v=$("$d/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p' | head -1)
    v=${v#1.}
    if [ -n "$v" ] && [ "$v" -gt "$best_ver" ] 2>/dev/null; then export JAVA_HOME="${d%/}"; best_ver=$v; fi
  done
fi
default_tests=DatabaseTest,UserKeysUpgradeTest,CitusRouterQueryTest,NotificationQueueTest,JdbiAccountRepositoryTest,\
JdbiDiaryRepositoryTest,JdbiFoodRepositoryTest,JdbiProfileRepositoryTest,JdbiThrottleStoreTest,EntryServiceTest,\
DiaryDaysAndMealsTest,GoalServiceTest,WeightServiceTest,ExerciseServiceTest,MailQueueTest,NotificationSchedulerTest,\
DiaryApiHttpTest,DiaryClientIdHttpTest,WeightApiHttpTest,NotificationApiHttpTest,TokenApiHttpTest,ExerciseApiHttpTest,\
TransferRoundTripTest,MediaAcrossInstancesHttpTest
if [ "$all" -eq 1 ]; then
  default_tests=$(grep -rlE 'TestDatabases#both|TestDatabases\.postgres\(\)' src/test/java | grep -v '/testing/' \
    | xargs -n1 basename | sed 's/\.java$//' | sort | tr '\n' ',')CitusRouterQueryTest
fi
tests=${CITUS_TESTS:-$default_tests}
echo "citus-test: $(echo "$tests" | tr ',' '\n' | wc -l) test classes on coordinator 127.0.0.1:$port"
./mvnw -B -ntp test -DskipBrowserTests -Dsurefire.failIfNoSpecifiedTests=false -Dtest="$tests" \
  -Dopenplate.test.citus="127.0.0.1:$port,$((port + 1)),$((port + 2))"
echo "citus-test: passed in $(( $(date +%s) - start )) s"
