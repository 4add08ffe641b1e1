package org.openplate.exercise;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.openplate.common.BadInputException;
import org.openplate.common.TextInput;

/**
 * Reads typed values out of a form or a flattened JSON body. Every value is checked for refused
 * characters as it is read ({@link TextInput}); a wrong value is a {@link BadInputException} naming
 * the field and its allowed range. Blank counts as absent.
 */
final class FieldReader {

    private final Function<String, String> fields;

    FieldReader(Function<String, String> fields) {
        this.fields = TextInput.checked(fields);
    }

    /** The text as sent (checked), or null. */
    String text(String field) {
        return fields.apply(field);
    }

    boolean present(String field) {
        return filled(text(field));
    }

    static boolean filled(String s) {
        return s != null && !s.isBlank();
    }

    /** A number within [min, max] ({@code Double.MIN_VALUE} as min means "more than 0"), or null. */
    Double number(String field, double min, double max) {
        String text = text(field);
        if (!filled(text)) {
            return null;
        }
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(field, field + " must be a number.");
        }
        if (Double.isNaN(v) || v < min || v > max) {
            throw new BadInputException(field, field + " must be " + (min == Double.MIN_VALUE ? "more than 0"
                    : "between " + fmt(min)) + (min == Double.MIN_VALUE ? " and at most " : " and ") + fmt(max)
                    + (field.equals("minutes") ? " (24 h)." : "."));
        }
        return v;
    }

    /** A whole number within [min, max], or null. */
    Integer integer(String field, int min, int max) {
        return present(field) ? requiredInteger(field, min, max) : null;
    }

    int requiredInteger(String field, int min, int max) {
        String text = text(field);
        if (!filled(text)) {
            throw new BadInputException(field, field + " is required: a whole number from " + min + " to " + max + ".");
        }
        int v;
        try {
            v = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(field, field + " must be a whole number from " + min + " to " + max + ".");
        }
        if (v < min || v > max) {
            throw new BadInputException(field, field + " must be a whole number from " + min + " to " + max + ".");
        }
        return v;
    }

    /** A date as yyyy-mm-dd, or null. */
    LocalDate date(String field) {
        return date(field, text(field));
    }

    static LocalDate date(String field, String text) {
        if (!filled(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadInputException(field, field + " must be a date as yyyy-mm-dd.");
        }
    }

    /** A comma-separated list of an enum's lower-case, hyphenated codes ("lower-back"); empty when absent. */
    <E extends Enum<E>> Set<E> codes(String field, Class<E> type) {
        String text = text(field);
        EnumSet<E> out = EnumSet.noneOf(type);
        if (!filled(text)) {
            return out;
        }
        for (String s : text.split(",")) {
            String c = s.trim().toLowerCase(Locale.ROOT);
            if (c.isEmpty()) {
                continue;
            }
            out.add(Arrays.stream(type.getEnumConstants()).filter(e -> code(e).equals(c)).findFirst()
                    .orElseThrow(() -> new BadInputException(field, field + " must be a comma-separated list of: "
                            + String.join(", ", Arrays.stream(type.getEnumConstants()).map(FieldReader::code)
                            .toList()) + ".")));
        }
        return out;
    }

    private static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : Double.toString(v);
    }
}
