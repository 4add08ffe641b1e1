package org.openplate.common;

/** The caller is known but may not do this (e.g. a read-only API token asked to write). Maps to 403. */
public class ForbiddenException extends RuntimeException {
    private final String code;

    public ForbiddenException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
