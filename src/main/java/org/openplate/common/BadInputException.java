package org.openplate.common;

/** Input that breaks a rule; the message names the field and what is accepted. Maps to HTTP 400. */
public class BadInputException extends RuntimeException {
    private final String field;

    public BadInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form or query field at fault, or null when the request as a whole is wrong. */
    public String field() {
        return field;
    }
}
