package org.openplate.transfer;

import java.util.List;
import java.util.Map;

/**
 * The tables that hold one user's data, in an order where every table comes after the tables it
 * refers to, with how each is keyed and which columns point at other exported rows. This is the
 * whole of an account's data except secrets (password hash, sessions, API tokens).
 */
final class UserTables {

    private UserTables() {
    }

    /**
     * @param name      table
     * @param userColumn the column holding the owner
     * @param id        the surrogate key to remap on import, or null (keyed by the user and {@code natural})
     * @param natural   columns that, with the user, identify a row when there is no surrogate key
     * @param refs      column → table whose remapped id it holds ("foods" resolves catalogue foods by source)
     */
    record Table(String name, String userColumn, String id, List<String> natural, Map<String, String> refs) {
    }

    static final List<Table> ALL = List.of(
            new Table("profiles", "user_id", null, List.of(), Map.of()),
            new Table("diary_settings", "user_id", null, List.of(), Map.of()),
            new Table("exercise_settings", "user_id", null, List.of(), Map.of()),
            new Table("notification_settings", "user_id", null, List.of(), Map.of()),
            new Table("notification_prefs", "user_id", null, List.of("kind"), Map.of()),
            new Table("foods", "owner_id", "id", List.of(), Map.of()),
            new Table("recipes", "user_id", "id", List.of(), Map.of()),
            new Table("recipe_ingredients", "user_id", "id", List.of(), Map.of("recipe_id", "recipes", "food_id", "foods")),
            new Table("diary_meals", "user_id", "id", List.of(), Map.of()),
            new Table("diary_entries", "user_id", "id", List.of(),
                    Map.of("meal_id", "diary_meals", "food_id", "foods", "recipe_id", "recipes")),
            new Table("diary_days", "user_id", null, List.of("day"), Map.of()),
            new Table("exercise_entries", "user_id", "id", List.of(), Map.of()),
            new Table("back_checkins", "user_id", null, List.of("entry_id"), Map.of("entry_id", "exercise_entries")),
            new Table("weigh_ins", "user_id", "id", List.of(), Map.of()),
            new Table("goal_changes", "user_id", "id", List.of(), Map.of()),
            new Table("notifications", "user_id", "id", List.of(), Map.of()),
            new Table("import_keys", "user_id", null, List.of("source", "external_id"), Map.of()),
            new Table("article_images", "uploaded_by", "id", List.of(), Map.of()));

    static Table byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
