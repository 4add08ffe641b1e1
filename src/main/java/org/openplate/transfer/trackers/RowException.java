package org.openplate.transfer.trackers;

/** One row cannot be read; the message says why, without file and row (the caller adds them). */
final class RowException extends RuntimeException {

    RowException(String message) {
        super(message, null, false, false);
    }
}
