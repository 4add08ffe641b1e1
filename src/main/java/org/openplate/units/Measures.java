package org.openplate.units;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openplate.energy.WeeklyGoal;

/**
 * Parsing and formatting of body heights and weights in US customary and metric units.
 * Parsing checks the form only; callers check the range.
 */
public final class Measures {

    /**
     * kg per international avoirdupois pound: the one definition lives in the energy core, which the
     * architecture keeps independent of this package.
     */
    public static final double KG_PER_LB = WeeklyGoal.KG_PER_LB;
    /** cm per international inch, exact (International Yard and Pound Agreement, 1959). */
    public static final double CM_PER_INCH = 2.54;
    /** lb per stone (UK Weights and Measures Act 1985, Schedule 1). */
    public static final int LB_PER_STONE = 14;
    /** Inches per foot (same agreement). */
    public static final int INCHES_PER_FOOT = 12;

    /** Shown in every height parse error. */
    public static final String HEIGHT_EXAMPLES = "e.g. 5ft4in, 5'4\", 64in, 162.5cm or 1.63m";
    /** Shown in every weight parse error. */
    public static final String WEIGHT_EXAMPLES = "e.g. 150lb, 68kg or 10st10lb";

    private static final String NUM = "(\\d+(?:\\.\\d+)?|\\.\\d+)";
    private static final String FEET = "(?:ft|feet|foot|')";
    private static final String INCH = "(?:in|inch|inches|\"|'')";
    private static final String POUND = "(?:lb|lbs|pound|pounds)";
    private static final String STONE = "(?:st|stone|stones)";

    private static final Pattern FEET_INCHES =
            Pattern.compile(NUM + "\\s*" + FEET + "(?:\\s*" + NUM + "\\s*" + INCH + "?)?");
    private static final Pattern INCHES = Pattern.compile(NUM + "\\s*" + INCH);
    private static final Pattern CENTIMETRES = Pattern.compile(NUM + "\\s*(?:cm|centimet(?:er|re)s?)");
    private static final Pattern METRES = Pattern.compile(NUM + "\\s*(?:m|met(?:er|re)s?)");
    private static final Pattern STONES_POUNDS =
            Pattern.compile(NUM + "\\s*" + STONE + "(?:\\s*" + NUM + "\\s*" + POUND + "?)?");
    private static final Pattern POUNDS = Pattern.compile(NUM + "\\s*" + POUND);
    private static final Pattern KILOGRAMS = Pattern.compile(NUM + "\\s*(?:kg|kgs|kilos?|kilograms?)");
    private static final Pattern BARE_NUMBER = Pattern.compile(NUM);
    private static final Pattern NEGATIVE = Pattern.compile(".*[-\u2212]\\s*[\\d.].*");

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

    /**
     * Height in cm from "5ft4in", "5 ft 4 in", "5ft", "5'4\"", "5'4", "5′4″", "64in", "162.5cm" or "1.63m"
     * (case-insensitive, spaces optional).
     *
     * @throws MeasureFormatException for anything else, including inches of 12 or more after feet
     */
    public static double parseHeightCm(String text) {
        String t = normalise(text, "a height", HEIGHT_EXAMPLES);
        Matcher m;
        if ((m = FEET_INCHES.matcher(t)).matches()) {
            double inches = m.group(2) == null ? 0 : Double.parseDouble(m.group(2));
            if (inches >= INCHES_PER_FOOT) {
                throw new MeasureFormatException("'" + shorten(text) + "': inches after feet must be less than 12; "
                        + HEIGHT_EXAMPLES + ".");
            }
            return finite(inchesToCm(Double.parseDouble(m.group(1)) * INCHES_PER_FOOT + inches), text, HEIGHT_EXAMPLES);
        }
        if ((m = INCHES.matcher(t)).matches()) {
            return finite(inchesToCm(Double.parseDouble(m.group(1))), text, HEIGHT_EXAMPLES);
        }
        if ((m = CENTIMETRES.matcher(t)).matches()) {
            return finite(Double.parseDouble(m.group(1)), text, HEIGHT_EXAMPLES);
        }
        if ((m = METRES.matcher(t)).matches()) {
            return finite(Double.parseDouble(m.group(1)) * 100, text, HEIGHT_EXAMPLES);
        }
        throw unrecognised(text, t, "a height", HEIGHT_EXAMPLES);
    }

    /**
     * Weight in kg from "150lb", "150 lbs", "150.5lb", "68kg", "68 kg", "10st10lb", "10st 10lb" or "10st"
     * (case-insensitive, spaces optional).
     *
     * @throws MeasureFormatException for anything else, including pounds of 14 or more after stones
     */
    public static double parseWeightKg(String text) {
        String t = normalise(text, "a weight", WEIGHT_EXAMPLES);
        Matcher m;
        if ((m = STONES_POUNDS.matcher(t)).matches()) {
            double pounds = m.group(2) == null ? 0 : Double.parseDouble(m.group(2));
            if (pounds >= LB_PER_STONE) {
                throw new MeasureFormatException("'" + shorten(text) + "': pounds after stones must be less than 14; "
                        + WEIGHT_EXAMPLES + ".");
            }
            return finite(lbToKg(Double.parseDouble(m.group(1)) * LB_PER_STONE + pounds), text, WEIGHT_EXAMPLES);
        }
        if ((m = POUNDS.matcher(t)).matches()) {
            return finite(lbToKg(Double.parseDouble(m.group(1))), text, WEIGHT_EXAMPLES);
        }
        if ((m = KILOGRAMS.matcher(t)).matches()) {
            return finite(Double.parseDouble(m.group(1)), text, WEIGHT_EXAMPLES);
        }
        throw unrecognised(text, t, "a weight", WEIGHT_EXAMPLES);
    }

    /** Lower-cases, unifies typographic primes and quotes, and rejects empty and negative text. */
    private static String normalise(String text, String what, String examples) {
        if (text == null || text.isBlank()) {
            throw new MeasureFormatException("Enter " + what + " with its unit, " + examples + ".");
        }
        String t = text.toLowerCase(Locale.ROOT)
                .replaceAll("[\u2032\u2018\u2019`\u00b4]", "'")
                .replaceAll("[\u2033\u201c\u201d]", "\"")
                .replaceAll("[\u00a0\u2009\u202f]", " ")
                .trim();
        if (NEGATIVE.matcher(t).matches()) {
            throw new MeasureFormatException("'" + shorten(text) + "' is negative; enter " + what + " with its unit, "
                    + examples + ".");
        }
        return t;
    }

    private static MeasureFormatException unrecognised(String text, String normalised, String what, String examples) {
        if (BARE_NUMBER.matcher(normalised).matches()) {
            return new MeasureFormatException("'" + shorten(text) + "' has no unit; write the unit too, "
                    + examples + ".");
        }
        return new MeasureFormatException("'" + shorten(text) + "' is not " + what + " we understand; "
                + examples + ".");
    }

    private static double finite(double value, String text, String examples) {
        if (!Double.isFinite(value)) {
            throw new MeasureFormatException("'" + shorten(text) + "' is too large; " + examples + ".");
        }
        return value;
    }

    private static String shorten(String text) {
        String t = text.strip();
        return t.length() > 20 ? t.substring(0, 20) + "…" : t;
    }

    /** Feet and whole inches, for prefilling ft/in fields: rounded to the nearest inch, 12 in carried into feet. */
    public record FeetInches(int feet, int inches) {
        public static FeetInches of(double cm) {
            long totalInches = Math.round(cmToInches(cm));
            return new FeetInches((int) (totalInches / INCHES_PER_FOOT), (int) (totalInches % INCHES_PER_FOOT));
        }
    }

    /** US: "5 ft 4 in" (nearest inch, so 5 ft 11.8 in is "6 ft 0 in"); metric: "162.6 cm" (always one decimal). */
    public static String formatHeight(double cm, UnitSystem units) {
        if (units == UnitSystem.US) {
            FeetInches fi = FeetInches.of(cm);
            return fi.feet() + " ft " + fi.inches() + " in";
        }
        return String.format(Locale.ROOT, "%.1f cm", cm);
    }

    /** "150.0 lb" or "68.0 kg" (one decimal). */
    public static String formatWeight(double kg, UnitSystem units) {
        return units == UnitSystem.US
                ? String.format(Locale.ROOT, "%.1f lb", kgToLb(kg))
                : String.format(Locale.ROOT, "%.1f kg", kg);
    }

    /**
     * A signed weekly rate. US: at most two decimals, trailing zeros dropped ("+0.5 lb/week", "-1 lb/week",
     * "0 lb/week"); metric: always two decimals ("-0.45 kg/week", "0.00 kg/week"). No sign on zero.
     */
    public static String formatWeeklyRate(double kgPerWeek, UnitSystem units) {
        if (units == UnitSystem.US) {
            double lb = roundTo2(kgToLb(kgPerWeek));
            return sign(lb) + BigDecimal.valueOf(Math.abs(lb)).stripTrailingZeros().toPlainString() + " lb/week";
        }
        double kg = roundTo2(kgPerWeek);
        return sign(kg) + String.format(Locale.ROOT, "%.2f", Math.abs(kg)) + " kg/week";
    }

    private static double roundTo2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String sign(double v) {
        return v > 0 ? "+" : v < 0 ? "-" : "";
    }
}
