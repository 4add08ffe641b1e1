package org.openplate.web;

import java.util.List;
import java.util.Objects;
import org.openplate.common.BadInputException;
import org.openplate.common.FieldError;

/**
 * What a re-rendered form shows: every wrong field's message beside the field (its input marked
 * {@code aria-invalid} and described by the message) and a summary at the top linking to each field
 * (WCAG 2.2 SC 3.3.1 Error Identification and 3.3.3 Error Suggestion; GOV.UK "Error summary").
 */
public record FormErrors(List<FieldError> all) {

    private static final FormErrors NONE = new FormErrors(List.of());

    public FormErrors {
        all = List.copyOf(all);
    }

    public static FormErrors none() {
        return NONE;
    }

    public static FormErrors of(BadInputException e) {
        return e == null ? NONE : new FormErrors(e.errors());
    }

    /** One message not tied to a field of the form (a refused sign-in, a rate limit). */
    public static FormErrors of(String field, String message) {
        return message == null ? NONE : new FormErrors(List.of(new FieldError(field, message)));
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The message for this field, or null. */
    public String message(String field) {
        return all.stream().filter(e -> Objects.equals(e.field(), field)).map(FieldError::message).findFirst()
                .orElse(null);
    }

    public boolean has(String field) {
        return message(field) != null;
    }

    /** {@code aria-invalid} for the field's input: "true", or null (jte then leaves the attribute out). */
    public String invalid(String field) {
        return has(field) ? "true" : null;
    }

    /** {@code aria-describedby} for the field's input: its message's id, or null. */
    public String describedBy(String field) {
        return has(field) ? messageId(field) : null;
    }

    /** The id of the message shown beside {@code field}. */
    public static String messageId(String field) {
        return field + "-error";
    }

    /** The first field at fault (for tests and scripts: {@code data-field}), or null. */
    public String firstField() {
        return all.isEmpty() ? null : all.get(0).field();
    }

    /** The message of the first error (a page's one-line alert), or null. */
    public String first() {
        return all.isEmpty() ? null : all.get(0).message();
    }
}
