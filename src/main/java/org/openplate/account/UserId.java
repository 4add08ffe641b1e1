package org.openplate.account;

/** The id of a user account; every query on user data takes one. */
public record UserId(long value) {
    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("user id must be positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
