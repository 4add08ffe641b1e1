package org.openplate.transfer.trackers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openplate.nutrition.NutrientCatalog;

/** The words and values of a MyPlate report: dates, labels, header words and values with units. */
final class MyPlateText {

    /** "April 19th, 2023", "Wednesday, Apr 19, 2023", "Apr. 1st 2023". */
    private static final Pattern LONG_DATE = Pattern.compile(
            "(?:[a-z]+,?\\s+)?([a-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    /** A number with an optional unit after it: "123mg", "250 cal", "1,234", "8 fl oz". */
    private static final Pattern QUANTITY = Pattern.compile("([+-]?[\\d,]*\\.?\\d+)\\s*([a-zµμ%][a-zµμ%. ]*)?");

    static final Map<String, String> NUTRIENT_WORDS = Map.ofEntries(
            Map.entry("calories", NutrientCatalog.ENERGY), Map.entry("cals", NutrientCatalog.ENERGY),
            Map.entry("calories burned", NutrientCatalog.ENERGY), Map.entry("energy", NutrientCatalog.ENERGY),
            Map.entry("fat", NutrientCatalog.FAT), Map.entry("total fat", NutrientCatalog.FAT),
            Map.entry("sat fat", NutrientCatalog.SATURATED), Map.entry("saturated fat", NutrientCatalog.SATURATED),
            Map.entry("trans fat", NutrientCatalog.TRANS), Map.entry("carbs", NutrientCatalog.CARBS),
            Map.entry("carbohydrates", NutrientCatalog.CARBS), Map.entry("carbohydrate", NutrientCatalog.CARBS),
            Map.entry("total carbs", NutrientCatalog.CARBS), Map.entry("protein", NutrientCatalog.PROTEIN),
            Map.entry("sodium", NutrientCatalog.SODIUM), Map.entry("cholesterol", NutrientCatalog.CHOLESTEROL),
            Map.entry("sugars", NutrientCatalog.SUGARS), Map.entry("sugar", NutrientCatalog.SUGARS),
            Map.entry("fiber", NutrientCatalog.FIBER), Map.entry("dietary fiber", NutrientCatalog.FIBER),
            Map.entry("potassium", NutrientCatalog.POTASSIUM), Map.entry("calcium", NutrientCatalog.CALCIUM),
            Map.entry("iron", NutrientCatalog.IRON));

    /** Header words that are not nutrients, by the column they name. */
    static final Map<String, String> OTHER_WORDS = Map.ofEntries(
            Map.entry("food", "name"), Map.entry("item", "name"), Map.entry("name", "name"),
            Map.entry("description", "name"), Map.entry("exercise", "name"), Map.entry("activity", "name"),
            Map.entry("amount", "amount"), Map.entry("serving", "amount"), Map.entry("servings", "amount"),
            Map.entry("serving size", "amount"), Map.entry("quantity", "amount"), Map.entry("meal", "meal"),
            Map.entry("minutes", "minutes"), Map.entry("mins", "minutes"), Map.entry("duration", "minutes"),
            Map.entry("time", "minutes"), Map.entry("weight", "weight"), Map.entry("water", "water"));

    /** A number and the unit written after it ("" when none). */
    record Quantity(double value, String unit) {
    }

    private MyPlateText() {
    }

    /** Lower case, single spaces, no trailing colon. */
    static String norm(String s) {
        String t = s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return t.endsWith(":") ? t.substring(0, t.length() - 1).trim() : t;
    }

    /** "Breakfast", "Lunch", "Dinner" or "Snacks" for a meal label, else null. */
    static String meal(String text) {
        return switch (norm(text)) {
            case "breakfast" -> "Breakfast";
            case "lunch" -> "Lunch";
            case "dinner" -> "Dinner";
            case "snack", "snacks" -> "Snacks";
            default -> null;
        };
    }

    /** The date in a text, or null when it is none. */
    static LocalDate date(String text) {
        String t = norm(text);
        try {
            Matcher m = LONG_DATE.matcher(t);
            if (m.matches()) {
                Month month = month(m.group(1));
                return month == null ? null
                        : LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
            }
            m = US_DATE.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)));
            }
            m = ISO_DATE.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static Month month(String word) {
        for (Month m : Month.values()) {
            String full = m.name().toLowerCase(Locale.ROOT);
            if (word.equals(full) || (word.length() >= 3 && full.startsWith(word))) {
                return m;
            }
        }
        return null;
    }

    /** A numeric cell or a text like "123mg"; null when empty or "-"; throws when it is no number. */
    static Quantity quantity(String column, Object cell) {
        if (cell instanceof Double d) {
            return new Quantity(d, "");
        }
        if (!(cell instanceof String s) || s.isBlank() || s.trim().equals("-") || s.trim().equals("--")) {
            return null;
        }
        Matcher m = QUANTITY.matcher(s.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new RowException(column + " \"" + s.trim() + "\" is not a number");
        }
        double v = Values.required(column, m.group(1));
        return new Quantity(v, m.group(2) == null ? "" : m.group(2).trim().replaceAll("\\s+", " "));
    }

    /** Whether a cell holds a number (numeric, or text starting with digits like "250 cal"). */
    static boolean numeric(Object cell) {
        return cell instanceof Double
                || cell instanceof String s && QUANTITY.matcher(s.trim().toLowerCase(Locale.ROOT)).matches();
    }
}
