package org.openplate.diary;

import java.util.List;

/**
 * A recipe's fields as read from a form or JSON body (see {@link DiaryRequests#recipe}). Null keeps the
 * value on an update; {@code notes} of "" clears them. {@code ingredients} null keeps the list.
 *
 * @param name     as sent (stripped), or null
 * @param servings 0.1 to 1,000, or null
 */
public record RecipeRequest(String name, Double servings, String notes, List<IngredientRequest> ingredients) {

    /** A food with an amount (more than 0) and a portion (null: the food's common portion). */
    public record IngredientRequest(long foodId, double amount, String portion) {
    }
}
