package org.openplate.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openplate.common.BadInputException;
import org.openplate.common.FieldError;
import org.openplate.common.TextInput;

/**
 * The one field reader the adapters use to turn a form, a query string or a JSON object into a typed
 * request record. Every text is checked for refused characters as it is read ({@link TextInput});
 * a wrong value is a {@link BadInputException} naming the field and its allowed range. Blank counts
 * as absent. JSON numbers are read as numbers (never through their text), JSON {@code null} as
 * absent, and an array or object where a value belongs is refused.
 */
public final class FieldReader {

    private final Function<String, String> fields;
    private final JsonNode body;
    /** Null when each wrong field throws at once; else the wrong fields found so far (collecting mode). */
    private final List<FieldError> errors;

    private FieldReader(Function<String, String> fields, JsonNode body) {
        this(fields, body, null);
    }

    private FieldReader(Function<String, String> fields, JsonNode body, List<FieldError> errors) {
        this.fields = fields;
        this.body = body;
        this.errors = errors;
    }

    /**
     * The same fields read in collecting mode: a wrong value is noted (first error per field) and its
     * read answers null (false for {@link #bool}, the minimum for {@link #requiredInteger}) so that the
     * whole form is read; {@link #finish()} then throws one {@link BadInputException} listing every
     * wrong field, the first of them being its message and field (the API's one-error shape).
     */
    public FieldReader collecting() {
        return new FieldReader(fields, body, new ArrayList<>());
    }

    /** Whether this reader collects errors rather than throwing at the first. */
    public boolean isCollecting() {
        return errors != null;
    }

    /** A wrong value found by the caller: thrown at once, or noted in collecting mode. */
    public void reject(String field, String message) {
        if (errors == null) {
            throw new BadInputException(field, message);
        }
        note(new BadInputException(field, message));
    }

    /** Whether {@code field} was already found wrong (so that a later rule does not pile on a second message). */
    public boolean failed(String field) {
        return errors != null && errors.stream().anyMatch(e -> java.util.Objects.equals(e.field(), field));
    }

    /** The wrong fields noted so far (empty when not collecting). */
    public List<FieldError> errors() {
        return errors == null ? List.of() : List.copyOf(errors);
    }

    /** Throws every noted error as one {@link BadInputException}; does nothing when none (or when not collecting). */
    public void finish() {
        if (errors != null && !errors.isEmpty()) {
            throw new BadInputException(List.copyOf(errors));
        }
    }

    /** Runs a read: in collecting mode a wrong value is noted and {@code fallback} answered. */
    public <T> T guarded(T fallback, Supplier<T> read) {
        if (errors == null) {
            return read.get();
        }
        try {
            return read.get();
        } catch (BadInputException e) {
            note(e);
            return fallback;
        }
    }

    private void note(BadInputException e) {
        for (FieldError fe : e.errors()) {
            if (fe.field() == null || !failed(fe.field())) {
                errors.add(fe);
            }
        }
    }

    /** An HTML form's fields ({@code multiLine} names the fields that may hold TAB and line breaks). */
    public static FieldReader form(Context ctx, String... multiLine) {
        return new FieldReader(TextInput.checked(ctx::formParam, multiLine), null);
    }

    /** The query string's parameters. */
    public static FieldReader query(Context ctx) {
        return new FieldReader(TextInput.checked(ctx::queryParam), null);
    }

    /** Fields already in hand (a path parameter, a test). */
    public static FieldReader of(Map<String, String> values, String... multiLine) {
        return new FieldReader(TextInput.checked(values::get, multiLine), null);
    }

    /** A JSON object body; anything else is "The body must be a JSON object." */
    public static FieldReader json(ObjectMapper json, String text, String... multiLine) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (Exception e) {
            throw new BadInputException(null, "The body must be a JSON object.");
        }
        if (node == null || !node.isObject()) {
            throw new BadInputException(null, "The body must be a JSON object.");
        }
        Function<String, String> scalar = name -> {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (v.isContainerNode()) {
                throw new BadInputException(name, name + " must be a string or a number.");
            }
            return v.asText();
        };
        return new FieldReader(TextInput.checked(scalar, multiLine), node);
    }

    /** The text as sent (checked), or null. */
    public String text(String field) {
        return guarded(null, () -> fields.apply(field));
    }

    /** The text stripped of surrounding blanks, or "" when absent. */
    public String stripped(String field) {
        String t = text(field);
        return t == null ? "" : t.strip();
    }

    /** Whether the field was sent at all (even blank: a JSON null or "" clears a value). */
    public boolean sent(String field) {
        return body != null ? body.has(field) : text(field) != null;
    }

    public boolean present(String field) {
        return filled(text(field));
    }

    public static boolean filled(String s) {
        return s != null && !s.isBlank();
    }

    /** A number within [min, max] ({@code Double.MIN_VALUE} as min means "more than 0"), or null. */
    public Double number(String field, double min, double max) {
        return guarded(null, () -> checkedNumber(field, min, max));
    }

    private Double checkedNumber(String field, double min, double max) {
        Double v = number(field, () -> field + " must be a number.");
        if (v != null && (v < min || v > max)) {
            throw new BadInputException(field, field + " must be " + (min == Double.MIN_VALUE ? "more than 0"
                    : "between " + fmt(min)) + (min == Double.MIN_VALUE ? " and at most " : " and ") + fmt(max)
                    + (field.equals("minutes") ? " (24 h)." : "."));
        }
        return v;
    }

    /**
     * A number with no range check (the caller words the range), or null when absent; text that is
     * not a number is {@code notANumber}'s message.
     */
    public Double number(String field, Supplier<String> notANumber) {
        return guarded(null, () -> anyNumber(field, notANumber));
    }

    private Double anyNumber(String field, Supplier<String> notANumber) {
        JsonNode v = body == null ? null : body.get(field);
        if (v != null && v.isNumber()) {
            double d = v.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new BadInputException(field, notANumber.get());
            }
            return d;
        }
        String text = text(field);
        if (!filled(text)) {
            return null;
        }
        double d;
        try {
            d = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(field, notANumber.get());
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new BadInputException(field, notANumber.get());
        }
        return d;
    }

    /** A whole number within [min, max], or null. */
    public Integer integer(String field, int min, int max) {
        return present(field) || jsonNumber(field) ? guarded(null, () -> wholeNumber(field, min, max)) : null;
    }

    public int requiredInteger(String field, int min, int max) {
        return guarded(min, () -> wholeNumber(field, min, max));
    }

    private int wholeNumber(String field, int min, int max) {
        String text = text(field);
        if (!filled(text)) {
            throw new BadInputException(field, field + " is required: a whole number from " + min + " to " + max + ".");
        }
        long v;
        JsonNode n = body == null ? null : body.get(field);
        if (n != null && n.isNumber()) {
            if (!n.canConvertToLong() || n.doubleValue() != Math.rint(n.doubleValue())) {
                throw new BadInputException(field, field + " must be a whole number from " + min + " to " + max + ".");
            }
            v = n.longValue();
        } else {
            try {
                v = Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                throw new BadInputException(field, field + " must be a whole number from " + min + " to " + max + ".");
            }
        }
        if (v < min || v > max) {
            throw new BadInputException(field, field + " must be a whole number from " + min + " to " + max + ".");
        }
        return (int) v;
    }

    /** true / false (also "on" / "1" from a checkbox, JSON booleans); absent is {@code absent}. */
    public boolean bool(String field, boolean absent) {
        return guarded(absent, () -> truth(field, absent));
    }

    private boolean truth(String field, boolean absent) {
        JsonNode n = body == null ? null : body.get(field);
        if (n != null && n.isBoolean()) {
            return n.booleanValue();
        }
        String t = text(field);
        if (!filled(t)) {
            return absent;
        }
        return switch (t.trim().toLowerCase(Locale.ROOT)) {
            case "true", "on", "1", "yes" -> true;
            case "false", "off", "0", "no" -> false;
            default -> throw new BadInputException(field, field + " must be true or false.");
        };
    }

    /** A date as yyyy-mm-dd, or null. */
    public LocalDate date(String field) {
        return guarded(null, () -> date(field, text(field)));
    }

    public static LocalDate date(String field, String text) {
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
    public <E extends Enum<E>> Set<E> codes(String field, Class<E> type) {
        return guarded(EnumSet.noneOf(type), () -> enumCodes(field, type));
    }

    private <E extends Enum<E>> Set<E> enumCodes(String field, Class<E> type) {
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

    private boolean jsonNumber(String field) {
        JsonNode n = body == null ? null : body.get(field);
        return n != null && n.isNumber();
    }

    private static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : Double.toString(v);
    }

    /**
     * A secret (a password) from a JSON body exactly as sent, without the character check: passwords
     * are hashed or compared, never shown or stored as text, and every character may be part of one
     * (OWASP ASVS 4.0 V2.1.4: allow any character in passwords). Other readers give {@link #text}.
     */
    public String secret(String field) {
        return guarded(null, () -> rawSecret(field));
    }

    private String rawSecret(String field) {
        if (body == null) {
            return text(field);
        }
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isContainerNode()) {
            throw new BadInputException(field, field + " must be a string or a number.");
        }
        return v.asText();
    }
}
