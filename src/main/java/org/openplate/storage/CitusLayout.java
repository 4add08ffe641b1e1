package org.openplate.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spreads the schema over a Citus cluster when, and only when, the database has the {@code citus}
 * extension (issue 17; the layout and its reasons are in docs/scaling.md). Runs after the migrations
 * on every start and is idempotent: a table already laid out is left alone, so tables added by later
 * migrations are distributed on the next start, and an installation that gains the extension later
 * is converted with its data (Citus copies existing rows into the shards).
 * <ul>
 *   <li>Per-user tables are hash-distributed by {@code user_id}, all in one co-location group, so one
 *       user's rows of every table live in the same shard and a request for one user is a router
 *       query on one worker.</li>
 *   <li>Sessions, known devices, password resets and API tokens are looked up by the hash of a
 *       secret before the user is known: they are distributed by that hash.</li>
 *   <li>Users (looked up by e-mail at sign-in), roles, the food catalogue (including custom foods)
 *       and articles are reference tables, copied to every worker so that any shard can join them.</li>
 *   <li>Queues and counters that instances claim across users (mail outbox, notification queue,
 *       sign-in throttle, health heartbeat) stay on the coordinator.</li>
 * </ul>
 */
public final class CitusLayout {

    private static final Logger LOG = LoggerFactory.getLogger(CitusLayout.class);

    /** Held while laying out, so instances starting together do not race. */
    private static final long LOCK_KEY = 0x0_0917_C175L;

    static final List<String> REFERENCE = List.of("users", "user_roles", "foods", "catalog_bundles", "articles",
            "article_versions", "article_images", "media_objects");

    /** Distributed by user_id; parents before the tables that refer to them. */
    static final List<String> BY_USER = List.of("profiles", "diary_settings", "diary_meals", "recipes",
            "recipe_ingredients", "diary_entries", "diary_days", "exercise_settings", "exercise_entries", "back_checkins",
            "weigh_ins", "goal_changes", "notifications", "notification_prefs", "notification_settings", "import_keys",
            "import_previews", "get_started", "user_data_versions");

    /** Distributed by token_hash, co-located with sessions. */
    static final List<String> BY_SECRET = List.of("sessions", "known_devices", "password_resets", "api_tokens");

    private CitusLayout() {
    }

    /** Whether the connected database has the Citus extension. */
    public static boolean present(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM pg_extension WHERE extname = 'citus'")) {
            return rs.next();
        }
    }

    /**
     * Lays the schema out on Citus if the extension is there; returns the number of tables changed, or -1
     * when the database is not Citus.
     */
    static int apply(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            if (!present(c)) {
                return -1;
            }
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
                try {
                    int changed = layOut(c, s);
                    LOG.info("citus: schema laid out ({} table(s) changed this start)", changed);
                    return changed;
                } finally {
                    s.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the schema could not be distributed on Citus: " + e.getMessage(), e);
        }
    }

    private static int layOut(Connection c, Statement s) throws SQLException {
        if (done(c)) {
            return 0;
        }
        // One transaction: either the whole schema is laid out or nothing changed (a failed start leaves the
        // database as it was). Sequential mode keeps Citus from opening parallel connections per shard, which
        // would forbid the foreign keys to reference tables that are added back in the same transaction.
        c.setAutoCommit(false);
        try {
            s.execute("SET LOCAL citus.multi_shard_modify_mode TO 'sequential'");
            // Foreign keys are dropped while tables change type and added back afterwards: Citus refuses to
            // convert a table that a plain table points at, and converting tables one by one through its
            // "local" kind does not work for tables with identity columns.
            List<String[]> keys = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)"
                    + " FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace ORDER BY 1, 2")) {
                while (rs.next()) {
                    keys.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            for (String[] k : keys) {
                s.execute("ALTER TABLE " + k[0] + " DROP CONSTRAINT " + k[1]);
            }
            int changed = 0;
            for (String t : REFERENCE) {
                changed += make(c, s, t, "reference", "SELECT create_reference_table('" + t + "')");
            }
            // Secrets looked up by hash. A session's short public id was unique; on Citus a unique index must
            // include the distribution column, and a 96-bit prefix of a random hash does not collide in practice.
            if (!"distributed".equals(type(c, "sessions"))) {
                s.execute("DROP INDEX IF EXISTS sessions_public_id");
                s.execute("CREATE INDEX IF NOT EXISTS sessions_public_id ON sessions (public_id)");
            }
            if (!"distributed".equals(type(c, "api_tokens"))) {
                // API tokens are found by the hash of the secret; the id stays unique by its identity sequence.
                s.execute("ALTER TABLE api_tokens DROP CONSTRAINT IF EXISTS api_tokens_pkey");
                s.execute("ALTER TABLE api_tokens DROP CONSTRAINT IF EXISTS api_tokens_token_hash_key");
                s.execute("ALTER TABLE api_tokens ADD PRIMARY KEY (token_hash)");
            }
            String group = "none";
            for (String t : BY_SECRET) {
                changed += make(c, s, t, "distributed",
                        "SELECT create_distributed_table('" + t + "', 'token_hash', colocate_with => '" + group + "')");
                group = BY_SECRET.get(0);
            }
            // The per-minute counters are keyed by token id and purged by age; their foreign key to a table
            // sharded by hash would cross shards, so it is not added back.
            changed += make(c, s, "api_rate", "distributed",
                    "SELECT create_distributed_table('api_rate', 'token_id', colocate_with => 'none')");
            group = "none";
            for (String t : BY_USER) {
                changed += make(c, s, t, "distributed",
                        "SELECT create_distributed_table('" + t + "', 'user_id', colocate_with => '" + group + "')");
                group = BY_USER.get(0);
            }
            for (String[] k : keys) {
                if (!k[1].equals("api_rate_token_id_fkey")) {
                    s.execute("ALTER TABLE " + k[0] + " ADD CONSTRAINT " + k[1] + " " + k[2]);
                }
            }
            c.commit();
            return changed;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Whether every table already has its Citus type (the usual case on every start after the first). */
    static boolean done(Connection c) throws SQLException {
        for (String t : REFERENCE) {
            if (!"reference".equals(type(c, t))) {
                return false;
            }
        }
        for (String t : java.util.stream.Stream.of(BY_SECRET, BY_USER, List.of("api_rate")).flatMap(List::stream).toList()) {
            if (!"distributed".equals(type(c, t))) {
                return false;
            }
        }
        return true;
    }

    private static int make(Connection c, Statement s, String table, String wanted, String sql) throws SQLException {
        String now = type(c, table);
        if (wanted.equals(now)) {
            return 0;
        }
        if ("local".equals(now)) {
            // A table a later migration created with a key to a reference table: Citus made it a coordinator
            // ("local") table; back to a plain table first (its foreign keys are dropped at this point).
            s.execute("SELECT undistribute_table('" + table + "')");
        }
        s.execute(sql);
        return 1;
    }

    /** {@code distributed}, {@code reference}, {@code local} (on the coordinator, in Citus metadata) or null. */
    static String type(Connection c, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT citus_table_type FROM citus_tables WHERE table_name = ?::regclass")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
