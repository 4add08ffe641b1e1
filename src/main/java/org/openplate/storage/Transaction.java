package org.openplate.storage;

import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * One open database transaction, handed from a caller to other features' bulk-write operations
 * (e.g. an import that writes diary entries, foods and weigh-ins) so that all of them commit or roll
 * back together. Only repositories ({@code Jdbi*} classes) open it up with {@link #handle()}; the
 * services in between see this type, not JDBI.
 */
public final class Transaction {

    private final Handle handle;

    private Transaction(Handle handle) {
        this.handle = handle;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public static <T> T run(Jdbi jdbi, Function<Transaction, T> work) {
        return jdbi.inTransaction(h -> work.apply(new Transaction(h)));
    }

    /** For repositories: the JDBI handle the transaction runs on. */
    public Handle handle() {
        return handle;
    }

    /** Runs {@code action} once the transaction has committed (never when it rolls back). */
    public void afterCommit(Runnable action) {
        handle.afterCommit(action);
    }
}
