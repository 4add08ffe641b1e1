package org.openplate.storage;

import java.util.concurrent.locks.ReentrantLock;
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
 */
final class OneWriterAtATime implements TransactionHandler {

    private final TransactionHandler delegate;
    private final ReentrantLock turn;

    OneWriterAtATime(TransactionHandler delegate) {
        this(delegate, new ReentrantLock(true));
    }

    private OneWriterAtATime(TransactionHandler delegate, ReentrantLock turn) {
        this.delegate = delegate;
        this.turn = turn;
    }

    @Override
    public TransactionHandler specialize(Handle handle) throws java.sql.SQLException {
        return new OneWriterAtATime(delegate.specialize(handle), turn);
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        turn.lock();
        try {
            return delegate.inTransaction(handle, callback);
        } finally {
            turn.unlock();
        }
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
                                                    HandleCallback<R, X> callback) throws X {
        turn.lock();
        try {
            return delegate.inTransaction(handle, level, callback);
        } finally {
            turn.unlock();
        }
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
