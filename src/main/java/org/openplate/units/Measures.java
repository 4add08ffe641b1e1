package org.openplate.units;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing and formatting of heights and body weights in US and metric units. */
public final class Measures {

    /** International avoirdupois pound (exact, 1959 agreement). */
    public static final double KG_PER_LB = 0.45359237;
    /** International inch (exact). */
    public static final double CM_PER_INCH = 2.54;
    public static final int LB_PER_STONE = 14;

    private static final String NUM = "(\\d+(?:\\.\\d+)?|\\.\\d+)";
    private static final Pattern FEET_INCHES = Pattern.compile(
            "^" + NUM + "\\s*(?:ft|feet|foot|'|′)\\s*(?:" + NUM + "\\s*(?:in|inch|inches|\"|″|'')?)?$");
    private static final Pattern SINGLE = Pattern.compile("^" + NUM + "\\s*(in|inch|inches|\"|″|cm|m|lb|lbs|pounds?|kg|st)$");
    private static final Pattern STONES = Pattern.compile("^" + NUM + "\\s*st\\s*(?:" + NUM + "\\s*(?:lb|lbs)?)?$");
    private static final String HEIGHT_EXAMPLES = "use a unit, e.g. 5ft4in, 5'4\", 64in or 162.5cm";
    private static final String WEIGHT_EXAMPLES = "use a unit, e.g. 150lb, 68kg or 10st10lb";

    private Measures() {
    }

    public static double lbToKg(double lb) {
        return lb * KG_PER_LB;
    }

    public static double kgToLb(double kg) {
        return kg / KG_PER_LB;
    }

    public static double inchesToCm(double inches) {
        return inches * CM_PER_INCH;
    }

    public static double cmToInches(double cm) {
        return cm / CM_PER_INCH;
    }

    /** Accepts 5ft4in, 5 ft 4 in, 5ft, 5'4", 5'4, 5′4″, 64in, 162.5cm, 1.63m. */
    public static double parseHeightCm(String text) {
        String t = normalise(text, HEIGHT_EXAMPLES);
        Matcher fi = FEET_INCHES.matcher(t);
        if (fi.matches()) {
            double feet = Double.parseDouble(fi.group(1));
            double inches = fi.group(2) == null ? 0 : Double.parseDouble(fi.group(2));
            if (inches >= 12) {
                throw new MeasureFormatException("inches must be less than 12 in feet-and-inches (" + HEIGHT_EXAMPLES + ")");
            }
            return inchesToCm(feet * 12 + inches);
        }
        Matcher s = SINGLE.matcher(t);
        if (s.matches()) {
            double v = Double.parseDouble(s.group(1));
            return switch (s.group(2)) {
                case "in", "inch", "inches", "\"", "″" -> inchesToCm(v);
                case "cm" -> v;
                case "m" -> v * 100;
                default -> throw new MeasureFormatException("'" + text.trim() + "' is not a height; " + HEIGHT_EXAMPLES);
            };
        }
        throw new MeasureFormatException("'" + abbreviate(text.trim()) + "' is not a height; " + HEIGHT_EXAMPLES);
    }

    /** Accepts 150lb, 150 lbs, 68kg, 10st10lb, 10st 10lb, 10st. */
    public static double parseWeightKg(String text) {
        String t = normalise(text, WEIGHT_EXAMPLES);
        Matcher st = STONES.matcher(t);
        if (st.matches()) {
            double stones = Double.parseDouble(st.group(1));
            double pounds = st.group(2) == null ? 0 : Double.parseDouble(st.group(2));
            return lbToKg(stones * LB_PER_STONE + pounds);
        }
        Matcher s = SINGLE.matcher(t);
        if (s.matches()) {
            double v = Double.parseDouble(s.group(1));
            return switch (s.group(2)) {
                case "lb", "lbs", "pound", "pounds" -> lbToKg(v);
                case "kg" -> v;
                default -> throw new MeasureFormatException("'" + text.trim() + "' is not a weight; " + WEIGHT_EXAMPLES);
            };
        }
        throw new MeasureFormatException("'" + abbreviate(text.trim()) + "' is not a weight; " + WEIGHT_EXAMPLES);
    }

    private static String normalise(String text, String examples) {
        if (text == null || text.isBlank()) {
            throw new MeasureFormatException("a value is required; " + examples);
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace("’", "'").replace("”", "\"");
        if (t.startsWith("-")) {
            throw new MeasureFormatException("a negative value is not allowed; " + examples);
        }
        return t;
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    /** Feet and whole inches, rounded to the nearest inch (5 ft 11.8 in shows as 6 ft 0 in). */
    public record FeetInches(int feet, int inches) {
        public static FeetInches of(double cm) {
            long total = Math.round(cmToInches(cm));
            return new FeetInches((int) (total / 12), (int) (total % 12));
        }
    }

    /** "5 ft 4 in" or "162.6 cm". */
    public static String formatHeight(double cm, UnitSystem units) {
        if (units == UnitSystem.US) {
            FeetInches fi = FeetInches.of(cm);
            return fi.feet() + " ft " + fi.inches() + " in";
        }
        return String.format(Locale.ROOT, "%.1f cm", cm);
    }

    /** "150.0 lb" or "68.0 kg". */
    public static String formatWeight(double kg, UnitSystem units) {
        return units == UnitSystem.US
                ? String.format(Locale.ROOT, "%.1f lb", kgToLb(kg))
                : String.format(Locale.ROOT, "%.1f kg", kg);
    }

    /** Signed rate: "-1 lb/week", "+0.5 lb/week", "0 lb/week", "-0.45 kg/week". */
    public static String formatWeeklyRate(double kgPerWeek, UnitSystem units) {
        if (units == UnitSystem.METRIC) {
            double r = Math.round(kgPerWeek * 100) / 100.0;
            return (r > 0 ? "+" : "") + String.format(Locale.ROOT, "%.2f", r == 0 ? 0.0 : r) + " kg/week";
        }
        double lb = Math.round(kgToLb(kgPerWeek) * 100) / 100.0;
        if (lb == 0) {
            return "0 lb/week";
        }
        String s = java.math.BigDecimal.valueOf(lb).stripTrailingZeros().toPlainString();
        return (lb > 0 ? "+" : "") + s + " lb/week";
    }
}
