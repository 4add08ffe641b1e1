package org.openplate.diary;

/**
 * What to log, as read from a form or a JSON body: a food or a recipe with an amount and a portion,
 * or calories (and macros) typed in directly. Values are typed and within their ranges; the service
 * applies the rules that need the user's data (the food or recipe must exist, the portion must be
 * one of the food's).
 */
sealed interface NewEntry permits NewEntry.FoodPortion, NewEntry.RecipePortion, NewEntry.QuickAdd {

    /**
     * @param amount  more than 0
     * @param portion a portion name, g, oz or ml; null for the food's common portion
     */
    record FoodPortion(long foodId, double amount, String portion) implements NewEntry {
    }

    /** @param portion serving or g; null for serving */
    record RecipePortion(long recipeId, double amount, String portion) implements NewEntry {
    }

    /**
     * @param name  at most 80 characters, or null ("Quick add")
     * @param kcal  0 to 10,000
     * @param proteinG 0 to 1,000 g, or null when not given (likewise carbs and fat)
     */
    record QuickAdd(String name, double kcal, Double proteinG, Double carbsG, Double fatG) implements NewEntry {
    }
}
