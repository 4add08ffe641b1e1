package org.openplate.nutrition;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Density from household measures: a portion named by a volume ("1 cup" = 244 g, "2 tbsp" = 30 g,
 * "1 fl oz" = 30.5 g) tells how many grams a millilitre weighs, so the food can be logged in ml.
 * US customary measures (21 CFR 101.9(b)(5)(viii) rounds a cup to 240 ml for labels; here the exact
 * customary volumes are used, because USDA weighed the customary measures).
 */
public final class Volumes {

    public static final double ML_PER_US_CUP = 236.5882365;
    public static final double ML_PER_US_TBSP = ML_PER_US_CUP / 16;
    public static final double ML_PER_US_TSP = ML_PER_US_TBSP / 3;
    public static final double ML_PER_US_FL_OZ = ML_PER_US_CUP / 8;
    public static final double ML_PER_US_PINT = ML_PER_US_CUP * 2;
    public static final double ML_PER_US_QUART = ML_PER_US_CUP * 4;

    private static final Pattern MEASURE = Pattern.compile(
            "^\\s*(\\d+(?:\\.\\d+)?|\\d+/\\d+|\\d+\\s+\\d+/\\d+)?\\s*"
            + "(cups?|tbsp|tablespoons?|tsp|teaspoons?|fl\\.? ?oz|fluid ounces?|pints?|quarts?|ml|milliliters?|"
            + "millilitres?|liters?|litres?|l)\\b(.*)$");

    /**
     * Portion names already read: a day view asks for every logged food's density, and the names come
     * from a small vocabulary ("1 cup", "1 tbsp", "1 medium"), so the pattern runs once per name.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, OptionalDouble> KNOWN =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int REMEMBERED = 4096;

    private Volumes() {
    }

    /** Grams per millilitre from the first portion named by a plain volume, if any. */
    public static OptionalDouble gramsPerMl(List<Portion> portions) {
        for (Portion p : portions) {
            OptionalDouble ml = millilitres(p.name());
            if (ml.isPresent() && ml.getAsDouble() > 0) {
                return OptionalDouble.of(p.grams() / ml.getAsDouble());
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * The volume a portion name stands for, when it is a plain measure: "1 cup", "0.5 cup",
     * "1/4 cup", "1 cup, diced" (a qualifier after a comma is allowed); not "1 cup, packed" style
     * names with no number, and not "1 large".
     */
    public static OptionalDouble millilitres(String portionName) {
        OptionalDouble known = KNOWN.get(portionName);
        if (known != null) {
            return known;
        }
        OptionalDouble ml = parse(portionName);
        if (KNOWN.size() < REMEMBERED) {
            KNOWN.put(portionName, ml);
        }
        return ml;
    }

    private static OptionalDouble parse(String portionName) {
        Matcher m = MEASURE.matcher(portionName.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        String rest = m.group(3).trim();
        if (!rest.isEmpty() && !rest.startsWith(",") && !rest.startsWith("(")) {
            return OptionalDouble.empty();
        }
        double count = m.group(1) == null ? 1 : quantity(m.group(1));
        String unit = m.group(2);
        double ml;
        if (unit.startsWith("cup")) {
            ml = ML_PER_US_CUP;
        } else if (unit.startsWith("tbsp") || unit.startsWith("tablespoon")) {
            ml = ML_PER_US_TBSP;
        } else if (unit.startsWith("tsp") || unit.startsWith("teaspoon")) {
            ml = ML_PER_US_TSP;
        } else if (unit.startsWith("fl") || unit.startsWith("fluid")) {
            ml = ML_PER_US_FL_OZ;
        } else if (unit.startsWith("pint")) {
            ml = ML_PER_US_PINT;
        } else if (unit.startsWith("quart")) {
            ml = ML_PER_US_QUART;
        } else if (unit.startsWith("l")) {
            ml = 1000;
        } else {
            ml = 1;
        }
        return OptionalDouble.of(count * ml);
    }

    private static double quantity(String text) {
        String t = text.trim();
        double whole = 0;
        if (t.contains(" ")) {
            String[] parts = t.split("\\s+");
            whole = Double.parseDouble(parts[0]);
            t = parts[1];
        }
        if (t.contains("/")) {
            String[] f = t.split("/");
            return whole + Double.parseDouble(f[0]) / Double.parseDouble(f[1]);
        }
        return whole + Double.parseDouble(t);
    }
}
