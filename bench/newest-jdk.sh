# Sourced by the benchmark scripts after they cd to the repository: unless JAVA_HOME is set, it points it at
# the newest JDK installed (25 or later, as ./openplate's AOT cache and CI use); none found leaves `java` on
# the PATH.
if [ -z "${JAVA_HOME:-}" ]; then
  newest=$(ls -d /usr/lib/jvm/temurin-2[5-9]* /usr/lib/jvm/java-2[5-9]* 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$newest" ] && export JAVA_HOME=$newest
fi
