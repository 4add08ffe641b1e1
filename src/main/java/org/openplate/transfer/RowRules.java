package org.openplate.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openplate.diary.ExerciseCredit;
import org.openplate.diary.Meal;
import org.openplate.diary.Recipe;
import org.openplate.diary.WaterUnit;
import org.openplate.energy.ActivityLevel;
import org.openplate.energy.BmrEquation;
import org.openplate.energy.CalorieGoalInput;
import org.openplate.energy.Sex;
import org.openplate.energy.WeeklyGoal;
import org.openplate.exercise.CheckIn;
import org.openplate.food.importer.Barcodes;
import org.openplate.notification.NotificationKind;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.units.UnitSystem;
import org.openplate.units.WeightRange;

/**
 * What a restore may write: for every table, the rows a user could have created through the app,
 * with the same ranges, lengths and words as the app's forms (their constants and enums are reused
 * where they are public; other bounds repeat the form's, named here). Server-side columns are set
 * by the restore, never taken from the export: the owner, {@code updated_at}, a food's flags,
 * an import key's local id. Columns not listed are dropped, so the database's default applies.
 * OWASP ASVS V5.1 (input validation): allow-lists, ranges and lengths on every field.
 */
final class RowRules {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Bounds the app's forms use that are not public in their features (same figures). */
    static final int MAX_NAME = 200;
    static final int MAX_NOTE = 2_000;
    static final int MAX_UNIT = 60;
    static final double MAX_GRAMS = 50_000;
    static final double MAX_WATER_ML = 20_000;
    static final double MAX_KCAL = 10_000;
    static final double MAX_PER_100G = 100_000;
    static final Set<String> FOOD_SOURCES = Set.of("custom", "import-myfitnesspal", "import-cronometer",
            "import-loseit", "import-myplate");

    private RowRules() {
    }

    /** Checks and normalises one row in place, or throws naming the table, row and column. */
    static void check(String table, RowCheck c) {
        switch (table) {
            case "profiles" -> profile(c);
            case "diary_settings" -> {
                c.oneOf("exercise_credit", s -> ExerciseCredit.fromCode(s).isPresent(),
                        codes(ExerciseCredit.values(), ExerciseCredit::code), true);
                c.oneOf("water_unit", s -> WaterUnit.fromCode(s).isPresent(), codes(WaterUnit.values(), WaterUnit::code),
                        true);
            }
            case "exercise_settings" -> c.flag("net_of_rest");
            case "notification_settings" -> c.clock("food_reminder_time");
            case "notification_prefs" -> {
                notificationKind(c);
                c.flag("enabled");
            }
            case "foods" -> food(c);
            case "recipes" -> {
                c.text("name", MAX_NAME, true);
                c.number("servings", 0.01, Recipe.MAX_SERVINGS, true);
                c.text("notes", MAX_NOTE, false);
                c.flag("deleted");
                c.instant("created_at", true);
                c.instant("updated_at", true);
            }
            case "recipe_ingredients" -> {
                c.whole("position", 0, Recipe.MAX_INGREDIENTS, true);
                c.number("amount", 0, 100_000, true);
                c.text("unit", MAX_UNIT, true);
                c.number("grams", 0, MAX_GRAMS, true);
            }
            case "diary_meals" -> {
                c.text("name", Meal.MAX_NAME, true);
                c.whole("position", 0, 1_000, true);
            }
            case "diary_entries" -> entry(c);
            case "diary_days" -> {
                c.day("day", true);
                c.text("note", MAX_NOTE, false);
                if (c.get("water_ml") == null) {
                    c.set("water_ml", 0.0);
                }
                c.number("water_ml", 0, MAX_WATER_ML, true);
            }
            case "exercise_entries" -> exercise(c);
            case "back_checkins" -> {
                c.day("day", true);
                c.whole("pain_before", 0, CheckIn.MAX_PAIN, true);
                c.whole("pain_after", 0, CheckIn.MAX_PAIN, true);
                c.codes("areas", names(CheckIn.Area.values()));
                c.whole("hold_seconds", 0, CheckIn.MAX_HOLD_SECONDS, true);
                c.oneOf("effort", names(CheckIn.Effort.values())::contains, String.join(", ",
                        names(CheckIn.Effort.values())), true);
                c.codes("red_flags", names(CheckIn.RedFlag.values()));
                c.instant("created_at", true);
            }
            case "weigh_ins" -> {
                c.day("day", true);
                c.instant("measured_at", true);
                c.number("weight_kg", WeightRange.MIN_KG, WeightRange.MAX_KG, true);
                c.number("body_fat_pct", 3, 75, false);
                c.number("waist_cm", 38, 300, false);
                c.instant("created_at", true);
            }
            case "goal_changes" -> {
                c.instant("changed_at", true);
                c.whole("goal_kcal", 0, (long) MAX_KCAL, true);
                c.oneOf("source", Set.of("formula", "adaptive", "manual")::contains, "formula, adaptive, manual", true);
                c.number("weight_kg", WeightRange.MIN_KG, WeightRange.MAX_KG, false);
                c.text("note", MAX_NOTE, false);
            }
            case "notifications" -> {
                notificationKind(c);
                c.text("dedupe_key", MAX_NAME, true);
                c.text("title", MAX_NAME, true);
                c.text("body", MAX_NOTE, true);
                String link = c.text("link", 500, false);
                if (link != null && !org.openplate.common.LocalPaths.isLocal(link)) {
                    c.set("link", null);   // only links inside the app survive a restore
                }
                c.instant("created_at", true);
                c.instant("read_at", false);
            }
            case "import_keys" -> {
                c.text("source", 100, true);
                c.text("external_id", MAX_NAME, true);
                c.text("kind", 40, true);
                c.set("local_id", null);
                c.instant("imported_at", true);
            }
            default -> throw c.refuse("the table", "is not restored");
        }
    }

    private static void profile(RowCheck c) {
        c.oneOf("sex", s -> Sex.fromCode(s).isPresent(), codes(Sex.values(), Sex::code), false);
        java.time.LocalDate birth = c.day("birth_date", false);
        if (birth != null) {
            java.time.LocalDate today = java.time.LocalDate.ofEpochDay(c.now() / 86_400_000L);
            int age = java.time.Period.between(birth, today).getYears();
            if (birth.isAfter(today) || age < CalorieGoalInput.MIN_AGE || age > CalorieGoalInput.MAX_AGE) {
                throw c.refuse("birth_date", "must give an age from " + CalorieGoalInput.MIN_AGE + " to "
                        + CalorieGoalInput.MAX_AGE + " years");
            }
        }
        c.number("height_cm", CalorieGoalInput.MIN_HEIGHT_CM, CalorieGoalInput.MAX_HEIGHT_CM, false);
        c.number("weight_kg", WeightRange.MIN_KG, WeightRange.MAX_KG, false);
        c.number("target_weight_kg", WeightRange.MIN_KG, WeightRange.MAX_KG, false);
        c.number("body_fat_pct", CalorieGoalInput.MIN_BODY_FAT_PCT, CalorieGoalInput.MAX_BODY_FAT_PCT, false);
        c.oneOf("activity", s -> ActivityLevel.fromCode(s).isPresent(), codes(ActivityLevel.values(), ActivityLevel::code),
                true);
        c.oneOf("weekly_goal", s -> WeeklyGoal.fromCode(s).isPresent(), codes(WeeklyGoal.values(), WeeklyGoal::code),
                true);
        c.oneOf("unit_system", s -> UnitSystem.fromCode(s).isPresent(), codes(UnitSystem.values(), UnitSystem::code),
                true);
        c.zone("time_zone");
        c.oneOf("bmr_equation", s -> BmrEquation.fromCode(s).isPresent(), codes(BmrEquation.values(), BmrEquation::code),
                true);
        long sum = c.whole("carbs_pct", 0, 100, true) + c.whole("protein_pct", 0, 100, true)
                + c.whole("fat_pct", 0, 100, true);
        if (sum != 100) {
            throw c.refuse("carbs_pct", "protein_pct and fat_pct must add up to 100 %");
        }
        if (c.get("updated_at") == null) {
            c.set("updated_at", c.now());
        }
        c.instant("updated_at", true);
    }

    private static void food(RowCheck c) {
        c.oneOf("source", FOOD_SOURCES::contains, "a food of your own (" + String.join(", ", FOOD_SOURCES.stream()
                .sorted().toList()) + "); catalogue foods are never restored", true);
        String id = c.text("source_id", 64, true);
        if (!id.matches("[A-Za-z0-9._:-]+")) {
            throw c.refuse("source_id", "must be letters, digits, '.', '_', ':' or '-'");
        }
        c.text("name", MAX_NAME, true);
        c.text("brand", 100, false);
        c.text("food_group", 100, false);
        String barcode = c.text("barcode", 20, false);
        if (barcode != null) {
            c.set("barcode", Barcodes.normalise(barcode).orElseThrow(() -> c.refuse("barcode",
                    "must be a UPC-A, EAN-13 or EAN-8 code with a correct check digit")));
        }
        for (String n : new String[] {"kcal", "protein_g", "fat_g", "carbs_g"}) {
            c.number(n, 0, MAX_PER_100G, false);
        }
        for (String n : new String[] {"protein_factor", "fat_factor", "carb_factor"}) {
            c.number(n, 0, 10, false);
        }
        JsonNode nutrients = json(c, "nutrients", 20_000);
        if (!nutrients.isObject()) {
            throw c.refuse("nutrients", "must be an object of nutrient amounts per 100 g");
        }
        nutrients.fields().forEachRemaining(e -> {
            if (NutrientCatalog.byId(e.getKey()).isEmpty() || !e.getValue().isNumber()
                    || !(e.getValue().doubleValue() >= 0 && e.getValue().doubleValue() <= MAX_PER_100G)) {
                throw c.refuse("nutrients", "must hold known nutrients with amounts from 0 to " + (long) MAX_PER_100G
                        + " (not \"" + e.getKey() + "\")");
            }
        });
        JsonNode portions = json(c, "portions", 20_000);
        if (!portions.isArray() || portions.size() > 50) {
            throw c.refuse("portions", "must be a list of at most 50 portions");
        }
        for (JsonNode p : portions) {
            String name = p.path("name").asText("");
            double grams = p.path("grams").asDouble(-1);
            if (!p.path("name").isTextual() || name.isBlank() || name.length() > MAX_UNIT || !(grams > 0 && grams <= MAX_GRAMS)) {
                throw c.refuse("portions", "must each have a name of up to " + MAX_UNIT + " characters and grams from"
                        + " more than 0 to " + (long) MAX_GRAMS);
            }
        }
        c.flag("deleted");
        c.set("flags", null);
        c.set("updated_at", c.now());   // so the search index picks the food up
    }

    private static void entry(RowCheck c) {
        c.day("day", true);
        c.whole("position", 0, 100_000, true);
        String kind = c.text("kind", 10, true);
        if (!Set.of("food", "recipe", "quick").contains(kind)) {
            throw c.refuse("kind", "must be one of food, recipe, quick (not \"" + kind + "\")");
        }
        if ((kind.equals("food") && c.get("food_id") == null) || (kind.equals("recipe") && c.get("recipe_id") == null)) {
            throw c.refuse(kind + "_id", "is missing for a " + kind + " entry");
        }
        c.number("amount", 0, 100_000, false);
        c.text("unit", MAX_UNIT, false);
        c.number("grams", 0, MAX_GRAMS, false);
        c.text("quick_name", MAX_NAME, false);
        c.number("quick_kcal", 0, MAX_KCAL, false);
        for (String n : new String[] {"quick_protein_g", "quick_carbs_g", "quick_fat_g"}) {
            c.number(n, 0, 1_000, false);
        }
        c.instant("created_at", true);
        c.instant("deleted_at", false);
        String client = c.text("client_id", MAX_CLIENT_ID, false);
        if (client != null && !CLIENT_ID.matcher(client).matches()) {
            throw c.refuse("client_id", "must be 1 to " + MAX_CLIENT_ID + " letters, digits or dashes");
        }
    }

    /** An entry's client id as the diary's add accepts it (a UUID made by the browser fits). */
    static final int MAX_CLIENT_ID = 64;
    private static final java.util.regex.Pattern CLIENT_ID = java.util.regex.Pattern.compile("[A-Za-z0-9-]{1,64}");

    private static void exercise(RowCheck c) {
        c.day("day", true);
        c.oneOf("kind", Set.of("cardio", "strength", "custom", "manual")::contains, "cardio, strength, custom, manual",
                true);
        c.text("activity_code", 20, false);
        c.text("activity_edition", 20, false);
        c.text("name", MAX_NAME, true);
        c.number("minutes", 0, 24 * 60, false);
        c.number("distance_km", 0, 1_000, false);
        c.whole("sets", 0, 1_000, false);
        c.whole("reps", 0, 10_000, false);
        c.number("load_kg", 0, 1_000, false);
        c.number("met", 0, 30, false);
        c.number("kcal_per_min", 0, 100, false);
        c.number("body_weight_kg", WeightRange.MIN_KG, WeightRange.MAX_KG, false);
        c.flag("net_of_rest");
        c.number("kcal", 0, MAX_KCAL, true);
        c.flag("kcal_override");
        c.instant("created_at", true);
    }

    private static void notificationKind(RowCheck c) {
        c.oneOf("kind", s -> NotificationKind.fromCode(s).isPresent(),
                codes(NotificationKind.values(), NotificationKind::code), true);
    }

    private static JsonNode json(RowCheck c, String column, int max) {
        String s = c.text(column, max, true);
        try {
            return JSON.readTree(s);
        } catch (java.io.IOException e) {
            throw c.refuse(column, "must be valid JSON");
        }
    }

    /** Check-ins store enum names (as the exercise repository writes them). */
    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static <E> String codes(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).collect(Collectors.joining(", "));
    }

    /** Columns each table may take from an export (others are dropped); ids and owners are handled apart. */
    static final Map<String, Set<String>> COLUMNS = Map.ofEntries(
            Map.entry("profiles", Set.of("sex", "birth_date", "height_cm", "weight_kg", "activity", "weekly_goal",
                    "target_weight_kg", "unit_system", "time_zone", "bmr_equation", "body_fat_pct", "carbs_pct",
                    "protein_pct", "fat_pct", "updated_at")),
            Map.entry("diary_settings", Set.of("exercise_credit", "water_unit")),
            Map.entry("exercise_settings", Set.of("net_of_rest")),
            Map.entry("notification_settings", Set.of("food_reminder_time")),
            Map.entry("notification_prefs", Set.of("kind", "enabled")),
            Map.entry("foods", Set.of("source", "source_id", "name", "brand", "food_group", "barcode", "kcal", "protein_g",
                    "fat_g", "carbs_g", "nutrients", "portions", "protein_factor", "fat_factor", "carb_factor", "deleted")),
            Map.entry("recipes", Set.of("name", "servings", "notes", "deleted", "created_at", "updated_at")),
            Map.entry("recipe_ingredients", Set.of("recipe_id", "position", "food_id", "amount", "unit", "grams")),
            Map.entry("diary_meals", Set.of("name", "position")),
            Map.entry("diary_entries", Set.of("day", "meal_id", "position", "kind", "food_id", "recipe_id", "amount", "unit",
                    "grams", "quick_name", "quick_kcal", "quick_protein_g", "quick_carbs_g", "quick_fat_g", "created_at",
                    "deleted_at", "client_id")),
            Map.entry("diary_days", Set.of("day", "note", "water_ml")),
            Map.entry("exercise_entries", Set.of("day", "kind", "activity_code", "activity_edition", "name", "minutes",
                    "distance_km", "sets", "reps", "load_kg", "met", "kcal_per_min", "body_weight_kg", "net_of_rest", "kcal",
                    "kcal_override", "created_at")),
            Map.entry("back_checkins", Set.of("entry_id", "day", "pain_before", "pain_after", "areas", "hold_seconds",
                    "effort", "red_flags", "created_at")),
            Map.entry("weigh_ins", Set.of("day", "measured_at", "weight_kg", "body_fat_pct", "waist_cm", "created_at")),
            Map.entry("goal_changes", Set.of("changed_at", "goal_kcal", "source", "weight_kg", "note")),
            Map.entry("notifications", Set.of("kind", "dedupe_key", "title", "body", "link", "created_at", "read_at")),
            Map.entry("import_keys", Set.of("source", "external_id", "kind", "imported_at")),
            Map.entry("article_images", Set.of()));
}
