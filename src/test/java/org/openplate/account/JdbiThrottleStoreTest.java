package org.openplate.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases.TestDb;

/** The attempt counter's one-statement check-and-count, on SQLite and PostgreSQL. */
class JdbiThrottleStoreTest {

    private static final long T0 = 1_795_000_000_000L;
    private static final ThrottlePolicy POLICY = new ThrottlePolicy("test", 3, Duration.ofSeconds(10),
            Duration.ofSeconds(40), Duration.ofHours(1));

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void freeAttemptsThenDoublingDelaysThenAResetAfterQuiet(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            var store = new JdbiThrottleStore(db.jdbi());
            for (int i = 1; i <= 3; i++) {
                var c = store.claim("b", POLICY, T0, "c" + i);
                assertTrue(c.admitted(), "free attempt " + i);
                assertEquals(i, c.hits());
            }
            var refused = store.claim("b", POLICY, T0 + 9_999, "c4");
            assertFalse(refused.admitted(), "the 4th must wait 10 s after the 3rd");
            assertEquals(3, refused.hits(), "a refused attempt is not counted");
            assertEquals(T0, refused.lastAtMillis());
            assertTrue(store.claim("b", POLICY, T0 + 10_000, "c5").admitted());
            assertFalse(store.claim("b", POLICY, T0 + 29_999, "c6").admitted(), "then 20 s");
            assertTrue(store.claim("b", POLICY, T0 + 30_000, "c7").admitted());
            assertFalse(store.claim("b", POLICY, T0 + 69_999, "c8").admitted(), "then 40 s, the most");
            assertTrue(store.claim("b", POLICY, T0 + 70_000, "c9").admitted());
            assertTrue(store.claim("b", POLICY, T0 + 110_000, "c10").admitted(), "capped at 40 s");
            assertTrue(store.claim("other", POLICY, T0 + 110_000, "x").admitted(), "buckets are separate");
            var reset = store.claim("b", POLICY, T0 + 110_000 + 3_600_000, "c11");
            assertTrue(reset.admitted());
            assertEquals(1, reset.hits(), "an hour without attempts starts again");
            store.clear("b");
            assertEquals(1, store.claim("b", POLICY, T0, "c12").hits());
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void refundsGiveBackOnlyTheirOwnClaim(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            var store = new JdbiThrottleStore(db.jdbi());
            store.claim("b", POLICY, T0, "a");
            store.claim("b", POLICY, T0, "b");
            store.refund("b", "a");
            assertEquals(3, store.claim("b", POLICY, T0, "c").hits(), "a is no longer the last claim");
            store.refund("b", "c");
            assertEquals(3, store.claim("b", POLICY, T0, "d").hits());
            store.forgive("b");
            assertEquals(3, store.claim("b", POLICY, T0, "e").hits());
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void sixteenConcurrentClaimsAdmitExactlyTheFreeAttempts(TestDb tdb) throws Exception {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            var store = new JdbiThrottleStore(db.jdbi());
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    String claim = "t" + i;
                    results.add(pool.submit(() -> {
                        start.await();
                        return store.claim("race", POLICY, T0, claim).admitted();
                    }));
                }
                start.countDown();
                int admitted = 0;
                for (Future<Boolean> f : results) {
                    admitted += f.get() ? 1 : 0;
                }
                assertEquals(POLICY.free(), admitted);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
