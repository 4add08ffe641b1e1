package org.openplate.transfer.trackers;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openplate.nutrition.Volumes;

/** Numbers, dates and units as trackers write them. Errors are {@link RowException}s. */
final class Values {

    /** The international avoirdupois pound (1959), exact. */
    static final double KG_PER_LB = org.openplate.units.Measures.KG_PER_LB;
    static final double G_PER_OZ = KG_PER_LB * 1000 / 16;

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d*)(\\.\\d*)?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    /** A number followed by an optional unit: "150.00 g", "1 cup", "1,234", "-250". */
    static final Pattern AMOUNT = Pattern.compile("([+-]?[\\d,]*\\.?\\d+)\\s*(.*)");

    private Values() {
    }

    /** An amount as written ("150.00 g", "1.00 cup"): quantity, unit, and grams when the unit is a mass. */
    record Amount(Double quantity, String unit, Double grams) {
        static final Amount NONE = new Amount(null, null, null);
    }

    /** Reads "150.00 g", "1 cup", "2" or "1,000 ml"; text without a leading number gives {@link Amount#NONE}. */
    static Amount amount(String text) {
        Matcher m = AMOUNT.matcher(text.trim());
        if (!m.matches()) {
            return Amount.NONE;
        }
        Double q;
        try {
            q = number("Amount", m.group(1));
        } catch (RowException e) {
            return Amount.NONE;
        }
        String unit = m.group(2).trim();
        Double g = gramsPer(unit);
        return new Amount(q, unit.isEmpty() ? null : unit, g == null || q == null ? null : q * g);
    }

    /** The number in a cell, null when the cell is empty or "-"; thousands separators allowed. */
    static Double number(String column, String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty() || t.equals("-") || t.equals("--")) {
            return null;
        }
        if (plain(t)) {
            return Double.parseDouble(t); // the common case, without a regular expression
        }
        t = t.replace(" ", "");
        if (!NUMBER.matcher(t).matches() || t.chars().noneMatch(Character::isDigit)) {
            throw new RowException(column + " \"" + text.trim() + "\" is not a number");
        }
        return Double.parseDouble(t.replace(",", ""));
    }

    /** Digits with at most one decimal point and at least one digit: "12", "0.5", "150.00". */
    private static boolean plain(String t) {
        int dots = 0;
        boolean digit = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                return false;
            }
        }
        return digit && dots <= 1;
    }

    static double required(String column, String text) {
        Double d = number(column, text);
        if (d == null) {
            throw new RowException(column + " is empty");
        }
        return d;
    }

    static Integer integer(String column, String text) {
        Double d = number(column, text);
        return d == null ? null : (int) Math.round(d);
    }

    static LocalDate isoDate(String text) {
        return date(text, ISO.matcher(text.trim()), 1, 2, 3, "YYYY-MM-DD");
    }

    static LocalDate usDate(String text) {
        return date(text, US.matcher(text.trim()), 3, 1, 2, "MM/DD/YYYY");
    }

    private static LocalDate date(String text, Matcher m, int y, int mo, int d, String expected) {
        if (text.isBlank()) {
            throw new RowException("date is empty (expected " + expected + ")");
        }
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(y)), Integer.parseInt(m.group(mo)),
                        Integer.parseInt(m.group(d)));
            }
        } catch (DateTimeException e) {
            // falls through to the message below
        }
        throw new RowException("date \"" + text.trim() + "\" is not a date (expected " + expected + ")");
    }

    /** Grams in one of the unit, for mass units (g, kg, mg, oz, lb and their spellings), else null. */
    static Double gramsPer(String unit) {
        return switch (unit == null ? "" : unit.trim().toLowerCase(Locale.ROOT).replace(".", "")) {
            case "g", "gr", "gram", "grams", "gm" -> 1.0;
            case "kg", "kgs", "kilogram", "kilograms" -> 1000.0;
            case "mg", "milligram", "milligrams" -> 0.001;
            case "oz", "ounce", "ounces" -> G_PER_OZ;
            case "lb", "lbs", "pound", "pounds" -> KG_PER_LB * 1000;
            default -> null;
        };
    }

    /** Millilitres in one of the unit, for the water units trackers use, else null. */
    static Double mlPer(String unit) {
        return switch (unit == null ? "" : unit.trim().toLowerCase(Locale.ROOT).replace(".", "")) {
            case "ml", "milliliter", "milliliters", "millilitre", "millilitres" -> 1.0;
            case "l", "liter", "liters", "litre", "litres" -> 1000.0;
            case "fl oz", "floz", "oz", "fluid ounce", "fluid ounces", "ounce", "ounces" -> Volumes.ML_PER_US_FL_OZ;
            case "cup", "cups", "c" -> Volumes.ML_PER_US_CUP;
            default -> null;
        };
    }

    /** Kilograms in one of the unit (lb, lbs, kg and spellings), else null. */
    static Double kgPer(String unit) {
        Double g = gramsPer(unit);
        return g == null || g < 400 ? null : g / 1000; // only lb and kg: not g, mg or oz
    }

    /** A canonical text for a number, so 150, 150.0 and 150.00 give the same external id. */
    static String canon(double d) {
        // BigDecimal.valueOf reads Double.toString: without an exponent, dropping the trailing zeros of
        // the fraction (and then the point) gives the same text without making a BigDecimal
        String s = Double.toString(d);
        if (d == 0 || s.indexOf('E') >= 0) {
            return exactCanon(d);
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    static String exactCanon(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) Limits.MB);
    }

    static boolean yes(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return t.equals("true") || t.equals("1") || t.equals("yes") || t.equals("y");
    }
}
