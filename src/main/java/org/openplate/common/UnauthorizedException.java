package org.openplate.common;

/** Missing or wrong credentials. Maps to 401 (the API) or a redirect to sign-in (pages). */
public class UnauthorizedException extends RuntimeException {
    private final String field;

    public UnauthorizedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
