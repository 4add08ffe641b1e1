package org.openplate.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.LocalTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.Test;
import org.openplate.testing.TestDatabases;
import org.sqlite.SQLiteConnection;

/**
 * SQLite transactions from many threads take turns: none fails waiting, a failed one lets the next go, and
 * those that queued together commit together, each with its own outcome.
 */
class OneWriterAtATimeTest {

    @Test
    void aBurstOfConcurrentTransactionsAllCommitInTurn() throws Exception {
        burst(Executors.newFixedThreadPool(48));
    }

    /** As the server runs them: each request on a virtual thread, all parked and woken by the turns. */
    @Test
    void aBurstOnVirtualThreadsAllCommitInTurn() throws Exception {
        java.lang.reflect.Method virtual;
        try {
            virtual = Executors.class.getMethod("newVirtualThreadPerTaskExecutor"); // JDK 21+, as the server uses
        } catch (NoSuchMethodException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "virtual threads need JDK 21 or later");
            return;
        }
        burst((ExecutorService) virtual.invoke(null));
    }

    private static void burst(ExecutorService pool) throws Exception {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE burst (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)"));
            List<Future<Integer>> done = new ArrayList<>();
            try {
                for (int t = 0; t < 48; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < 10; i++) {
                            int n = thread * 100 + i;
                            // read, then write in the same transaction, holding it a moment
                            db.jdbi().useTransaction(h -> {
                                int before = h.createQuery("SELECT COUNT(*) FROM burst").mapTo(Integer.class).one();
                                Thread.sleep(1);
                                h.createUpdate("INSERT INTO burst (n) VALUES (:n)").bind("n", n).execute();
                                int after = h.createQuery("SELECT COUNT(*) FROM burst").mapTo(Integer.class).one();
                                assertEquals(before + 1, after, "no other writer inside this transaction");
                            });
                        }
                        return 10;
                    }));
                }
            } finally {
                pool.shutdown();
            }
            int committed = 0;
            for (Future<Integer> f : done) {
                committed += f.get(120, TimeUnit.SECONDS); // a lost wake-up would leave one waiting for ever
            }
            assertEquals(480, committed);
            int distinct = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(DISTINCT n) FROM burst")
                    .mapTo(Integer.class).one());
            assertEquals(480, distinct);
        }
    }

    /** Only one connection ever commits, so no other connection's commit empties its page cache. */
    @Test
    void everyTransactionIsWrittenOnOneConnectionNotTheCallers() throws Exception {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE w (n INTEGER NOT NULL)"));
            Set<Object> writing = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> done = new ArrayList<>();
            try {
                for (int i = 0; i < 40; i++) {
                    int n = i;
                    done.add(pool.submit(() -> db.jdbi().withHandle(caller -> caller.inTransaction(h -> {
                        Object mine = caller.getConnection().unwrap(SQLiteConnection.class);
                        Object used = h.getConnection().unwrap(SQLiteConnection.class);
                        assertNotSame(mine, used, "written on the writing connection, not the caller's");
                        writing.add(used);
                        return h.execute("INSERT INTO w (n) VALUES (?)", n);
                    }))));
                }
                for (Future<?> f : done) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdown();
            }
            assertEquals(1, writing.size(), "one connection wrote them all");
            assertEquals(Integer.valueOf(40), db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(DISTINCT n) FROM w")
                    .mapTo(Integer.class).one()));
        }
    }

    /** A transaction with an isolation level is written on the same writing connection, and in turn. */
    @Test
    void aTransactionWithAnIsolationLevelIsWrittenOnTheWritingConnection() throws Exception {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE w (n INTEGER NOT NULL)"));
            Object grouped = db.jdbi().inTransaction(h -> {
                h.execute("INSERT INTO w (n) VALUES (0)");
                return h.getConnection().unwrap(SQLiteConnection.class);
            });
            Set<Object> writing = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> done = new ArrayList<>();
            try {
                for (int i = 1; i <= 20; i++) {
                    int n = i;
                    done.add(pool.submit(() -> db.jdbi().withHandle(caller ->
                            caller.inTransaction(TransactionIsolationLevel.SERIALIZABLE, h -> {
                                Object mine = caller.getConnection().unwrap(SQLiteConnection.class);
                                Object used = h.getConnection().unwrap(SQLiteConnection.class);
                                assertNotSame(mine, used, "written on the writing connection, not the caller's");
                                writing.add(used);
                                int before = h.createQuery("SELECT COUNT(*) FROM w").mapTo(Integer.class).one();
                                h.execute("INSERT INTO w (n) VALUES (?)", n);
                                int after = h.createQuery("SELECT COUNT(*) FROM w").mapTo(Integer.class).one();
                                assertEquals(before + 1, after, "no other writer inside this transaction");
                                return after;
                            }))));
                }
                for (Future<?> f : done) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdown();
            }
            assertEquals(Set.of(grouped), writing, "the grouped writes' connection wrote these too");
            // a failing one writes nothing, and the next one still commits on a usable connection
            assertThrows(IllegalStateException.class, () -> db.jdbi().useHandle(caller ->
                    caller.useTransaction(TransactionIsolationLevel.SERIALIZABLE, h -> {
                        h.execute("INSERT INTO w (n) VALUES (-1)");
                        throw new IllegalStateException("failed");
                    })));
            db.jdbi().useHandle(caller -> caller.useTransaction(TransactionIsolationLevel.SERIALIZABLE,
                    h -> h.execute("INSERT INTO w (n) VALUES (21)")));
            assertEquals(Integer.valueOf(22), db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(DISTINCT n) FROM w WHERE n >= 0").mapTo(Integer.class).one()));
            assertEquals(Integer.valueOf(0), db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM w WHERE n < 0").mapTo(Integer.class).one()));
        }
    }

    /**
     * The writing connection is the pool's from the start: callers that each hold a connection while they
     * wait for their turn cannot take the last one it needs.
     */
    @Test
    void aBurstOfFirstWritesHoldingEveryConnectionStillCommits() throws Exception {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE full_pool (n INTEGER NOT NULL)"));
            int callers = Database.SQLITE_CONNECTIONS + 1; // as many as the whole pool
            CountDownLatch holding = new CountDownLatch(Database.SQLITE_CONNECTIONS);
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            List<Future<Integer>> done = new ArrayList<>();
            try {
                for (int i = 0; i < callers; i++) {
                    int n = i;
                    done.add(pool.submit(() -> db.jdbi().withHandle(caller -> {
                        holding.countDown(); // every caller holds its connection before any asks for its turn
                        holding.await(5, TimeUnit.SECONDS);
                        return caller.inTransaction(h -> h.execute("INSERT INTO full_pool (n) VALUES (?)", n));
                    })));
                }
                for (Future<Integer> f : done) {
                    assertEquals(1, f.get(20, TimeUnit.SECONDS), "committed without waiting out the pool's time-out");
                }
            } finally {
                pool.shutdown();
            }
            assertEquals(Integer.valueOf(callers), db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM full_pool")
                    .mapTo(Integer.class).one()));
        }
    }

    /** A data version raised after a change waits its turn with the other writes instead of polling beside them. */
    @Test
    void aRaisedDataVersionTakesItsTurnWithTheWrites() throws Exception {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE r (n INTEGER NOT NULL)"));
            long user = db.jdbi().withHandle(h -> h.createQuery("INSERT INTO users (email, password_hash, created_at)"
                    + " VALUES ('turn@example.com', 'x', 0) RETURNING id").mapTo(Long.class).one());
            OneWriterAtATime handler = (OneWriterAtATime) db.jdbi().getTransactionHandler();
            CountDownLatch inside = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> holding = pool.submit(() -> db.jdbi().inTransaction(h -> {
                    h.execute("INSERT INTO r (n) VALUES (1)");
                    inside.countDown();
                    long until = System.nanoTime() + 20_000_000_000L;
                    while (handler.waiting() < 1 && System.nanoTime() < until) {
                        Thread.sleep(5);
                    }
                    return handler.waiting();
                }));
                assertTrue(inside.await(20, TimeUnit.SECONDS));
                Future<?> raised = pool.submit(() -> db.versions().raise(user));
                assertEquals(1, holding.get(30, TimeUnit.SECONDS), "the raise queued behind the running transaction");
                raised.get(30, TimeUnit.SECONDS);
            } finally {
                pool.shutdown();
            }
            assertEquals(1L, db.versions().of(user));
        }
    }

    @Test
    void aWritingConnectionThatBreaksIsReplacedAndItsWorkIsNotWritten() {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE b (n INTEGER NOT NULL)"));
            assertThrows(Exception.class, () -> db.jdbi().useTransaction(h -> {
                h.execute("INSERT INTO b (n) VALUES (1)");
                h.getConnection().unwrap(SQLiteConnection.class).close(); // as if lost: the commit then fails
            }));
            db.jdbi().useTransaction(h -> h.execute("INSERT INTO b (n) VALUES (2)"));
            db.jdbi().useTransaction(h -> h.execute("INSERT INTO b (n) VALUES (3)"));
            assertEquals(List.of(2, 3), db.jdbi().withHandle(h -> h.createQuery("SELECT n FROM b ORDER BY n")
                    .mapTo(Integer.class).list()), "the broken transaction left nothing; later ones commit");
        }
    }

    @Test
    void aRolledBackOrNestedTransactionReleasesItsTurn() {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE t (n INTEGER NOT NULL)"));
            assertThrows(IllegalStateException.class, () -> db.jdbi().useTransaction(h -> {
                h.execute("INSERT INTO t (n) VALUES (1)");
                throw new IllegalStateException("half-way");
            }));
            db.jdbi().useTransaction(outer -> {
                outer.execute("INSERT INTO t (n) VALUES (2)");
                outer.useTransaction(inner -> inner.execute("INSERT INTO t (n) VALUES (3)"));
            });
            Thread other = new Thread(() -> db.jdbi().useTransaction(h ->
                    h.execute("INSERT INTO t (n) VALUES (4)")));
            other.start();
            assertTrue(join(other), "another thread gets its turn afterwards");
            assertEquals(List.of(2, 3, 4), db.jdbi().withHandle(h -> h.createQuery("SELECT n FROM t ORDER BY n")
                    .mapTo(Integer.class).list()), "the rolled-back row is gone; the rest committed");
        }
    }

    @Test
    void transactionsThatQueuedTogetherCommitTogetherEachWithItsOwnOutcome() throws Exception {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE g (n INTEGER NOT NULL UNIQUE)"));
            AtomicInteger commits = new AtomicInteger();
            OneWriterAtATime handler = new OneWriterAtATime(new Counting(new LocalTransactionHandler(), commits), db.jdbi()::open, db::discard);
            db.jdbi().setTransactionHandler(handler);
            // each holds one of the pool's connections while it waits: the pool is what bounds a group
            int followers = Database.SQLITE_CONNECTIONS / 2;
            CountDownLatch inside = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(followers + 1);
            try {
                // the first holds its turn until all the others are queued behind it
                Future<Integer> first = pool.submit(() -> db.jdbi().inTransaction(h -> {
                    h.execute("INSERT INTO g (n) VALUES (0)");
                    inside.countDown();
                    long until = System.nanoTime() + 20_000_000_000L;
                    while (handler.waiting() < followers && System.nanoTime() < until) {
                        Thread.sleep(5);
                    }
                    return 0;
                }));
                assertTrue(inside.await(20, TimeUnit.SECONDS));
                List<Future<Integer>> rest = new ArrayList<>();
                for (int i = 1; i <= followers; i++) {
                    int n = i;
                    rest.add(pool.submit(() -> db.jdbi().inTransaction(h -> {
                        h.execute("INSERT INTO g (n) VALUES (?)", n * 10);
                        if (n == 1) {
                            throw new IllegalArgumentException("first changes its mind");
                        }
                        if (n == 2) {
                            h.execute("INSERT INTO g (n) VALUES (0)"); // breaks UNIQUE: only its own work is undone
                        }
                        int seen = h.createQuery("SELECT COUNT(*) FROM g WHERE n = :n").bind("n", n * 10)
                                .mapTo(Integer.class).one();
                        return seen;
                    })));
                }
                assertEquals(0, first.get(30, TimeUnit.SECONDS));
                for (int i = 1; i <= followers; i++) {
                    Future<Integer> f = rest.get(i - 1);
                    if (i == 1) {
                        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(30, TimeUnit.SECONDS));
                        assertTrue(e.getCause() instanceof IllegalArgumentException, "its own exception: " + e.getCause());
                    } else if (i == 2) {
                        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(30, TimeUnit.SECONDS));
                        assertTrue(String.valueOf(e.getCause().getMessage()).contains("UNIQUE"), "its own failure: " + e.getCause());
                    } else {
                        assertEquals(1, f.get(30, TimeUnit.SECONDS), "sees its own row");
                    }
                }
            } finally {
                pool.shutdown();
                handler.close();
            }
            List<Integer> kept = new ArrayList<>(List.of(0));
            for (int i = 3; i <= followers; i++) {
                kept.add(i * 10);
            }
            assertEquals(kept, db.jdbi().withHandle(h -> h.createQuery("SELECT n FROM g ORDER BY n")
                    .mapTo(Integer.class).list()), "the failed two left nothing; the rest committed");
            assertEquals(2, commits.get(), "the ones that queued behind the first committed as one transaction");
        }
    }

    @Test
    void aGroupWhoseCommitFailsFailsEveryCallerAndWritesNothing() throws Exception {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE c (n INTEGER NOT NULL)"));
            AtomicInteger commits = new AtomicInteger();
            // the second transaction (the group's) fails after its callbacks ran, as a failed commit would
            OneWriterAtATime handler = new OneWriterAtATime(new Counting(new LocalTransactionHandler(), commits, 2), db.jdbi()::open, db::discard);
            db.jdbi().setTransactionHandler(handler);
            CountDownLatch inside = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                Future<Integer> first = pool.submit(() -> db.jdbi().inTransaction(h -> {
                    h.execute("INSERT INTO c (n) VALUES (1)");
                    inside.countDown();
                    long until = System.nanoTime() + 20_000_000_000L;
                    while (handler.waiting() < 3 && System.nanoTime() < until) {
                        Thread.sleep(5);
                    }
                    return 1;
                }));
                assertTrue(inside.await(20, TimeUnit.SECONDS));
                List<Future<?>> rest = new ArrayList<>();
                for (int i = 2; i <= 4; i++) {
                    int n = i;
                    rest.add(pool.submit(() -> db.jdbi().useTransaction(h -> h.execute("INSERT INTO c (n) VALUES (?)", n))));
                }
                first.get(30, TimeUnit.SECONDS);
                for (Future<?> f : rest) {
                    ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(30, TimeUnit.SECONDS));
                    assertEquals("disk full", e.getCause().getMessage());
                }
            } finally {
                pool.shutdown();
                handler.close();
            }
            assertEquals(List.of(1), db.jdbi().withHandle(h -> h.createQuery("SELECT n FROM c ORDER BY n")
                    .mapTo(Integer.class).list()), "nothing of the failed group was written");
        }
    }

    /** Counts the transactions the grouping handler actually runs (one commit each). */
    private static class Counting implements TransactionHandler {
        private final TransactionHandler delegate;
        private final AtomicInteger count;

        private final int failAt;

        Counting(TransactionHandler delegate, AtomicInteger count) {
            this(delegate, count, 0);
        }

        /** failAt: the transaction (counting from 1) that fails after its callback, before committing. */
        Counting(TransactionHandler delegate, AtomicInteger count, int failAt) {
            this.delegate = delegate;
            this.count = count;
            this.failAt = failAt;
        }

        @Override
        public TransactionHandler specialize(Handle handle) throws java.sql.SQLException {
            Counting outer = this;
            TransactionHandler inner = delegate.specialize(handle);
            return new Counting(inner, count, failAt) {
                @Override
                public <R, X extends Exception> R inTransaction(Handle h, HandleCallback<R, X> callback) throws X {
                    return outer.inTransaction(h, callback, inner);
                }
            };
        }

        public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
            return inTransaction(handle, callback, delegate);
        }

        <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback, TransactionHandler on) throws X {
            boolean fail = count.incrementAndGet() == failAt;
            return on.inTransaction(handle, h -> {
                R r = callback.withHandle(h);
                if (fail) {
                    throw new IllegalStateException("disk full");
                }
                return r;
            });
        }

        @Override
        public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
                                                        HandleCallback<R, X> callback) throws X {
            return delegate.inTransaction(handle, level, callback);
        }

        @Override public void begin(Handle handle) { delegate.begin(handle); }
        @Override public void commit(Handle handle) { delegate.commit(handle); }
        @Override public void rollback(Handle handle) { delegate.rollback(handle); }
        @Override public boolean isInTransaction(Handle handle) { return delegate.isInTransaction(handle); }
        @Override public void savepoint(Handle handle, String name) { delegate.savepoint(handle, name); }
        @Override public void rollbackToSavepoint(Handle handle, String name) { delegate.rollbackToSavepoint(handle, name); }
        @Override public void releaseSavepoint(Handle handle, String name) { delegate.releaseSavepoint(handle, name); }
    }

    private static boolean join(Thread t) {
        try {
            t.join(20_000);
            return !t.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
