package org.openplate.diary;

import java.time.LocalDate;
import java.util.function.Function;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.food.Food;

/**
 * Reads an entry from form or API fields: {@code foodId} (or {@code recipeId}) with {@code amount}
 * and {@code portion}; or a quick add with {@code kcal} and optional {@code protein}, {@code carbs},
 * {@code fat} (grams) and {@code name}.
 */
final class EntryForm {

    private EntryForm() {
    }

    static Entry parse(DiaryService diary, UserId user, LocalDate day, long meal, int position,
                       Function<String, String> f) {
        if (present(f.apply("foodId"))) {
            Food food = diary.food(user, f.apply("foodId"), "foodId");
            Amounts.Resolved r = Amounts.forFood(food, Amounts.amount(f.apply("amount")), f.apply("portion"));
            return new Entry(0, day, meal, position, EntryKind.FOOD, food.id(), null, r.amount(), r.unit(), r.grams(),
                    null, 0);
        }
        if (present(f.apply("recipeId"))) {
            Recipe recipe = diary.recipe(user, f.apply("recipeId"), "recipeId");
            Amounts.Resolved r = Amounts.forRecipe(recipe, Amounts.amount(f.apply("amount")), f.apply("portion"));
            return new Entry(0, day, meal, position, EntryKind.RECIPE, null, recipe.id(), r.amount(), r.unit(),
                    r.grams(), null, 0);
        }
        if (present(f.apply("kcal"))) {
            return new Entry(0, day, meal, position, EntryKind.QUICK, null, null, null, null, null, quick(f, null), 0);
        }
        throw new BadInputException("foodId", "foodId is required (or recipeId, or kcal for a quick add).");
    }

    /** The entry with the fields given changed; others keep their values. */
    static Entry amend(DiaryService diary, UserId user, Entry e, Function<String, String> f) {
        switch (e.kind()) {
            case QUICK:
                return new Entry(e.id(), e.day(), e.mealId(), e.position(), e.kind(), null, null, null, null, null,
                        quick(f, e.quick()), e.createdAt());
            case FOOD: {
                Food food = diary.food(user, Long.toString(e.foodId()), "foodId");
                double amount = present(f.apply("amount")) ? Amounts.amount(f.apply("amount")) : e.amount();
                String unit = present(f.apply("portion")) ? f.apply("portion") : e.unit();
                Amounts.Resolved r = Amounts.forFood(food, amount, unit);
                return new Entry(e.id(), e.day(), e.mealId(), e.position(), e.kind(), e.foodId(), null, r.amount(),
                        r.unit(), r.grams(), null, e.createdAt());
            }
            default: {
                Recipe recipe = diary.recipe(user, Long.toString(e.recipeId()), "recipeId");
                double amount = present(f.apply("amount")) ? Amounts.amount(f.apply("amount")) : e.amount();
                String unit = present(f.apply("portion")) ? f.apply("portion") : e.unit();
                Amounts.Resolved r = Amounts.forRecipe(recipe, amount, unit);
                return new Entry(e.id(), e.day(), e.mealId(), e.position(), e.kind(), null, e.recipeId(), r.amount(),
                        r.unit(), r.grams(), null, e.createdAt());
            }
        }
    }

    private static Entry.QuickValues quick(Function<String, String> f, Entry.QuickValues before) {
        double kcal = present(f.apply("kcal")) ? bounded(f.apply("kcal"), "kcal", 0, DiaryService.MAX_QUICK_KCAL)
                : before.kcal();
        Double protein = macro(f, "protein", before == null ? null : before.proteinG());
        Double carbs = macro(f, "carbs", before == null ? null : before.carbsG());
        Double fat = macro(f, "fat", before == null ? null : before.fatG());
        String name = f.apply("name") != null ? f.apply("name").strip() : before == null ? null : before.name();
        if (name != null && name.length() > 80) {
            throw new BadInputException("name", "name must be at most 80 characters.");
        }
        return new Entry.QuickValues(name == null || name.isEmpty() ? null : name, kcal, protein, carbs, fat);
    }

    private static Double macro(Function<String, String> f, String field, Double before) {
        String v = f.apply(field);
        if (v == null) {
            return before;
        }
        return v.isBlank() ? null : bounded(v, field, 0, DiaryService.MAX_QUICK_GRAMS);
    }

    private static double bounded(String text, String field, double min, double max) {
        double v = DiaryService.number(text, field);
        if (v < min || v > max) {
            String unit = field.equals("kcal") ? " kcal" : " g";
            throw new BadInputException(field, field + " must be between " + Amounts.number(min) + " and "
                    + String.format(java.util.Locale.ROOT, "%,d", (long) max) + unit + ".");
        }
        return v;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
