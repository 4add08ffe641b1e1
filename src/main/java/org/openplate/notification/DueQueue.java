package org.openplate.notification;

import java.time.LocalDate;
import java.util.List;
import org.openplate.account.UserId;

/**
 * Storage port for the scheduler's queue: when each user's notifications are next due. A claim leases a
 * batch of due users to one instance; other instances skip them, and a lease that runs out (the instance
 * died) makes them claimable again. Creating a notification stays idempotent (one row per user and key),
 * so a user served twice after a lost lease still gets each notification once.
 */
interface DueQueue {

    /** A claimed user: the day the goal prompt was last checked (null: never) and the failures so far. */
    record Claim(UserId user, LocalDate goalCheckedOn, int failures) {
    }

    /** Adds these users, due at {@code dueAt}, unless already queued. */
    void enrol(List<UserId> users, long dueAt);

    /** The highest queued user id (0 when empty): new profiles beyond it are enrolled first. */
    long highestUser();

    /** Leases up to {@code limit} users due at {@code now} until {@code leaseUntil}, earliest due first. */
    List<Claim> claim(long now, long leaseUntil, int limit);

    /** Served: next due at {@code nextDue}, lease released, failures reset. */
    void done(UserId user, long nextDue, LocalDate goalCheckedOn);

    /** Failed: tried again at {@code retryAt}, lease released, one more failure counted. */
    void failed(UserId user, long retryAt);

    /** Leaves the queue (the profile is gone). */
    void remove(UserId user);

    /** The sweep cursor's position (0 when unset). */
    long cursor(String name);

    /** Moves the cursor from {@code from} to {@code to}; false when another instance moved it first. */
    boolean moveCursor(String name, long from, long to);
}
