package org.openplate.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 19: every user-owned row carries its owner, and on PostgreSQL every key of a
 * user table leads with {@code user_id}, so the schema can be sharded by user (issue 17, Citus).
 * <ul>
 *   <li>Both databases: {@code recipe_ingredients} gains {@code user_id}, filled from its recipe.</li>
 *   <li>PostgreSQL: primary keys of user tables become {@code (user_id, id)}, and the foreign keys
 *       between user tables become composite, {@code (user_id, x_id) → (user_id, id)}, so a child
 *       row can only point at a row of the same user (and, on Citus, in the same shard). SQLite keeps
 *       its single-column keys: changing them there means rebuilding every table, for no gain on a
 *       single file; the ids stay unique on both.</li>
 * </ul>
 * A Java migration because the steps differ by database while the version history stays one list.
 */
final class UserKeysMigration implements JavaMigration {

    /** User tables with a surrogate {@code id} whose primary key becomes {@code (user_id, id)}. */
    static final java.util.List<String> KEYED = java.util.List.of("diary_meals", "recipes", "recipe_ingredients",
            "diary_entries", "exercise_entries", "weigh_ins", "goal_changes", "notifications", "import_previews");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("19");
    }

    @Override
    public String getDescription() {
        return "user keys for sharding";
    }

    @Override
    public Integer getChecksum() {
        return 19_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE recipe_ingredients ADD COLUMN user_id BIGINT REFERENCES users (id) ON DELETE CASCADE");
            s.execute("UPDATE recipe_ingredients SET user_id = (SELECT r.user_id FROM recipes r"
                    + " WHERE r.id = recipe_ingredients.recipe_id)");
            s.execute("DROP INDEX recipe_ingredients_recipe");
            s.execute("CREATE INDEX recipe_ingredients_recipe ON recipe_ingredients (user_id, recipe_id, position)");
            if (!postgres) {
                return;
            }
            s.execute("ALTER TABLE recipe_ingredients ALTER COLUMN user_id SET NOT NULL");
            // Foreign keys that point at a user table's single-column id go first: they depend on its key.
            s.execute("ALTER TABLE recipe_ingredients DROP CONSTRAINT recipe_ingredients_recipe_id_fkey");
            s.execute("ALTER TABLE diary_entries DROP CONSTRAINT diary_entries_meal_id_fkey");
            s.execute("ALTER TABLE diary_entries DROP CONSTRAINT diary_entries_recipe_id_fkey");
            s.execute("ALTER TABLE back_checkins DROP CONSTRAINT back_checkins_entry_id_fkey");
            s.execute("ALTER TABLE back_checkins DROP CONSTRAINT back_checkins_pkey, ADD PRIMARY KEY (user_id, entry_id)");
            for (String t : KEYED) {
                s.execute("ALTER TABLE " + t + " DROP CONSTRAINT " + t + "_pkey, ADD PRIMARY KEY (user_id, id)");
            }
            s.execute("ALTER TABLE import_previews DROP CONSTRAINT import_previews_token_key,"
                    + " ADD CONSTRAINT import_previews_token_key UNIQUE (user_id, token)");
            s.execute("ALTER TABLE recipe_ingredients ADD CONSTRAINT recipe_ingredients_recipe_fkey"
                    + " FOREIGN KEY (user_id, recipe_id) REFERENCES recipes (user_id, id) ON DELETE CASCADE");
            s.execute("ALTER TABLE diary_entries ADD CONSTRAINT diary_entries_meal_fkey"
                    + " FOREIGN KEY (user_id, meal_id) REFERENCES diary_meals (user_id, id)");
            s.execute("ALTER TABLE diary_entries ADD CONSTRAINT diary_entries_recipe_fkey"
                    + " FOREIGN KEY (user_id, recipe_id) REFERENCES recipes (user_id, id)");
            s.execute("ALTER TABLE back_checkins ADD CONSTRAINT back_checkins_entry_fkey"
                    + " FOREIGN KEY (user_id, entry_id) REFERENCES exercise_entries (user_id, id) ON DELETE CASCADE");
        }
    }
}
