package org.openplate.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * SQLite admits one writer at a time, and every transaction here is a writer (they begin with
 * {@code BEGIN IMMEDIATE}). Left to SQLite, waiting transactions poll for the lock with growing sleeps,
 * which is unfair: under a burst of writes some waited the whole busy timeout (10 s) and failed while
 * others went ahead. This handler queues this process's transactions on a fair lock instead, so each
 * waits its turn in order and SQLite's lock is free when it begins. (The embedded database has one
 * process by design; PostgreSQL does not use this.)
 *
 * <p><b>Group commit.</b> With {@code synchronous=FULL} every commit waits for the disk, and that wait,
 * taken one transaction after another under the lock, was what limited adding diary entries. So the
 * transaction whose turn comes also runs the ones that queued behind it while it waited, each in a
 * savepoint of its own, and commits them together: one wait for the disk instead of several. Each
 * caller still gets its own outcome, only once the commit is on the disk:
 * <ul>
 *   <li>a callback that throws has its own savepoint rolled back; the others in the group still commit,
 *       and the caller gets its exception, as it would have alone;</li>
 *   <li>if the commit itself (or a savepoint) fails, nothing of the group is written and every caller in
 *       it gets that failure, exactly as if its own commit had failed;</li>
 *   <li>callbacks run one after another, in the order they queued, so none sees another's half-done
 *       work, only (like any later transaction) its finished work.</li>
 * </ul>
 *
 * <p><b>One writing connection.</b> Every group runs on one handle kept for writing, not on the caller's
 * pooled one. In WAL mode SQLite empties a connection's page cache whenever another connection has
 * committed since its last transaction; when each group ran on whichever pooled connection's turn it was,
 * nearly every write transaction began on an empty cache and read its b-tree pages again from the
 * operating system (36 page reads per added entry, about a sixth of the server's CPU, in the tenth round of
 * docs/benchmarks.md). Only the writing connection commits now, so its own cache stays valid. The handle is
 * opened on the first write and replaced only if a failure leaves it closed or inside a transaction.
 * A callback therefore runs on a handle other than its caller's, on the same database: it must use the
 * handle it is given (as every JDBI callback must) and finish its results inside the callback.
 * The schema has no deferred constraints, which are checked only at the commit: one would let a single
 * callback's violation fail its whole group.
 */
final class OneWriterAtATime implements TransactionHandler {

    /** At most this many transactions commit together, so one group cannot hold the lock for long. */
    static final int MAX_GROUP = 32;

    private final TransactionHandler delegate;
    private final Turns turns;

    /**
     * writers: opens the handle the groups run on (from the same pool as the callers' handles); discard:
     * takes a handle that a failure left unusable out of the pool, so that it is not lent again.
     */
    OneWriterAtATime(TransactionHandler delegate, Supplier<Handle> writers, Consumer<Handle> discard) {
        this(delegate, new Turns(writers, discard));
    }

    private OneWriterAtATime(TransactionHandler delegate, Turns turns) {
        this.delegate = delegate;
        this.turns = turns;
    }

    /** The lock, the queue and the writing handle, shared by the handler of every handle. */
    private static final class Turns {
        final ReentrantLock lock = new ReentrantLock(true);
        final ConcurrentLinkedQueue<Waiting<?>> queue = new ConcurrentLinkedQueue<>();
        final Supplier<Handle> writers;
        final Consumer<Handle> discard;
        /** Used only under the lock. */
        Handle writer;
        boolean closed;

        Turns(Supplier<Handle> writers, Consumer<Handle> discard) {
            this.writers = writers;
            this.discard = discard;
        }

        /** Under the lock. */
        Handle writer() {
            if (closed) {
                throw new IllegalStateException("the database is closed");
            }
            if (writer == null) {
                writer = writers.get();
            }
            return writer;
        }

        /** Under the lock: closes the writing handle if a failure left it unusable; the next group opens another. */
        void checkWriter() {
            Handle h = writer;
            if (h != null && !settled(h)) {
                writer = null;
                try {
                    discard.accept(h);
                    h.close();
                } catch (RuntimeException e) {
                    // already broken and out of the pool
                }
            }
        }

        private static boolean settled(Handle h) {
            try {
                return !h.isClosed() && !h.getConnection().isClosed() && h.getConnection().getAutoCommit();
            } catch (SQLException | RuntimeException e) {
                return false;
            }
        }
    }

    /**
     * Opens the writing handle now rather than at the first write. Callers wait for their turn holding a
     * pooled connection each, so at a first write that comes as a burst they could hold every connection the
     * pool has, and the writing handle would wait for one until the pool's time-out. Opened first, it keeps
     * its own. If it cannot be opened now, the first write tries again.
     */
    void openWriter() {
        turns.lock.lock();
        try {
            turns.writer();
        } catch (RuntimeException e) {
            // the database is unreachable for the moment: the first group opens it, or fails as any write would
        } finally {
            turns.lock.unlock();
        }
    }

    /** Closes the writing handle (its connection goes back to the pool); later writes fail. */
    void close() {
        turns.lock.lock();
        try {
            turns.closed = true;
            if (turns.writer != null) {
                turns.writer.close();
                turns.writer = null;
            }
        } finally {
            turns.lock.unlock();
        }
    }

    /** One caller's transaction: its callback, then (under the lock) its outcome. */
    private static final class Waiting<R> {
        final HandleCallback<R, ?> callback;
        R result;
        Throwable failure;
        boolean done;

        Waiting(HandleCallback<R, ?> callback) {
            this.callback = callback;
        }
    }

    @Override
    public TransactionHandler specialize(Handle handle) throws SQLException {
        return new OneWriterAtATime(delegate.specialize(handle), turns);
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        if (delegate.isInTransaction(handle)) {
            return delegate.inTransaction(handle, callback); // nested: part of the transaction already running
        }
        if (turns.lock.isHeldByCurrentThread()) {
            // a second transaction opened from inside a callback: never grouped with the waiting ones
            return delegate.inTransaction(handle, callback);
        }
        Waiting<R> mine = new Waiting<>(callback);
        turns.queue.add(mine);
        turns.lock.lock();
        try {
            while (!mine.done) { // normally once; again only if more than MAX_GROUP queued ahead of it
                commitGroup();
            }
        } finally {
            turns.lock.unlock();
        }
        if (mine.failure != null) {
            throw OneWriterAtATime.<X>rethrow(mine.failure);
        }
        return mine.result;
    }

    /** How many transactions are queued for their turn (for tests). */
    int waiting() {
        return turns.queue.size();
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
                                                    HandleCallback<R, X> callback) throws X {
        // rare (SQLite has one isolation level anyway): its own transaction, in turn, not grouped, and like
        // the groups on the writing handle, so that no other connection commits and empties its page cache
        if (delegate.isInTransaction(handle) || turns.lock.isHeldByCurrentThread()) {
            return delegate.inTransaction(handle, level, callback); // nested, or opened from inside a callback
        }
        turns.lock.lock();
        try {
            // the writing handle's own handler sees the lock held and runs it directly (the branch above)
            return turns.writer().inTransaction(level, callback);
        } catch (Throwable e) {
            turns.checkWriter();
            throw OneWriterAtATime.<X>rethrow(e);
        } finally {
            turns.lock.unlock();
        }
    }

    /** Under the lock: takes up to MAX_GROUP queued transactions and commits them as one. */
    private void commitGroup() {
        List<Waiting<?>> group = new ArrayList<>();
        for (Waiting<?> w; group.size() < MAX_GROUP && (w = turns.queue.poll()) != null; ) {
            group.add(w);
        }
        try {
            // through the writing handle's own handler (this class, specialised to it), which sees the lock
            // held and runs the transaction directly
            turns.writer().inTransaction(h -> {
                if (group.size() == 1) {
                    run(group.get(0), h); // alone: a failure rolls the transaction back, as without grouping
                    return null;
                }
                Connection c = h.getConnection();
                for (Waiting<?> w : group) {
                    Savepoint before = c.setSavepoint();
                    try {
                        run(w, h);
                        c.releaseSavepoint(before);
                    } catch (Exception | Error e) {
                        w.failure = e;
                        c.rollback(before); // if this fails, the whole group fails below
                        c.releaseSavepoint(before);
                    }
                }
                return null;
            });
        } catch (Throwable e) {
            for (Waiting<?> w : group) { // nothing of the group was committed
                if (w.failure == null) {
                    w.failure = e;
                }
                w.result = null;
            }
            turns.checkWriter();
        }
        for (Waiting<?> w : group) {
            w.done = true;
        }
    }

    private static <R> void run(Waiting<R> w, Handle h) throws Exception {
        w.result = w.callback.withHandle(h);
    }

    @SuppressWarnings("unchecked")
    private static <X extends Exception> X rethrow(Throwable t) throws X {
        throw (X) t; // unchecked: the callback's own exception (or the commit's), as the caller would get alone
    }

    @Override
    public void begin(Handle handle) {
        delegate.begin(handle);
    }

    @Override
    public void commit(Handle handle) {
        delegate.commit(handle);
    }

    @Override
    public void rollback(Handle handle) {
        delegate.rollback(handle);
    }

    @Override
    public boolean isInTransaction(Handle handle) {
        return delegate.isInTransaction(handle);
    }

    @Override
    public void savepoint(Handle handle, String name) {
        delegate.savepoint(handle, name);
    }

    @Override
    public void rollbackToSavepoint(Handle handle, String name) {
        delegate.rollbackToSavepoint(handle, name);
    }

    @Override
    public void releaseSavepoint(Handle handle, String name) {
        delegate.releaseSavepoint(handle, name);
    }
}
