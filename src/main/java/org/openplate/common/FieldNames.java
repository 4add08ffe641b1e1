package org.openplate.common;

import java.util.Locale;
import java.util.Map;

/**
 * Turns the code names of fields ("heightCm", "servingName") into the words people read ("Height
 * (cm)", "Serving name") and puts messages in sentence case, so that no error message starts with a
 * code name or a lower-case letter, whichever adapter wrote it (GOV.UK Design System, "Error
 * message": say what went wrong in plain words, in sentence case).
 */
public final class FieldNames {

    /** Names the splitting rule would get wrong. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("kcal", "Calories"), Map.entry("q", "Search text"), Map.entry("met", "MET value"),
            Map.entry("loadKg", "Load (kg)"), Map.entry("bodyFat", "Body fat (%)"), Map.entry("confirmPassword",
                    "Repeated password"), Map.entry("timeZone", "Time zone"), Map.entry("servingName", "Serving size"), Map.entry("servingGrams",
                    "Serving weight (g)"), Map.entry("heightFt", "Height (feet)"), Map.entry("heightIn",
                    "Height (inches)"), Map.entry("from", "Start date"), Map.entry("to", "End date"));

    /** Unit suffixes of code names, as the words show them. */
    private static final String[][] UNITS = {{"Kcal", "kcal"}, {"Pct", "%"}, {"Mg", "mg"}, {"Ug", "µg"},
        {"Kg", "kg"}, {"Lb", "lb"}, {"Cm", "cm"}, {"Ml", "ml"}, {"G", "g"}};

    private FieldNames() {
    }

    /** The words for a field's code name: "heightCm" → "Height (cm)", "fatPct" → "Fat (%)", "email" → "Email". */
    public static String label(String field) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        String known = WORDS.get(field);
        if (known != null) {
            return known;
        }
        String base = field;
        String unit = null;
        for (String[] u : UNITS) {
            if (field.endsWith(u[0]) && field.length() > u[0].length()
                    && Character.isLowerCase(field.charAt(field.length() - u[0].length() - 1))) {
                base = field.substring(0, field.length() - u[0].length());
                unit = u[1];
                break;
            }
        }
        String words = base.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return capitalise(words) + (unit == null ? "" : " (" + unit + ")");
    }

    /**
     * The message in sentence case, its leading code name (the field's, or any camelCase word) put
     * into words: "weightKg must be between 25 and 400." → "Weight (kg) must be between 25 and 400."
     */
    public static String sentence(String field, String message) {
        if (message == null || message.isEmpty()) {
            return message;
        }
        int end = 0;
        while (end < message.length() && Character.isLetterOrDigit(message.charAt(end))) {
            end++;
        }
        String first = message.substring(0, end);
        if (!first.isEmpty() && (first.equals(field) || isCamelCode(first)) && end < message.length()
                && message.charAt(end) == ' ') {
            return label(first) + message.substring(end);
        }
        String token = message.split("[\\s:,;]", 2)[0];
        if (token.matches("[\\w.-]*[\\w-]\\.[A-Za-z0-9]+")) {
            return message; // a file name ("food-logs.csv: …") keeps its case
        }
        return capitalise(message);
    }

    private static boolean isCamelCode(String word) {
        return Character.isLowerCase(word.charAt(0)) && !word.equals(word.toLowerCase(Locale.ROOT));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
