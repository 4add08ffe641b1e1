package org.openplate.food;

import java.util.Map;

/** The plain name of each food source, for the "About this data" toggle (the code and id stay inside it). */
public final class FoodSources {

    private static final Map<String, String> NAMES = Map.of(
            "usda-sr24", "USDA National Nutrient Database for Standard Reference, release 24",
            "usda-sr", "USDA SR Legacy",
            "fdc", "USDA FoodData Central",
            "off", "Open Food Facts",
            "csv", "A food list imported by this site's administrator",
            "custom", "Your own food");

    private FoodSources() {
    }

    /** The source's name in words; an administrator's own source name is shown as it is. */
    public static String name(String source) {
        return NAMES.getOrDefault(source, source);
    }
}
