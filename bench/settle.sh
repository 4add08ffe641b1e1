# Sourced by the HTTP benchmarks. settle PID URL WRK_ARGS...: warms a path up until the JIT has compiled
# it: 5-second rounds of the same load until a round compiles fewer than 30 more methods (jstat), at most
# WARM_MAX seconds (default 60); adds the seconds taken to $warmups. After a 5-second warm-up alone, C2
# was still compiling the search path for 20 more seconds and took a third of the server's CPU, so a
# short warm-up measured the compiler as much as the path. Needs $jstat (the JDK's jstat).
compiled() { "$jstat" -compiler "$1" | awk 'NR == 2 {print $1}'; }
settle() {
  local pid=$1 url=$2; shift 2
  local waited=0 before after
  before=$(compiled "$pid")
  while :; do
    wrk "$@" -d5s "$url" > /dev/null
    waited=$((waited + 5))
    after=$(compiled "$pid")
    if [ $((after - before)) -lt 30 ] || [ "$waited" -ge "${WARM_MAX:-60}" ]; then break; fi
    before=$after
  done
  warmups+="$waited "
}
