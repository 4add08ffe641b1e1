package org.openplate.common;

import java.util.List;

/**
 * Input that breaks a rule; the message names the field and what is accepted. Maps to HTTP 400. The
 * message is in sentence case with the field's name in words ({@link FieldNames#sentence}); a form
 * read in one go may carry every wrong field ({@link #errors()}), the first being the message.
 */
public class BadInputException extends RuntimeException {
    private final String field;
    private final List<FieldError> errors;

    public BadInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /** Every wrong field of one form, in the order of the form; at least one. */
    public BadInputException(List<FieldError> errors) {
        super(FieldNames.sentence(errors.get(0).field(), errors.get(0).message()));
        this.field = errors.get(0).field();
        this.errors = errors.stream().map(e -> new FieldError(e.field(), FieldNames.sentence(e.field(), e.message())))
                .toList();
    }

    /** The form or query field at fault, or null when the request as a whole is wrong. */
    public String field() {
        return field;
    }

    /** Every wrong field found (one unless the form was read in one go), messages in sentence case. */
    public List<FieldError> errors() {
        return errors;
    }
}
