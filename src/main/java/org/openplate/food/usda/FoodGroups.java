package org.openplate.food.usda;

import java.util.Map;

/** USDA SR food group names by the first two digits of the NDB number (SR documentation). */
public final class FoodGroups {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("01", "Dairy and Egg Products"), Map.entry("02", "Spices and Herbs"),
            Map.entry("03", "Baby Foods"), Map.entry("04", "Fats and Oils"), Map.entry("05", "Poultry Products"),
            Map.entry("06", "Soups, Sauces, and Gravies"), Map.entry("07", "Sausages and Luncheon Meats"),
            Map.entry("08", "Breakfast Cereals"), Map.entry("09", "Fruits and Fruit Juices"),
            Map.entry("10", "Pork Products"), Map.entry("11", "Vegetables and Vegetable Products"),
            Map.entry("12", "Nut and Seed Products"), Map.entry("13", "Beef Products"), Map.entry("14", "Beverages"),
            Map.entry("15", "Finfish and Shellfish Products"), Map.entry("16", "Legumes and Legume Products"),
            Map.entry("17", "Lamb, Veal, and Game Products"), Map.entry("18", "Baked Products"),
            Map.entry("19", "Sweets"), Map.entry("20", "Cereal Grains and Pasta"), Map.entry("21", "Fast Foods"),
            Map.entry("22", "Meals, Entrees, and Side Dishes"), Map.entry("23", "Beef Products"),
            Map.entry("25", "Snacks"), Map.entry("35", "American Indian/Alaska Native Foods"),
            Map.entry("36", "Restaurant Foods"));

    private FoodGroups() {
    }

    /** The group name for an NDB number, or "Other" for later additions filed elsewhere. */
    public static String forNdb(String ndb) {
        if (ndb == null || ndb.length() < 2) {
            return "Other";
        }
        return NAMES.getOrDefault(ndb.substring(0, 2), "Other");
    }
}
