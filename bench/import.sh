#!/usr/bin/env bash
# Import and export speed on the command line, embedded SQLite: generates a Cronometer export with
# two years of meals (YEARS x 365 days x ~8 servings with 8 nutrient columns, plus daily weights),
# imports it into a fresh account (preview check, then one transaction), imports it again (nothing
# added: idempotent), then exports the account and restores the export into a second account.
# Each import prints its own time ("imported: ... in X s": reading, checking and writing, without the
# JVM's start or opening the database); the figure in parentheses is the wall time of the whole run.
# Usage: bench/import.sh [YEARS]   (default 2: ~5,800 servings; about a minute). JAVA_OPTS go to each java run.
set -euo pipefail
cd "$(dirname "$0")/.."
years=${1:-2}
dir=target/bench-import
mvn=./mvnw; [ -x "$mvn" ] || mvn=mvn
if [ ! -f target/openplate.jar ] || [ -n "$(find src pom.xml -newer target/openplate.jar -type f -print -quit)" ]; then
  $mvn -B -q -ntp package -DskipTests
fi
rm -rf "$dir" && mkdir -p "$dir"
. bench/newest-jdk.sh
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
"$java" -version 2>&1 | head -1
python3 - "$dir" "$years" <<'PY'
import sys, random, datetime
d, years = sys.argv[1], int(sys.argv[2])
random.seed(42)
foods = [("Oatmeal, cooked", 240, 166, 5.9, 28, 3.6), ("Greek yogurt", 170, 100, 17, 6, 0.7),
         ("Chicken breast, roasted", 120, 198, 37, 0, 4.3), ("Brown rice, cooked", 195, 218, 4.5, 46, 1.6),
         ("Apple", 182, 95, 0.5, 25, 0.3), ("Almonds", 28, 164, 6, 6, 14), ("Lentil soup", 250, 230, 14, 35, 3),
         ("Salmon, baked", 150, 280, 39, 0, 12.5), ("Broccoli, steamed", 90, 31, 2.5, 6, 0.4)]
micros = {f[0]: (random.uniform(0, 5), random.uniform(50, 600), random.uniform(10, 200), random.uniform(0.1, 3))
          for f in foods}
start = datetime.date(2026, 11, 26) - datetime.timedelta(days=365 * years)
with open(f"{d}/servings.csv", "w") as s, open(f"{d}/biometrics.csv", "w") as b:
    s.write("Day,Time,Group,Food Name,Amount,Energy (kcal),Protein (g),Carbs (g),Fat (g),Fiber (g),Sodium (mg),"
            "Calcium (mg),Iron (mg),Category\n")
    b.write("Day,Time,Group,Metric,Unit,Amount\n")
    n = 0
    for i in range(365 * years):
        day = start + datetime.timedelta(days=i)
        for meal in ("Breakfast", "Lunch", "Dinner", "Snacks"):
            for _ in range(2):
                name, g, kcal, p, c, f = random.choice(foods)
                k = random.uniform(0.5, 1.5)
                fib, na, ca, fe = micros[name]
                s.write(f'{day},{8 + n % 12}:00,{meal},"{name}",{g * k:.2f} g,{kcal * k:.1f},{p * k:.2f},{c * k:.2f},'
                        f'{f * k:.2f},{fib * k:.2f},{na * k:.1f},{ca * k:.1f},{fe * k:.3f},Foods\n')
                n += 1
        b.write(f"{day},07:00,Weight,Weight,kg,{80 - i * 0.005 + random.uniform(-0.5, 0.5):.1f}\n")
print(f"generated {n} servings and {365 * years} weigh-ins")
PY
ls -la "$dir"/*.csv | awk '{print $5, $9}'
jar="$java ${JAVA_OPTS:-} -jar target/openplate.jar"   # JAVA_OPTS, e.g. the server's heap limit
db="--data-dir $dir"
# two accounts (the app creates the schema on first use)
$jar db migrate $db >/dev/null
for who in ann bob; do
  python3 - "$dir/openplate.db" "$who@example.org" <<'PY'
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1]); c.execute("INSERT INTO users (email, password_hash, created_at) VALUES (?, 'x', ?)",
    (sys.argv[2], int(time.time() * 1000))); c.commit()
PY
done
t() { local s=$(date +%s.%N); "$@"; echo "  ($(echo "$(date +%s.%N) - $s" | bc) s)"; }
echo "== import (check, then one transaction)"
t $jar import $db --user ann@example.org --format cronometer "$dir/servings.csv" "$dir/biometrics.csv" 2>/dev/null | grep -v " INFO " | tail -5
echo "== the same files again (idempotent)"
t $jar import $db --user ann@example.org --format cronometer "$dir/servings.csv" "$dir/biometrics.csv" 2>/dev/null | tail -2
echo "== export"
t $jar export $db --user ann@example.org --out "$dir/ann.zip" 2>/dev/null | grep -v " INFO "
echo "== restore into another account"
t $jar import $db --user bob@example.org "$dir/ann.zip" 2>/dev/null | grep -v " INFO "
