package org.openplate.storage;

/**
 * The database cannot be used at start-up. The message is one line for the operator: which file or
 * URL (or setting), the cause, and what to do.
 */
public final class DatabaseOpenException extends RuntimeException {

    public DatabaseOpenException(String message, Throwable cause) {
        super(message, cause);
    }
}
