package org.openplate.common;

/** The request clashes with existing state, such as an email already registered. Maps to 409. */
public class ConflictException extends RuntimeException {
    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
