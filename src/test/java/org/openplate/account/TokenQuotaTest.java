package org.openplate.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.common.TooManyRequestsException;
import org.openplate.storage.Database;
import org.openplate.testing.MutableClock;
import org.openplate.testing.TestDatabases.TestDb;

/** The per-token limit with quota taken in blocks: never exceeded across instances, and far fewer writes. */
class TokenQuotaTest {

    /** The database repository, counting the writes of the request counter. */
    private static TokenRepository counting(TokenRepository real, AtomicInteger writes) {
        return (TokenRepository) Proxy.newProxyInstance(TokenRepository.class.getClassLoader(),
                new Class<?>[] {TokenRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("count")) {
                        writes.incrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static int admitted(TokenService tokens, TokenService.Principal p, int tries) {
        int ok = 0;
        for (int i = 0; i < tries; i++) {
            try {
                tokens.admit(p);
                ok++;
            } catch (TooManyRequestsException e) {
                assertTrue(e.getMessage().contains("requests this minute"), e.getMessage());
            }
        }
        return ok;
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aTokenIsFoundWithItsOwnersRolesAndDataVersionInOneStatement(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            var clock = new MutableClock(Instant.parse("2026-12-02T10:00:05Z"));
            var accounts = new JdbiAccountRepository(db.jdbi());
            UserId ann = accounts.insertUser("ann@example.org", "h", Instant.EPOCH);
            UserId bob = accounts.insertUser("bob@example.org", "h", Instant.EPOCH);
            accounts.grantRole(ann, Role.EDITOR);
            accounts.grantRole(ann, Role.ADMIN);
            AtomicInteger statements = new AtomicInteger();
            db.jdbi().getConfig(org.jdbi.v3.core.statement.SqlStatements.class).addContextListener(
                    new org.jdbi.v3.core.statement.StatementContextListener() {
                        @Override
                        public void contextCreated(org.jdbi.v3.core.statement.StatementContext ctx) {
                            statements.incrementAndGet();
                        }
                    });
            var tokens = new TokenService(new JdbiTokenRepository(db.jdbi(), !db.distributed()), clock, 100);
            String annSecret = tokens.create(ann, "cli", "read").secret();
            String bobSecret = tokens.create(bob, "cli", "write").secret();
            db.versions().raise(ann.value());
            db.versions().raise(ann.value());
            db.versions().raise(ann.value());

            statements.set(0);
            var p = tokens.resolve(annSecret).orElseThrow();
            assertEquals(1, statements.get(), "the token, its owner, the roles and the version: one statement");
            assertEquals(ann, p.userId());
            assertEquals(java.util.Set.of(Role.EDITOR, Role.ADMIN), p.roles(), "one row per role");
            assertEquals(db.distributed() ? -1 : 3, p.dataVersion());
            var q = tokens.resolve(bobSecret).orElseThrow();
            assertEquals(java.util.Set.of(), q.roles());
            assertEquals(db.distributed() ? -1 : 0, q.dataVersion(), "no change yet");
            assertTrue(q.canWrite());
            assertEquals(-1, new TokenService(new JdbiTokenRepository(db.jdbi()), clock, 100).resolve(annSecret)
                    .orElseThrow().dataVersion(), "not asked for");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void oneInstanceAdmitsExactlyTheLimitWithFewWrites(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            var clock = new MutableClock(Instant.parse("2026-12-02T10:00:05Z"));
            UserId ann = new JdbiAccountRepository(db.jdbi()).insertUser("ann@example.org", "h", Instant.EPOCH);
            AtomicInteger writes = new AtomicInteger();
            var tokens = new TokenService(counting(new JdbiTokenRepository(db.jdbi()), writes), clock, 160);
            var p = tokens.resolve(tokens.create(ann, "cli", "read").secret()).orElseThrow();

            assertEquals(160, admitted(tokens, p, 400), "exactly the limit in one minute");
            assertTrue(writes.get() <= 30, writes.get() + " writes of the counter for 400 requests");
            assertThrows(TooManyRequestsException.class, () -> tokens.admit(p));

            clock.advance(Duration.ofMinutes(1));
            assertEquals(160, admitted(tokens, p, 200), "a new minute, a new allowance");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void severalInstancesTogetherNeverExceedTheLimit(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            var clock = new MutableClock(Instant.parse("2026-12-02T10:00:05Z"));
            UserId ann = new JdbiAccountRepository(db.jdbi()).insertUser("ann@example.org", "h", Instant.EPOCH);
            var a = new TokenService(new JdbiTokenRepository(db.jdbi()), clock, 100);
            var b = new TokenService(new JdbiTokenRepository(db.jdbi()), clock, 100);
            var c = new TokenService(new JdbiTokenRepository(db.jdbi()), clock, 100);
            var p = a.resolve(a.create(ann, "cli", "read").secret()).orElseThrow();
            int total = 0;
            for (int round = 0; round < 60; round++) {
                total += admitted(a, p, 1) + admitted(b, p, 2) + admitted(c, p, 3);
            }
            assertTrue(total <= 100, total + " admitted over a limit of 100");
            // unused blocks on the other instances may hold back at most perMinute / 16 each
            assertTrue(total >= 100 - 2 * (100 / 16), total + " admitted");
        }
    }
}
