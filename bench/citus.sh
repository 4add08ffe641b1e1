#!/usr/bin/env bash
# OpenPlate on plain PostgreSQL 15 and on Citus (1 coordinator + 2 workers, schema sharded by user,
# issue 17), in one run, with the same data and the same load:
#   1. builds the jar if needed, installs wrk if missing;
#   2. starts a plain PostgreSQL 15 server (initdb into a temporary directory) and a Citus cluster
#      (the cluster script of the Citus tools folder, $CITUS_TOOLS);
#   3. for each database: starts the jar on it (on Citus the app distributes its schema at start),
#      waits for /health and the food search, signs one user up through the real forms and creates a
#      write API token through the tokens page, logs one entry through the API, then copies that
#      user's rows as a template for USERS synthetic users with DAYS days of diary (PER_DAY entries a
#      day over the 4 meals, catalogue foods in grams), a profile, meals and diary settings each, and
#      sessions and API tokens for LOGGED_IN of them (spread over the shards);
#   4. measures with wrk (WARM_SECONDS warm-up, then WRK_SECONDS): GET /health, GET
#      /api/v1/diary/days/{date} rotating users (session cookies) and dates, POST /api/v1/diary/entries
#      rotating users (bearer tokens);
#   5. prints storage per diary entry and per user-year measured on the plain server;
#   6. stops everything it started (also on failure or Ctrl-C).
# The load generator, the app and every database server share the machine's cores: on 2 cores this
# measures what Citus costs per request (an extra hop through the coordinator), not how it scales.
#
# Usage: bench/citus.sh        (10-25 minutes with the defaults, depending on what else the machine runs;
#                               logs under target/bench-citus, data in a temporary directory removed at the end)
# Settings (environment): USERS=20000 DAYS=60 PER_DAY=5 LOGGED_IN=400 WARM_SECONDS=5 WRK_SECONDS=15
#   WRK_CONNECTIONS=32 BASE_PORT=9800 (plain server on it, Citus on +10..+12, the apps on +20 and +21)
#   PG_BIN=/usr/lib/postgresql/15/bin  CITUS_TOOLS=../shared/tools/citus (relative to the repository:
#   the folder with cluster.sh and build.sh that build and start a local Citus; see docs/benchmarks.md)
# Run as root, the database servers run as the "postgres" system user (PostgreSQL refuses root).
set -euo pipefail
cd "$(dirname "$0")/.."
users=${USERS:-20000}; days=${DAYS:-60}; per_day=${PER_DAY:-5}; logged_in=${LOGGED_IN:-400}
warm=${WARM_SECONDS:-5}; secs=${WRK_SECONDS:-15}; conns=${WRK_CONNECTIONS:-32}
base_port=${BASE_PORT:-9800}
pg_port=$base_port; citus_port=$((base_port + 10))
declare -A app_port=([plain]=$((base_port + 20)) [citus]=$((base_port + 21))) db_port=([plain]=$pg_port [citus]=$citus_port)
pg_bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
tools=${CITUS_TOOLS:-../shared/tools/citus}
out=target/bench-citus
started=$(date +%s)

[ "$days" -ge 1 ] && [ "$days" -le 64 ] || { echo "DAYS must be 1 to 64"; exit 2; }
[ "$per_day" -ge 1 ] && [ "$per_day" -le 16 ] || { echo "PER_DAY must be 1 to 16"; exit 2; }
[ "$logged_in" -ge 1 ] && [ "$logged_in" -le "$users" ] || { echo "LOGGED_IN must be 1 to USERS"; exit 2; }
if [ ! -f "$tools/cluster.sh" ] || [ ! -f "$tools/build.sh" ]; then
  echo "bench/citus.sh: the Citus tools folder was not found at '$tools' (no cluster.sh / build.sh there)." >&2
  echo "Set CITUS_TOOLS to the folder holding cluster.sh and build.sh (default ../shared/tools/citus," >&2
  echo "relative to the repository). Without it this benchmark cannot start a Citus cluster." >&2
  exit 2
fi
[ -x "$pg_bin/initdb" ] || { echo "bench/citus.sh: PostgreSQL 15 not found in $pg_bin (set PG_BIN)" >&2; exit 2; }
if [ ! -f "$("$pg_bin/pg_config" --pkglibdir)/citus.so" ]; then
  echo "== Citus is not installed: building it with $tools/build.sh (5-10 minutes, once)"
  bash "$tools/build.sh"
fi
for p in $pg_port $citus_port $((citus_port + 1)) $((citus_port + 2)) ${app_port[plain]} ${app_port[citus]}; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    echo "bench/citus.sh: port $p is in use (set BASE_PORT)" >&2; exit 2
  fi
done

mvn=./mvnw; [ -x "$mvn" ] || mvn=mvn
if [ ! -f target/openplate.jar ] || [ -n "$(find src pom.xml -newer target/openplate.jar -type f -print -quit)" ]; then
  echo "== building the jar"
  $mvn -B -q -ntp package -DskipTests
fi
if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq wrk >/dev/null
  else sudo apt-get install -y -qq wrk >/dev/null; fi
fi
java=java; [ -n "${JAVA_HOME:-}" ] && java="$JAVA_HOME/bin/java"
jdk=$("$java" -version 2>&1 | sed -n 2p)

mkdir -p "$out"
rm -f "$out"/*.log
tmp=$(mktemp -d)
chmod 755 "$tmp"
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$tmp"
declare -A app_pid=()
cleanup() {
  set +e
  for pid in "${app_pid[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  [ -d "$tmp/plain" ] && run_pg "$pg_bin/pg_ctl" -D "$tmp/plain" -m fast -w stop >/dev/null 2>&1
  [ -f "$tmp/citus/cluster.conf" ] && bash "$tools/cluster.sh" stop "$tmp/citus" >/dev/null 2>&1
  cp "$tmp"/plain.log "$out"/postgres-plain.log 2>/dev/null
  for f in "$tmp"/citus/node*.log; do [ -f "$f" ] && cp "$f" "$out/citus-$(basename "$f")"; done
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# psql on the openplate database of the server on port $1: one value per line, unaligned.
sql() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$1" -U postgres -d openplate -At -c "$2"; }
elapsed() { echo $(( $(date +%s) - started )); }
fmt() { printf "%'d" "$1"; }
export LC_NUMERIC=C.UTF-8 2>/dev/null || true

echo "== OpenPlate on plain PostgreSQL 15 vs Citus 1 coordinator + 2 workers, $(date -u '+%F %H:%M UTC')"
echo "   $jdk; $(nproc) cores; $users users x $days days x $per_day entries; wrk -t2 -c$conns, ${warm} s warm-up + ${secs} s"
echo "   (on $(nproc) cores shared by wrk, the app and every database server this measures Citus's overhead, not its scaling)"
echo "   load average before: $(cut -d" " -f1-3 /proc/loadavg)"

echo "== starting plain PostgreSQL 15 on $pg_port and Citus on $citus_port-$((citus_port + 2))"
run_pg "$pg_bin/initdb" -D "$tmp/plain" -A trust -U postgres >/dev/null
{ echo "listen_addresses = '127.0.0.1'"; echo "unix_socket_directories = '$tmp'"; echo "max_connections = 200"
  echo "fsync = on"; } >> "$tmp/plain/postgresql.conf"
run_pg "$pg_bin/pg_ctl" -D "$tmp/plain" -o "-p $pg_port" -l "$tmp/plain.log" -w start >/dev/null
psql -X -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -c "CREATE DATABASE openplate"
bash "$tools/cluster.sh" start "$tmp/citus" "$citus_port" 2 openplate | sed 's/^/   /'
psql -X -q -h 127.0.0.1 -p "$citus_port" -U postgres -d openplate -At \
  -c "SELECT '   citus ' || extversion FROM pg_extension WHERE extname = 'citus'"

# Session cookies and bearer secrets of the signed-in synthetic users, one a line, for the wrk scripts.
first=1000000   # synthetic users are first+1 .. first+users (the app's own ids stay far below)
step=$((users / logged_in))
seq $((first + step)) "$step" $((first + step * logged_in)) | sed 's/^/bench-session-/' > "$out/sessions.txt"
seq $((first + step)) "$step" $((first + step * logged_in)) | sed 's/^/opt_bench-/' > "$out/tokens.txt"

declare -A rps p50 p99 bad
# wrk once to warm up, once to measure: fills rps/p50/p99/bad[$1,$2]. $3: path; $4: Lua script or empty.
measure() {
  local db=$1 what=$2 path=$3 script=${4:-} res
  local args=(-t2 "-c$conns" --timeout 10s); [ -n "$script" ] && args+=(-s "$script")
  export BENCH_FOODS="$tmp/foods-$db.txt"
  wrk "${args[@]}" "-d${warm}s" "http://127.0.0.1:${app_port[$db]}$path" >/dev/null
  res=$(wrk "${args[@]}" "-d${secs}s" --latency "http://127.0.0.1:${app_port[$db]}$path")
  rps[$db,$what]=$(awk '/^Requests\/sec/ {printf "%d", $2}' <<<"$res")
  p50[$db,$what]=$(awk '$1 == "50%" {print $2}' <<<"$res")
  p99[$db,$what]=$(awk '$1 == "99%" {print $2}' <<<"$res")
  bad[$db,$what]=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {split($0, a, /[ ,]+/); for (i in a) if (a[i] ~ /^[0-9]+$/) n += a[i]} END {print n + 0}' <<<"$res")
  printf "   %-6s %-7s %8s req/s  p50 %9s  p99 %9s  errors %s  (load average %s)\n" "$db" "$what" \
    "$(fmt "${rps[$db,$what]}")" "${p50[$db,$what]}" "${p99[$db,$what]}" "${bad[$db,$what]}" "$(cut -d' ' -f1 /proc/loadavg)"
}

# Signs the template user up through the forms, creates a write token on the tokens page and logs one
# entry through the API: its rows (profile, meals, settings, entry) are what the load copies.
template_user() {
  local base="http://127.0.0.1:${app_port[$1]}" jar="$tmp/cookies" csrf code secret
  rm -f "$jar"
  csrf=$(curl -sf -c "$jar" -b "$jar" "$base/signup" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" \
    --data-urlencode "timeZone=UTC" --data-urlencode "email=bench@openplate.test" \
    --data-urlencode "password=bench-citus-password" --data-urlencode "confirmPassword=bench-citus-password" \
    --data-urlencode "units=metric" --data-urlencode "sex=female" --data-urlencode "heightCm=168" \
    --data-urlencode "weightKg=70" --data-urlencode "age=35" --data-urlencode "activity=light" \
    --data-urlencode "goal=lose-0.5" "$base/signup")
  [ "$code" = 303 ] || { echo "sign-up failed (HTTP $code)"; return 1; }
  curl -sf -o /dev/null -c "$jar" -b "$jar" -L "$base/diary" || { echo "GET /diary failed"; return 1; }
  csrf=$(curl -sf -c "$jar" -b "$jar" "$base/account/tokens" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" \
    --data-urlencode "name=bench" --data-urlencode "scope=write" "$base/account/tokens")
  [ "$code" = 303 ] || { echo "creating the API token failed (HTTP $code)"; return 1; }
  secret=$(curl -sf -c "$jar" -b "$jar" "$base/account/tokens" | grep -o 'opt_[A-Za-z0-9_-]\{20,\}' | head -1)
  [ -n "$secret" ] || { echo "the new API token was not shown"; return 1; }
  code=$(curl -s -o "$tmp/entry.json" -w '%{http_code}' -H "Authorization: Bearer $secret" \
    -H 'Content-Type: application/json' -d "{\"date\":\"$today\",\"foodId\":$food,\"amount\":120,\"portion\":\"g\"}" \
    "$base/api/v1/diary/entries")
  [ "$code" = 201 ] || { echo "POST /api/v1/diary/entries failed (HTTP $code): $(cat "$tmp/entry.json")"; return 1; }
}

# Bulk load in the app's tables, by SQL written so that Citus can run the big steps on each shard
# (INSERT ... SELECT from the co-located profiles table, keyed by user_id).
load() {
  local port=$1 t0 t1 tpl meals nmeals kind unit scopes foods nfoods profile settings lo hi chunk n total
  t0=$(date +%s)
  tpl=$(sql "$port" "SELECT id FROM users WHERE email = 'bench@openplate.test'")
  meals=$(sql "$port" "SELECT string_agg(format('(%s, %L, %s)', rn, name, position), ', ') FROM (SELECT name, position,
    row_number() OVER (ORDER BY position, id) - 1 AS rn FROM diary_meals WHERE user_id = $tpl) m")
  nmeals=$(sql "$port" "SELECT count(*) FROM diary_meals WHERE user_id = $tpl")
  kind=$(sql "$port" "SELECT kind FROM diary_entries WHERE user_id = $tpl LIMIT 1")
  unit=$(sql "$port" "SELECT unit FROM diary_entries WHERE user_id = $tpl LIMIT 1")
  scopes=$(sql "$port" "SELECT scopes FROM api_tokens WHERE user_id = $tpl LIMIT 1")
  foods=$(sql "$port" "SELECT string_agg(id::text, ',') FROM (SELECT id FROM foods WHERE owner_id IS NULL
    AND deleted = 0 AND kcal IS NOT NULL ORDER BY md5(id::text) LIMIT 200) f")
  nfoods=$(awk -F, '{print NF}' <<<"$foods")
  echo "$foods" > "$tmp/foods-$2.txt"
  profile=$(sql "$port" "SELECT to_jsonb(p) FROM profiles p WHERE user_id = $tpl" | sed "s/'/''/g")
  settings=$(sql "$port" "SELECT to_jsonb(s) FROM diary_settings s WHERE user_id = $tpl" | sed "s/'/''/g")
  [ "$nmeals" -ge 1 ] && [ -n "$profile" ] && [ -n "$settings" ] && [ "$kind" = food ] \
    || { echo "the template user's rows are incomplete (meals $nmeals, kind '$kind')"; return 1; }
  echo "   template: user $tpl, $nmeals meals, profile, diary settings, a '$kind' entry in '$unit'; $nfoods catalogue foods"
  sql "$port" "INSERT INTO users (id, email, password_hash, created_at)
    SELECT u, 'bench' || (u - $first) || '@openplate.test', t.password_hash, t.created_at
    FROM generate_series($first + 1, $first + $users) u, (SELECT password_hash, created_at FROM users WHERE id = $tpl) t"
  # Queued first, due tomorrow: the notification scheduler neither enrols nor serves them while we measure.
  sql "$port" "INSERT INTO notification_due (user_id, due_at)
    SELECT u, $now_ms + 86400000 FROM generate_series($first + 1, $first + $users) u ON CONFLICT DO NOTHING"
  sql "$port" "INSERT INTO profiles SELECT r.* FROM generate_series($first + 1, $first + $users) u,
    LATERAL jsonb_populate_record(NULL::profiles, '$profile'::jsonb || jsonb_build_object('user_id', u)) r"
  sql "$port" "INSERT INTO diary_settings SELECT r.* FROM generate_series($first + 1, $first + $users) u,
    LATERAL jsonb_populate_record(NULL::diary_settings, '$settings'::jsonb || jsonb_build_object('user_id', u)) r"
  sql "$port" "INSERT INTO diary_meals (id, user_id, name, position)
    SELECT 10000000000 + (p.user_id - $first) * 8 + t.rn, p.user_id, t.name, t.position
    FROM profiles p CROSS JOIN (VALUES $meals) t (rn, name, position) WHERE p.user_id > $first"
  echo "   users, profiles, diary settings, meals: $(fmt "$users") users ($(( $(date +%s) - t0 )) s)"
  # The secondary indexes of diary_entries are built once after the load (a sort) instead of row by row.
  sql "$port" "SELECT indexdef || ';' FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'diary_entries'
    AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'diary_entries'::regclass)" > "$tmp/indexes-$2.sql"
  sql "$port" "SELECT 'DROP INDEX ' || indexname || ';' FROM pg_indexes WHERE schemaname = 'public'
    AND tablename = 'diary_entries' AND indexname NOT IN (SELECT conname FROM pg_constraint
    WHERE conrelid = 'diary_entries'::regclass)" | psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d openplate
  chunk=$(( (users + 9) / 10 )); total=$((users * days * per_day)); n=0
  for lo in $(seq 0 "$chunk" $((users - 1))); do
    hi=$((lo + chunk)); [ "$hi" -gt "$users" ] && hi=$users
    t1=$(date +%s)
    sql "$port" "INSERT INTO diary_entries (id, user_id, day, meal_id, position, kind, food_id, amount, unit, grams, created_at)
      SELECT 20000000000 + (p.user_id - $first) * 1024 + d * 16 + k, p.user_id,
        to_char(DATE '$today' - d, 'YYYY-MM-DD'),
        10000000000 + (p.user_id - $first) * 8 + (k * $nmeals) / $per_day, k, '$kind',
        ('{$foods}'::bigint[])[1 + (p.user_id * 31 + d * 7 + k * 13) % $nfoods],
        (50 + (p.user_id + d * 3 + k * 11) % 20 * 10)::float8, '$unit',
        (50 + (p.user_id + d * 3 + k * 11) % 20 * 10)::float8,
        $now_ms - d * 86400000::bigint - ($per_day - k) * 3600000
      FROM profiles p CROSS JOIN generate_series(0, $days - 1) d CROSS JOIN generate_series(0, $per_day - 1) k
      WHERE p.user_id > $first + $lo AND p.user_id <= $first + $hi"
    n=$((n + (hi - lo) * days * per_day))
    echo "   diary_entries: $(fmt $n) / $(fmt $total) rows ($(( $(date +%s) - t1 )) s this step, $(( $(date +%s) - t0 )) s in all)"
  done
  t1=$(date +%s)
  psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d openplate -f "$tmp/indexes-$2.sql"
  echo "   diary_entries: $(wc -l < "$tmp/indexes-$2.sql") secondary indexes built ($(( $(date +%s) - t1 )) s)"
  sql "$port" "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, public_id, device, last_seen_at)
    SELECT h, u, md5('csrf' || u), $now_ms, $now_ms + 30 * 86400000::bigint, substr(h, 1, 24), 'wrk', $now_ms
    FROM (SELECT u, encode(sha256(convert_to('bench-session-' || u, 'UTF8')), 'hex') AS h
          FROM generate_series($first + $step, $first + $step * $logged_in, $step) u) s"
  sql "$port" "INSERT INTO api_tokens (id, user_id, name, token_hash, prefix, scopes, created_at)
    SELECT 1000000000 + u - $first, u, 'wrk', encode(sha256(convert_to('opt_bench-' || u, 'UTF8')), 'hex'),
      'opt_bench-', '$scopes', $now_ms FROM generate_series($first + $step, $first + $step * $logged_in, $step) u"
  echo "   sessions and API tokens: $(fmt "$logged_in") users, every ${step}th"
  sql "$port" "VACUUM ANALYZE users, profiles, diary_settings, notification_due, diary_meals, diary_entries, sessions, api_tokens"
  load_secs[$2]=$(( $(date +%s) - t0 ))
  echo "   loaded in ${load_secs[$2]} s (with VACUUM ANALYZE); rows:"
  sql "$port" "SELECT '     users ' || (SELECT count(*) FROM users) || ', profiles ' || (SELECT count(*) FROM profiles)
    || ', diary_meals ' || (SELECT count(*) FROM diary_meals) || ', diary_entries ' || (SELECT count(*) FROM diary_entries)
    || ', sessions ' || (SELECT count(*) FROM sessions) || ', api_tokens ' || (SELECT count(*) FROM api_tokens)"
}

declare -A load_secs
today=$(date -u +%F)
now_ms=$(( $(date +%s) * 1000 ))
for db in plain citus; do
  port=${db_port[$db]}
  echo "== $db: starting the app on ${app_port[$db]} ($(elapsed) s since start)"
  mkdir -p "$tmp/app-$db"
  OPENPLATE_API_RATE_PER_MINUTE=100000 "$java" -jar target/openplate.jar --port "${app_port[$db]}" \
    --data-dir "$tmp/app-$db" --database-url "jdbc:postgresql://127.0.0.1:$port/openplate" --database-user postgres \
    > "$out/app-$db.log" 2>&1 &
  app_pid[$db]=$!
  t0=$(date +%s)
  # Ready when the catalogue is loaded and indexed and a food search answers with foods.
  until curl -sf "http://127.0.0.1:${app_port[$db]}/health" 2>/dev/null | grep -q '"catalogue":"ready","index":"ready"' \
      && curl -sf "http://127.0.0.1:${app_port[$db]}/api/v1/foods?q=banana" 2>/dev/null | grep -q '"id"'; do
    sleep 0.5
    kill -0 "${app_pid[$db]}" 2>/dev/null || { echo "the app stopped:"; tail -30 "$out/app-$db.log"; exit 1; }
    [ $(( $(date +%s) - t0 )) -lt 300 ] || { echo "the app was not ready after 300 s:"; tail -30 "$out/app-$db.log"; exit 1; }
  done
  echo "   ready after $(( $(date +%s) - t0 )) s (schema migrated$([ "$db" = citus ] && echo " and distributed"), catalogue loaded and indexed)"
  food=$(curl -sf "http://127.0.0.1:${app_port[$db]}/api/v1/foods?q=banana" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
  template_user "$db"
  echo "== $db: loading"
  load "$port" "$db"
  if [ "$db" = citus ]; then
    sql "$port" "SELECT '   diary_entries: ' || count(*) || ' shards on ' || count(DISTINCT nodeport) || ' workers'
      FROM citus_shards WHERE table_name = 'diary_entries'::regclass"
  fi
done

# One request of each kind first, so that a failure shows its answer rather than only an error count.
probe() {
  local db=$1 res session secret food
  session=$(head -1 "$out/sessions.txt"); secret=$(head -1 "$out/tokens.txt"); food=$(cut -d, -f1 "$tmp/foods-$db.txt")
  res=$(curl -s -o "$tmp/probe.json" -w '%{http_code} in %{time_total} s, %{size_download} bytes' \
    -H "Cookie: op_session=$session" "http://127.0.0.1:${app_port[$db]}/api/v1/diary/days/$today")
  echo "   $db: GET /api/v1/diary/days/$today: HTTP $res"
  [[ $res == 2* ]] || echo "     $(head -c 400 "$tmp/probe.json")"
  res=$(curl -s -o "$tmp/probe.json" -w '%{http_code} in %{time_total} s, %{size_download} bytes' \
    -H "Authorization: Bearer $secret" -H 'Content-Type: application/json' \
    -d "{\"date\":\"$today\",\"foodId\":$food,\"amount\":100,\"portion\":\"g\"}" \
    "http://127.0.0.1:${app_port[$db]}/api/v1/diary/entries")
  echo "   $db: POST /api/v1/diary/entries: HTTP $res"
  [[ $res == 2* ]] || echo "     $(head -c 400 "$tmp/probe.json")"
}

# Both apps stay up; each endpoint is measured on one database and then the other, so that a change in
# what else the machine is doing affects both sides alike.
echo "== measuring, plain and Citus in turn ($(elapsed) s since start)"
export BENCH_SESSIONS="$out/sessions.txt" BENCH_TOKENS="$out/tokens.txt" BENCH_DAYS=$days
for db in plain citus; do probe "$db"; done
for db in plain citus; do measure "$db" health /health; done
for db in plain citus; do measure "$db" day /api/v1/diary/days bench/citus-day.lua; done
for db in plain citus; do measure "$db" add /api/v1/diary/entries bench/citus-add.lua; done

echo "== storage on plain PostgreSQL (pg_total_relation_size: heap, TOAST and indexes)"
sql "$pg_port" "WITH e AS (SELECT pg_total_relation_size('diary_entries') AS bytes, pg_relation_size('diary_entries') AS heap,
    (SELECT count(*) FROM diary_entries) AS n),
  o AS (SELECT sum(pg_total_relation_size(t)) AS bytes FROM unnest(ARRAY['profiles', 'diary_settings', 'diary_meals',
    'notification_due']::regclass[]) t),
  u AS (SELECT count(*) AS n FROM profiles)
  SELECT format(E'   diary_entries: %s rows, %s MB (heap %s MB) = %s bytes/entry (heap %s)\n'
    || E'   profile, diary settings, 4 meals, queue row: %s bytes/user\n'
    || E'   per user-year at 15 entries/day: %s kB (entries %s kB); 1 million user-years: %s GB',
    e.n, round(e.bytes / 1e6), round(e.heap / 1e6), round(e.bytes::numeric / e.n), round(e.heap::numeric / e.n),
    round(o.bytes::numeric / u.n),
    round((e.bytes::numeric / e.n * 15 * 365 + o.bytes::numeric / u.n) / 1e3),
    round(e.bytes::numeric / e.n * 15 * 365 / 1e3),
    round((e.bytes::numeric / e.n * 15 * 365 + o.bytes::numeric / u.n) * 1e6 / 1e9))
  FROM e, o, u"
sql "$citus_port" "SELECT '   Citus: diary_entries ' || round(citus_total_relation_size('diary_entries') / 1e6)
  || ' MB over its shards (' || round(citus_total_relation_size('diary_entries')::numeric
  / (SELECT count(*) FROM diary_entries)) || ' bytes/entry)'"

for db in plain citus; do
  kill "${app_pid[$db]}"; wait "${app_pid[$db]}" 2>/dev/null || true; unset "app_pid[$db]"
  errors=$(grep -cE "ERROR|WARN .*database unavailable" "$out/app-$db.log" || true)
  if [ "$errors" -gt 0 ]; then
    echo "== $db: $errors error line(s) in $out/app-$db.log; distinct messages:"
    grep -hE "(ERROR|PSQLException|SQLTransientConnectionException|database unavailable).*" -o "$out/app-$db.log" \
      | sed -E 's/[0-9a-f]{10,}/…/g; s/^(.{0,220}).*/\1/' | sort | uniq -c | sort -rn | head -8 | sed 's/^/   /'
  fi
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "-"}'; }
echo
echo "== Results: $jdk, $(nproc) cores, wrk -t2 -c$conns, ${warm} s warm-up + ${secs} s each"
echo "   $(fmt "$users") users x $days days x $per_day entries; GET day rotates $logged_in users (session cookies)"
echo "   and $days dates; POST adds an entry for one of $logged_in users (bearer tokens). On $(nproc) cores this"
echo "   measures Citus's overhead, not its scaling: the coordinator, both workers, the app and wrk share the cores."
printf "   %-31s | %-37s | %-37s | %s\n" "" "plain PostgreSQL 15" "Citus 1 + 2" "Citus/"
printf "   %-31s | %-37s | %-37s | %s\n" "" "req/s  p50 / p99  x/health errors" "req/s  p50 / p99  x/health errors" "plain"
for what in health day add; do
  case $what in health) label="GET /health";; day) label="GET /api/v1/diary/days/{date}";; add) label="POST /api/v1/diary/entries";; esac
  cells=()
  for db in plain citus; do
    cells+=("$(printf "%6s  %s / %s  %s  %s" "$(fmt "${rps[$db,$what]}")" "${p50[$db,$what]}" "${p99[$db,$what]}" \
      "$(ratio "${rps[$db,$what]}" "${rps[$db,health]}")" "${bad[$db,$what]}")")
  done
  printf "   %-31s | %-37s | %-37s | %s\n" "$label" "${cells[0]}" "${cells[1]}" "$(ratio "${rps[citus,$what]}" "${rps[plain,$what]}")"
done
echo "   load: plain ${load_secs[plain]} s, Citus ${load_secs[citus]} s; whole run $(elapsed) s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
