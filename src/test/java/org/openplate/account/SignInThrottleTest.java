package org.openplate.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.common.BadInputException;
import org.openplate.common.TooManyRequestsException;
import org.openplate.common.UnauthorizedException;
import org.openplate.storage.Database;
import org.openplate.testing.MutableClock;
import org.openplate.testing.TestDatabases.TestDb;

/** Sign-in and password-confirmation throttling through the service, on SQLite and PostgreSQL. */
class SignInThrottleTest {

    private static final String PW = "correct horse";

    private static void withService(TestDb tdb, java.util.function.BiConsumer<AccountService, MutableClock> test) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            MutableClock clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"));
            test.accept(new AccountService(new JdbiAccountRepository(db.jdbi()), new PasswordHasher(1024, 1), clock,
                    Duration.ofDays(30)), clock);
        }
    }

    private static void wrong(AccountService a, String ip) {
        assertThrows(UnauthorizedException.class, () -> a.signIn("ann@example.org", "wrong guess", ip));
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aStrangerCannotLockTheOwnerOut(TestDb tdb) {
        withService(tdb, (a, clock) -> {
            a.signUp("ann@example.org", PW);
            for (int i = 0; i < LoginThrottle.ACCOUNT_AND_ADDRESS.free(); i++) {
                wrong(a, "203.0.113.9");
            }
            var e = assertThrows(TooManyRequestsException.class,
                    () -> a.signIn("ann@example.org", PW, "203.0.113.9"), "the stranger's address is slowed");
            assertEquals(Duration.ofSeconds(30), e.retryAfter());
            assertTrue(e.getMessage().contains("30 seconds"), e.getMessage());
            assertTrue(a.signIn("ann@example.org", PW, "198.51.100.7").token().length() > 20,
                    "the owner from another address gets in at once");
        });
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void anAttackFromManyAddressesOnlySlowsAndAKnownDeviceIsNotSlowed(TestDb tdb) {
        withService(tdb, (a, clock) -> {
            a.signUp("ann@example.org", PW);
            a.signUp("bob@example.org", PW);
            String device = a.signIn("ann@example.org", PW, "198.51.100.7", null, "Firefox").deviceToken();
            for (int i = 0; i < LoginThrottle.ACCOUNT.free(); i++) {
                wrong(a, "203.0.113." + i);
                String ip = "203.0.113." + i;
                assertThrows(UnauthorizedException.class, () -> a.signIn("bob@example.org", "wrong guess", ip));
            }
            var slowed = assertThrows(TooManyRequestsException.class,
                    () -> a.signIn("ann@example.org", PW, "192.0.2.1"));
            assertTrue(slowed.retryAfter().compareTo(LoginThrottle.ACCOUNT.maxDelay()) <= 0, "slowed, never locked");
            assertTrue(slowed.getMessage().contains("A browser you signed in with before is not slowed"));
            SignedIn known = a.signIn("ann@example.org", PW, "192.0.2.1", device, "Firefox");
            assertTrue(a.resolve(known.session().token()).isPresent(), "the known device gets in at once");
            assertFalse(device.equals(known.deviceToken()), "a new device token at each sign-in");
            assertThrows(TooManyRequestsException.class, () -> a.signIn("ann@example.org", PW, "192.0.2.1", device,
                    null), "the old device token was replaced");
            assertThrows(TooManyRequestsException.class, () -> a.signIn("bob@example.org", PW, "192.0.2.1",
                    known.deviceToken(), null), "a device token only counts for its own account");
            clock.advance(slowed.retryAfter());
            assertTrue(a.signIn("ann@example.org", PW, "192.0.2.1").token().length() > 20, "after the delay");
        });
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void oneAddressIsLimitedAcrossManyAccounts(TestDb tdb) {
        withService(tdb, (a, clock) -> {
            for (int i = 0; i < LoginThrottle.ADDRESS.free(); i++) {
                String email = "user" + i + "@example.org";
                assertThrows(UnauthorizedException.class, () -> a.signIn(email, "whatever1", "10.9.9.9"));
            }
            var e = assertThrows(TooManyRequestsException.class, () -> a.signIn("new@example.org", "x", "10.9.9.9"));
            assertTrue(e.getMessage().contains("network address"));
            assertThrows(UnauthorizedException.class, () -> a.signIn("new@example.org", "x", "10.1.1.1"));
        });
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void sixteenConcurrentWrongGuessesCheckAtMostTheLimit(TestDb tdb) {
        withService(tdb, (a, clock) -> {
            a.signUp("ann@example.org", PW);
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        try {
                            a.signIn("ann@example.org", "wrong guess", "203.0.113.9");
                            return "in";
                        } catch (UnauthorizedException e) {
                            return "checked";
                        } catch (TooManyRequestsException e) {
                            return "refused";
                        }
                    }));
                }
                start.countDown();
                List<String> outcomes = new ArrayList<>();
                for (Future<String> f : results) {
                    outcomes.add(f.get());
                }
                assertEquals(LoginThrottle.ACCOUNT_AND_ADDRESS.free(), outcomes.stream().filter("checked"::equals).count(),
                        outcomes.toString());
                assertEquals(16 - LoginThrottle.ACCOUNT_AND_ADDRESS.free(),
                        outcomes.stream().filter("refused"::equals).count());
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                pool.shutdownNow();
            }
        });
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void passwordConfirmationsWhileSignedInAreThrottledPerAccount(TestDb tdb) {
        withService(tdb, (a, clock) -> {
            User u = a.signUp("ann@example.org", PW);
            Session s = a.signIn("ann@example.org", PW, "ip");
            for (int i = 0; i < LoginThrottle.CONFIRM.free(); i++) {
                assertThrows(BadInputException.class, () -> a.changePassword(u.id(), s.token(), "wrong guess",
                        "battery staple"));
            }
            assertThrows(TooManyRequestsException.class, () -> a.deleteAccount(u.id(), PW),
                    "delete shares the per-account counter");
            assertThrows(TooManyRequestsException.class, () -> a.changePassword(u.id(), s.token(), PW,
                    "battery staple"));
            clock.advance(LoginThrottle.CONFIRM.firstDelay());
            a.changePassword(u.id(), s.token(), PW, "battery staple");
            assertTrue(a.signIn("ann@example.org", "battery staple", "ip").token().length() > 20);
        });
    }
}
