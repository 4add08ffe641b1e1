package org.openplate.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.TestDatabases;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * An installation at schema version 18 (before the keys were made shardable) with data in it upgrades in
 * place: every row is still there, recipe ingredients gain their owner from their recipe, and afterwards a
 * child row cannot point at another user's parent row. On a Citus cluster the same upgrade also spreads the
 * existing rows over the shards.
 */
class UserKeysUpgradeTest {

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void anInstallationAtVersion18UpgradesWithItsData(TestDb tdb) {
        Dialect dialect = Dialect.of(tdb.url());
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(tdb.url());
        if (tdb.user() != null) {
            cfg.setUsername(tdb.user());
            cfg.setPassword(tdb.password());
        }
        Map<String, Long> before;
        long ann;
        long bob;
        try (HikariDataSource ds = new HikariDataSource(cfg)) {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").placeholders(dialect.placeholders())
                    .target("18").load().migrate();
            Jdbi jdbi = Jdbi.create(ds);
            ann = jdbi.withHandle(h -> user(h, "ann@example.test"));
            bob = jdbi.withHandle(h -> user(h, "bob@example.test"));
            jdbi.useHandle(h -> {
                seed(h, ann);
                seed(h, bob);
            });
            before = counts(jdbi);
        }
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            Jdbi jdbi = db.jdbi();
            assertEquals(before, counts(jdbi), "every row is still there");
            for (long u : List.of(ann, bob)) {
                int owned = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM recipe_ingredients"
                        + " WHERE user_id = :u").bind("u", u).mapTo(Integer.class).one());
                assertEquals(3, owned, "owner copied from the recipe");
            }
            int joined = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM recipe_ingredients i"
                    + " JOIN recipes r ON r.user_id = i.user_id AND r.id = i.recipe_id").mapTo(Integer.class).one());
            assertEquals(6, joined, "each ingredient joins its own recipe on the owner and the id");
            if (db.dialect() == Dialect.POSTGRES) {
                long annsMeal = jdbi.withHandle(h -> h.createQuery("SELECT id FROM diary_meals WHERE user_id = :u LIMIT 1")
                        .bind("u", ann).mapTo(Long.class).one());
                assertThrows(RuntimeException.class, () -> jdbi.useHandle(h -> h.execute(
                        "INSERT INTO diary_entries (user_id, day, meal_id, position, kind, quick_kcal, created_at)"
                                + " VALUES (?, '2026-11-01', ?, 9, 'quick', 100, 0)", bob, annsMeal)),
                        "an entry cannot sit in another user's meal");
                assertEquals("(user_id, id)", jdbi.withHandle(h -> h.createQuery("SELECT substring(pg_get_constraintdef(oid)"
                        + " from '\\(.*\\)') FROM pg_constraint WHERE conname = 'diary_entries_pkey'").mapTo(String.class).one())
                        .replace("PRIMARY KEY ", ""));
            }
            if (TestDatabases.onCitus()) {
                assertEquals("distributed", jdbi.withHandle(h -> h.createQuery(
                        "SELECT citus_table_type FROM citus_tables WHERE table_name = 'diary_entries'::regclass")
                        .mapTo(String.class).one()));
            }
        }
    }

    private static long user(Handle h, String email) {
        h.execute("INSERT INTO users (email, password_hash, created_at) VALUES (?, 'x', 0)", email);
        return h.createQuery("SELECT id FROM users WHERE email = :e").bind("e", email).mapTo(Long.class).one();
    }

    private static void seed(Handle h, long user) {
        h.execute("INSERT INTO profiles (user_id, activity, weekly_goal, unit_system, time_zone, bmr_equation, carbs_pct,"
                + " protein_pct, fat_pct, updated_at) VALUES (?, 'light', 'maintain', 'US', 'UTC', 'mifflin', 50, 20, 30, 0)",
                user);
        h.execute("INSERT INTO foods (source, source_id, owner_id, name, kcal, nutrients, portions, updated_at)"
                + " VALUES ('custom', ?, ?, 'Porridge', 70, '{}', '[]', 0)", "p" + user, user);
        long food = h.createQuery("SELECT id FROM foods WHERE source_id = :s").bind("s", "p" + user).mapTo(Long.class).one();
        h.execute("INSERT INTO diary_meals (user_id, name, position) VALUES (?, 'Breakfast', 0)", user);
        long meal = h.createQuery("SELECT id FROM diary_meals WHERE user_id = :u").bind("u", user).mapTo(Long.class).one();
        h.execute("INSERT INTO recipes (user_id, name, servings, created_at, updated_at) VALUES (?, 'Oats', 2, 0, 0)", user);
        long recipe = h.createQuery("SELECT id FROM recipes WHERE user_id = :u").bind("u", user).mapTo(Long.class).one();
        for (int i = 0; i < 3; i++) {
            h.execute("INSERT INTO recipe_ingredients (recipe_id, position, food_id, amount, unit, grams)"
                    + " VALUES (?, ?, ?, 40, 'g', 40)", recipe, i, food);
        }
        h.execute("INSERT INTO diary_entries (user_id, day, meal_id, position, kind, food_id, amount, unit, grams,"
                + " created_at) VALUES (?, '2026-11-01', ?, 0, 'food', ?, 40, 'g', 40, 0)", user, meal, food);
        h.execute("INSERT INTO diary_entries (user_id, day, meal_id, position, kind, recipe_id, amount, unit, grams,"
                + " created_at) VALUES (?, '2026-11-01', ?, 1, 'recipe', ?, 1, 'serving', 60, 0)", user, meal, recipe);
        h.execute("INSERT INTO exercise_entries (user_id, day, kind, name, minutes, kcal, created_at)"
                + " VALUES (?, '2026-11-01', 'manual', 'Walk', 30, 120, 0)", user);
        long exercise = h.createQuery("SELECT id FROM exercise_entries WHERE user_id = :u").bind("u", user)
                .mapTo(Long.class).one();
        h.execute("INSERT INTO back_checkins (entry_id, user_id, day, pain_before, pain_after, areas, hold_seconds, effort,"
                + " red_flags, created_at) VALUES (?, ?, '2026-11-01', 3, 2, 'lower', 25, 'mild', '', 0)", exercise, user);
        h.execute("INSERT INTO weigh_ins (user_id, day, measured_at, weight_kg, created_at) VALUES (?, '2026-11-01', 0, 80, 0)",
                user);
        h.execute("INSERT INTO notifications (user_id, kind, dedupe_key, title, body, created_at) VALUES (?, 'k', 'd', 't',"
                + " 'b', 0)", user);
    }

    private static Map<String, Long> counts(Jdbi jdbi) {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (String t : List.of("users", "profiles", "foods", "diary_meals", "recipes", "recipe_ingredients",
                "diary_entries", "exercise_entries", "back_checkins", "weigh_ins", "notifications")) {
            out.put(t, jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + t).mapTo(Long.class).one()));
        }
        return out;
    }
}
