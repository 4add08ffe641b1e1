package org.openplate.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openplate.testing.TestDatabases;

/** SQLite transactions from many threads take turns: none fails waiting, a failed one lets the next go. */
class OneWriterAtATimeTest {

    @Test
    void aBurstOfConcurrentTransactionsAllCommitInTurn() throws Exception {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE burst (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)"));
            List<Future<Integer>> done = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(48);
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
                committed += f.get();
            }
            assertEquals(480, committed);
            int distinct = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(DISTINCT n) FROM burst")
                    .mapTo(Integer.class).one());
            assertEquals(480, distinct);
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
