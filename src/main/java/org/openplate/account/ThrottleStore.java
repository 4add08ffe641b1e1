package org.openplate.account;

/**
 * Storage port for attempt counters. {@link #claim} checks and records an attempt in one atomic
 * step, so concurrent requests on any number of instances cannot slip past a limit together.
 */
interface ThrottleStore {

    /** The counter after a claim: {@code admitted} when this attempt was counted and may go ahead. */
    record Counter(boolean admitted, int hits, long lastAtMillis) {
    }

    Counter claim(String bucket, ThrottlePolicy policy, long nowMillis, String claimId);

    /** Gives back an admitted attempt that did not check a password after all (another limit refused it). */
    void refund(String bucket, String claimId);

    /** Gives back one attempt, whoever made it (a successful sign-in is not a guess). */
    void forgive(String bucket);

    /** Forgets the counter (after a successful sign-in on this account from this address or device). */
    void clear(String bucket);

    int purgeBefore(long millis);
}
