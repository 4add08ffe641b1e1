package org.openplate.diary;

import java.time.LocalDate;
import java.util.Locale;
import org.openplate.common.BadInputException;
import org.openplate.common.TextInput;
import org.openplate.web.FieldReader;

/**
 * The diary's forms and JSON bodies read into typed requests, for the adapters ({@link DiaryPages},
 * {@link DiaryApi}, {@link RecipePages}). Field names and error messages are the API's contract: each
 * names the field and its allowed range. Rules that need the user's data (the date range around
 * today, which meals, foods and recipes exist) stay with the services.
 */
final class DiaryRequests {

    /** A meal id that no meal has: sent when the text was not a number, so the service lists the meals. */
    static final long NO_MEAL = -1;
    static final double MAX_QUICK_KCAL = 10_000;
    static final double MAX_QUICK_GRAMS = 1_000;
    static final int MAX_QUICK_NAME = 80;

    private DiaryRequests() {
    }

    /** A diary date given in a path: blank is today (null), otherwise yyyy-mm-dd. */
    static LocalDate date(String text, String field) {
        return FieldReader.date(field, text);
    }

    /** A meal id as sent: null when blank, {@link #NO_MEAL} when it is not a number. */
    static Long mealId(String text) {
        if (!FieldReader.filled(text)) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return NO_MEAL;
        }
    }

    /** An optional meal id of the copy body: null when blank. */
    static Long optionalMealId(FieldReader f, String field) {
        String text = f.text(field);
        if (!FieldReader.filled(text)) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(field, field + " must be the id of one of your meals.");
        }
    }

    /**
     * A new entry: {@code foodId} (or {@code recipeId}) with {@code amount} and {@code portion}; or a
     * quick add with {@code kcal} and optional {@code protein}, {@code carbs}, {@code fat} (grams) and
     * {@code name}; with {@code date} and {@code mealId}.
     */
    static AddEntryRequest addEntry(FieldReader f) {
        return addEntry(f, f.date("date"));
    }

    /** A new entry for a day given by the path, with its optional {@code clientId}. */
    static AddEntryRequest addEntry(FieldReader f, LocalDate date) {
        return what(f, date).withClientId(clientId(f.text("clientId")));
    }

    static final int MAX_CLIENT_ID = 64;
    private static final java.util.regex.Pattern CLIENT_ID = java.util.regex.Pattern.compile("[A-Za-z0-9-]{1,64}");

    /** An entry's client id: null when blank, otherwise 1 to 64 letters, digits or dashes (a UUID fits). */
    static String clientId(String text) {
        if (!FieldReader.filled(text)) {
            return null;
        }
        String id = text.strip();
        if (!CLIENT_ID.matcher(id).matches()) {
            throw new BadInputException("clientId", "clientId must be 1 to " + MAX_CLIENT_ID
                    + " letters, digits or dashes (a UUID such as 0b6f8a52-3c1e-4d7a-9f00-5e2b1c3d4e5f).");
        }
        return id;
    }

    private static AddEntryRequest what(FieldReader f, LocalDate date) {
        Long meal = mealId(f.text("mealId"));
        if (f.present("foodId")) {
            long food = id(f, "foodId", "foodId must be the id of a food.");
            return new AddEntryRequest(date, meal, new NewEntry.FoodPortion(food, Amounts.amount(f.text("amount")),
                    f.text("portion")));
        }
        if (f.present("recipeId")) {
            long recipe = id(f, "recipeId", "recipeId must be the id of one of your recipes.");
            return new AddEntryRequest(date, meal, new NewEntry.RecipePortion(recipe,
                    Amounts.amount(f.text("amount")), f.text("portion")));
        }
        if (f.present("kcal")) {
            String name = f.text("name") == null ? null : quickName(f);
            return new AddEntryRequest(date, meal, new NewEntry.QuickAdd(name, kcal(f), macro(f, "protein"),
                    macro(f, "carbs"), macro(f, "fat")));
        }
        throw new BadInputException("foodId", "foodId is required (or recipeId, or kcal for a quick add).");
    }

    /** Changes to an entry; fields not sent keep their values (a blank macro or name clears it). */
    static UpdateEntryRequest updateEntry(FieldReader f) {
        LocalDate date = f.date("date");
        Long meal = mealId(f.text("mealId"));
        Double amount = f.present("amount") ? Amounts.amount(f.text("amount")) : null;
        String portion = f.present("portion") ? f.text("portion") : null;
        Double kcal = f.present("kcal") ? kcal(f) : null;
        return new UpdateEntryRequest(date, meal, amount, portion, kcal, macroChange(f, "protein"),
                macroChange(f, "carbs"), macroChange(f, "fat"),
                f.sent("name") ? new UpdateEntryRequest.Change<>(quickName(f)) : null);
    }

    /** The day's water: {@code set} or {@code add}, in {@code unit} (cups or ml) or the user's unit. */
    static WaterRequest water(FieldReader f) {
        WaterUnit unit = f.present("unit") ? WaterUnit.fromCode(f.text("unit")).orElseThrow(
                () -> new BadInputException("unit", "unit must be cups or ml.")) : null;
        if (f.present("set")) {
            return new WaterRequest(unit, number(f, "set"), null);
        }
        if (f.present("add")) {
            return new WaterRequest(unit, null, number(f, "add"));
        }
        return new WaterRequest(unit, null, null);
    }

    /** {@code exerciseCredit} (all, half, none) and {@code waterUnit} (cups, ml); absent keeps them. */
    static SettingsRequest settings(FieldReader f) {
        ExerciseCredit credit = f.present("exerciseCredit") ? ExerciseCredit.fromCode(f.text("exerciseCredit"))
                .orElseThrow(() -> new BadInputException("exerciseCredit", "exerciseCredit must be all, half or none."))
                : null;
        WaterUnit water = f.present("waterUnit") ? WaterUnit.fromCode(f.text("waterUnit")).orElseThrow(
                () -> new BadInputException("waterUnit", "waterUnit must be cups or ml.")) : null;
        return new SettingsRequest(credit, water);
    }

    /** The API's meal change: {@code name} (when sent) and {@code move} (its sign: up or down). */
    static MealChange mealChange(FieldReader f) {
        int move = 0;
        if (f.sent("move")) {
            Double m = f.number("move", () -> "move must be a number.");
            if (m == null) {
                throw new BadInputException("move", "move must be a number.");
            }
            move = (int) Math.signum(m);
        }
        return new MealChange(f.sent("name") ? (f.text("name") == null ? "" : f.text("name")) : null, move);
    }

    /** A recipe's {@code name}, {@code servings} and {@code notes}, with the ingredients read apart. */
    static RecipeRequest recipe(FieldReader f, java.util.List<RecipeRequest.IngredientRequest> ingredients) {
        String name = f.sent("name") ? f.stripped("name") : null;
        Double servings = null;
        if (f.present("servings")) {
            servings = number(f, "servings");
            if (servings < 0.1 || servings > Recipe.MAX_SERVINGS) {
                throw new BadInputException("servings", "servings must be between 0.1 and 1,000.");
            }
        }
        String notes = f.sent("notes") ? f.stripped("notes") : null;
        return new RecipeRequest(name, servings, notes, ingredients);
    }

    /**
     * An ingredient: {@code foodId}, {@code amount}, {@code portion}. {@code field} names it in messages
     * ("foodId" on the recipe page, "ingredients[2]" in an API body).
     */
    static RecipeRequest.IngredientRequest ingredient(String foodId, String amount, String portion, String field) {
        if (foodId == null || foodId.isBlank()) {
            throw new BadInputException(field, field + ": foodId is required.");
        }
        String prefix = field.equals("foodId") ? "" : field + ".";
        TextInput.line(prefix + "foodId", foodId);
        TextInput.line(prefix + "amount", amount);
        TextInput.line(prefix + "portion", portion);
        long id;
        try {
            id = Long.parseLong(foodId.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(prefix + "foodId", prefix + "foodId must be the id of a food.");
        }
        return new RecipeRequest.IngredientRequest(id, Amounts.amount(amount), portion);
    }

    /** The words of a history search (at most six); none for a blank query. */
    static java.util.List<String> words(String query) {
        TextInput.line("q", query);
        return query == null ? java.util.List.of() : java.util.Arrays.stream(query.trim().split("\\s+"))
                .filter(w -> !w.isBlank()).limit(6).toList();
    }

    private static long id(FieldReader f, String field, String message) {
        try {
            return Long.parseLong(f.text(field).trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(field, message);
        }
    }

    private static double kcal(FieldReader f) {
        return bounded(f, "kcal", MAX_QUICK_KCAL);
    }

    private static Double macro(FieldReader f, String field) {
        return f.present(field) ? bounded(f, field, MAX_QUICK_GRAMS) : null;
    }

    private static UpdateEntryRequest.Change<Double> macroChange(FieldReader f, String field) {
        return f.sent(field) ? new UpdateEntryRequest.Change<>(macro(f, field)) : null;
    }

    private static String quickName(FieldReader f) {
        String name = f.stripped("name");
        if (name.length() > MAX_QUICK_NAME) {
            throw new BadInputException("name", "name must be at most 80 characters.");
        }
        return name.isEmpty() ? null : name;
    }

    private static double bounded(FieldReader f, String field, double max) {
        double v = number(f, field);
        if (v < 0 || v > max) {
            String unit = field.equals("kcal") ? " kcal" : " g";
            throw new BadInputException(field, field + " must be between 0 and "
                    + String.format(Locale.ROOT, "%,d", (long) max) + unit + ".");
        }
        return v;
    }

    private static double number(FieldReader f, String field) {
        Double v = f.number(field, () -> field + " must be a number.");
        if (v == null) {
            throw new BadInputException(field, field + " must be a number.");
        }
        return v;
    }
}
