package org.openplate.diary;

/** One of the user's meals (Breakfast, Lunch, Dinner, Snacks, or names of their own), in order. */
public record Meal(long id, String name, int position) {

    public static final int MAX_NAME = 40;
    public static final int MAX_MEALS = 10;
    static final java.util.List<String> DEFAULTS = java.util.List.of("Breakfast", "Lunch", "Dinner", "Snacks");
}
