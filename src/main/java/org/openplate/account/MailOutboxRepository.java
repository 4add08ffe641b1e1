package org.openplate.account;

import java.time.Instant;
import java.util.List;

/** Mail waiting to be sent ({@code mail_outbox}); see {@link MailQueue}. */
interface MailOutboxRepository {

    /** What a row asks for: a password-reset link to an address, or a ready message to an account. */
    enum Kind { PASSWORD_RESET, MESSAGE }

    /** One waiting message. {@code email} only for resets; {@code subject}/{@code body} only for messages. */
    record Pending(long id, Kind kind, UserId user, String email, String label, String subject, String body,
                   long leaseUntil, int attempts) {
    }

    void addReset(String email, Instant now);

    void addMessage(UserId user, String label, String subject, String body, Instant now);

    /** Up to {@code limit} rows due at {@code now} and not leased, oldest first. */
    List<Pending> due(Instant now, int limit);

    /**
     * Leases {@code row} until {@code until} if nobody else did since it was read (compare-and-set on
     * the lease), counting an attempt. True when this caller now owns the row.
     */
    boolean claim(Pending row, Instant until);

    void delete(long id);

    /** Gives the row back, to be tried again at {@code dueAt}. */
    void retryAt(long id, Instant dueAt);

    /** Forgets rows created before {@code before} (mail that could not be sent for days); how many. */
    int purge(Instant before);

    int count();
}
