package org.openplate.food.search;

import java.util.Locale;

/**
 * A food's prior likelihood of being what someone means, independent of the query: generic, raw,
 * everyday forms first; baby foods, restaurant and fast-food items and long qualified names later.
 * Multiplies the text score.
 */
final class Prior {

    private static final java.util.regex.Pattern PRODUCT_FORMS =
            java.util.regex.Pattern.compile("\\b(bars?|bites|clusters|squares|drink mix|flavored water|fitness water)\\b");

    /** The most-logged foods, whose names are curated, are the everyday forms people mean. */
    static final float CURATED = 1.25f;

    private Prior() {
    }

    static float of(String source, String name, String group, Long ownerId) {
        String n = name.toLowerCase(Locale.ROOT);
        double p = 1.0;
        if (ownerId != null) {
            p *= 1.6;                       // the user's own custom foods
        }
        if (group != null) {
            switch (group) {
                case "Baby Foods" -> p *= 0.25;
                case "American Indian/Alaska Native Foods" -> p *= 0.35;
                case "Fast Foods", "Restaurant Foods" -> p *= 0.55;
                case "Meals, Entrees, and Side Dishes" -> p *= 0.8;
                default -> { }
            }
        }
        if (n.startsWith("babyfood") || n.contains("infant formula") || n.contains("toddler")) {
            p *= 0.3;
        }
        if (n.contains(", raw") || n.endsWith(" raw")) {
            p *= 1.35;
        }
        if (n.contains("fluid") && n.startsWith("milk")) {
            p *= 1.2;
        }
        if (n.contains("dehydrated") || n.contains("freeze-dried") || n.contains("powder")
                || n.contains("frozen") || n.contains("canned") || n.contains("imitation")
                || n.contains("low sodium") || n.contains("industrial") || n.contains("commercial")) {
            p *= 0.75;
        }
        if ("Sausages and Luncheon Meats".equals(group)) {
            p *= 0.7;
        }
        if (n.contains(", plain")) {
            p *= 1.4;
        }
        // The usual form of a food that USDA lists in many varieties.
        if (n.contains("all commercial varieties") || n.contains("year round average") || n.contains("all varieties")
                || n.contains("mixed species") || n.contains("all types") || n.contains("commercially prepared")
                || n.contains(", regular") || n.contains("long-grain")) {
            p *= 1.3;
        }
        // Diet variants and processed or substitute forms come after the ordinary food.
        if (n.contains(", light") || n.contains("fat free") && !n.startsWith("milk") || n.contains("reduced-calorie") || n.contains("meatless")
                || n.contains("tenders") || n.contains("nuggets") || n.contains("patties") || n.contains("breaded")
                || n.contains("loaf") || n.contains("sticks")) {
            p *= 0.7;
        }
        if (n.contains("reduced sodium") || n.contains("without salt") || n.contains("fortified")
                || n.contains("reduced fat") && !n.startsWith("milk") || n.contains("fat-free") || n.contains("lowfat")
                && !n.startsWith("milk")) {
            p *= 0.85;
        }
        // A plain food name finds the food before products made from it (granola before granola bars).
        if (PRODUCT_FORMS.matcher(n).find()) {
            p *= 0.6;
        }
        int commas = (int) n.chars().filter(c -> c == ',').count();
        p /= 1 + 0.06 * commas;
        if (source != null && !source.startsWith("usda") && ownerId == null) {
            p *= 0.85;                      // branded products after the generic reference foods
        }
        return (float) p;
    }
}
