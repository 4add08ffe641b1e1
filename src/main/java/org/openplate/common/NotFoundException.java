package org.openplate.common;

/** The thing asked for does not exist for this user (another user's ids also land here). Maps to 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
