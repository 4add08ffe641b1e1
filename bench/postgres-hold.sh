# Sourced by bench/ratios.sh and bench/ab.sh: the benchmark user loaded into an embedded PostgreSQL that
# stays up while a server is measured against it. Needs $java, $cp (the test classpath) and $work.
#   hold_postgres DIR   starts DiaryBenchmark with a hold file, waits until the database is loaded, and sets
#                       holder (the loader's pid) and pg_args (the server's --database-* arguments)
#   release_postgres    removes the hold file, so the loader stops the database, and waits for it
holder=
pg_args=()
hold_postgres() {
  rm -f "$work/hold"
  "$java" -Xmx1g -Dopenplate.bench.db=postgres -Dopenplate.bench.hold="$work/hold" -cp "$cp" \
    org.openplate.bench.DiaryBenchmark "$1" > "$work/loader-pg.log" 2>&1 &
  holder=$!
  until [ -s "$work/hold" ]; do
    kill -0 "$holder" 2>/dev/null || { cat "$work/loader-pg.log"; exit 1; }
    sleep 0.5
  done
  pg_args=(--database-url "$(cat "$work/hold")" --database-user postgres --database-password postgres)
}
release_postgres() {
  rm -f "$work/hold"
  if [ -n "$holder" ]; then wait "$holder" 2>/dev/null || true; holder=; fi
}
