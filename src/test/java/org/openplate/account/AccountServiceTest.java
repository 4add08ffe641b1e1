package org.openplate.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openplate.common.BadInputException;
import org.openplate.common.ConflictException;
import org.openplate.common.UnauthorizedException;
import org.openplate.storage.Database;
import org.openplate.testing.MutableClock;
import org.openplate.testing.TestDatabases;

class AccountServiceTest {

    private static final Duration TTL = Duration.ofDays(30);
    private Database db;
    private MutableClock clock;
    private AccountService accounts;
    private JdbiAccountRepository repo;

    @BeforeEach
    void setUp() {
        var tdb = TestDatabases.sqlite();
        db = Database.open(tdb.url(), null, null);
        clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"));
        repo = new JdbiAccountRepository(db.jdbi());
        accounts = new AccountService(repo, new PasswordHasher(1024, 1), clock, TTL);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void signUpNormalisesEmailAndStoresAnArgon2idHash() {
        User u = accounts.signUp("  Ann@Example.ORG ", "correct horse");
        assertEquals("ann@example.org", u.email());
        String hash = repo.findCredentials(u.id()).orElseThrow().passwordHash();
        assertTrue(hash.startsWith("$argon2id$"), hash);
        assertTrue(!hash.contains("correct horse"));
    }

    @Test
    void duplicateEmailIsAConflictWhateverTheCase() {
        accounts.signUp("ann@example.org", "correct horse");
        var e = assertThrows(ConflictException.class, () -> accounts.signUp("ANN@example.org", "battery staple"));
        assertEquals("email", e.field());
    }

    @Test
    void weakOrOverlongPasswordsAndBadEmailsAreRejectedWithTheField() {
        var shortPw = assertThrows(BadInputException.class, () -> accounts.signUp("a@example.org", "short"));
        assertEquals("password", shortPw.field());
        assertTrue(shortPw.getMessage().contains("8 to 128"));
        for (String weak : new String[] {"password", "12345678", "aaaaaaaa", "a@example.org", "Password1", "qwertyuiop"}) {
            var e = assertThrows(BadInputException.class, () -> accounts.signUp("a@example.org", weak), weak);
            assertEquals("password", e.field());
            assertTrue(e.getMessage().startsWith("This password is too easy to guess."), e.getMessage());
        }
        assertTrue(assertThrows(BadInputException.class, () -> accounts.signUp("jonathan.smith@example.org",
                "jonathansmith")).getMessage().contains("your email address or name"));
        assertThrows(BadInputException.class, () -> accounts.signUp("a@example.org", "x".repeat(129)));
        assertThrows(BadInputException.class, () -> accounts.signUp("a@example.org", "        "));
        assertEquals("email", assertThrows(BadInputException.class, () -> accounts.signUp("not-an-email", "long enough"))
                .field());
    }

    @Test
    void signInOpensASessionThatResolvesAndSignOutEndsIt() {
        accounts.signUp("ann@example.org", "correct horse");
        Session s = accounts.signIn("ANN@example.org", "correct horse", "10.0.0.1");
        Session resolved = accounts.resolve(s.token()).orElseThrow();
        assertEquals(s.userId(), resolved.userId());
        assertEquals(s.csrfToken(), resolved.csrfToken());
        assertNotEquals(s.token(), s.csrfToken());
        accounts.signOut(s.token());
        assertTrue(accounts.resolve(s.token()).isEmpty());
    }

    @Test
    void sessionsExpireAfterTheTtlUnlessUsedAndSlideWhenUsed() {
        accounts.signUp("ann@example.org", "correct horse");
        Session s = accounts.signIn("ann@example.org", "correct horse", "ip");
        clock.advance(Duration.ofDays(20));
        Session used = accounts.resolve(s.token()).orElseThrow();
        assertEquals(clock.instant().plus(TTL), used.expiresAt(), "past half-life the expiry slides forward");
        clock.advance(Duration.ofDays(10));
        assertEquals(used.expiresAt(), accounts.resolve(s.token()).orElseThrow().expiresAt(),
                "before half-life the expiry stays");
        clock.advance(Duration.ofDays(21));
        assertTrue(accounts.resolve(s.token()).isEmpty(), "unused for longer than the TTL");
    }

    @Test
    void wrongPasswordAndUnknownEmailGiveTheSameAnswer() {
        accounts.signUp("ann@example.org", "correct horse");
        var wrong = assertThrows(UnauthorizedException.class, () -> accounts.signIn("ann@example.org", "nope nope", "ip"));
        var unknown = assertThrows(UnauthorizedException.class, () -> accounts.signIn("bob@example.org", "nope nope", "ip"));
        assertEquals(wrong.getMessage(), unknown.getMessage());
    }

    @Test
    void successfulSignInClearsTheAccountsFailures() {
        accounts.signUp("ann@example.org", "correct horse");
        for (int i = 0; i < LoginThrottle.ACCOUNT_AND_ADDRESS.free() - 1; i++) {
            assertThrows(UnauthorizedException.class, () -> accounts.signIn("ann@example.org", "wrong pass", "ip"));
        }
        accounts.signIn("ann@example.org", "correct horse", "ip");
        assertThrows(UnauthorizedException.class, () -> accounts.signIn("ann@example.org", "wrong pass", "ip"));
        accounts.signIn("ann@example.org", "correct horse", "ip");
    }

    @Test
    void changingThePasswordSignsOutOtherSessionsOnly() {
        accounts.signUp("ann@example.org", "correct horse");
        Session here = accounts.signIn("ann@example.org", "correct horse", "ip");
        Session other = accounts.signIn("ann@example.org", "correct horse", "ip");
        assertEquals("currentPassword", assertThrows(BadInputException.class,
                () -> accounts.changePassword(here.userId(), here.token(), "wrong", "new password")).field());
        accounts.changePassword(here.userId(), here.token(), "correct horse", "battery staple");
        assertTrue(accounts.resolve(here.token()).isPresent());
        assertTrue(accounts.resolve(other.token()).isEmpty());
        assertThrows(UnauthorizedException.class, () -> accounts.signIn("ann@example.org", "correct horse", "ip"));
        accounts.signIn("ann@example.org", "battery staple", "ip");
    }

    @Test
    void deletingNeedsThePasswordAndRemovesTheAccount() {
        User u = accounts.signUp("ann@example.org", "correct horse");
        Session s = accounts.signIn("ann@example.org", "correct horse", "ip");
        assertThrows(BadInputException.class, () -> accounts.deleteAccount(u.id(), "wrong"));
        assertTrue(accounts.user(u.id()).isPresent());
        accounts.deleteAccount(u.id(), "correct horse");
        assertTrue(accounts.user(u.id()).isEmpty());
        assertTrue(accounts.resolve(s.token()).isEmpty());
        accounts.signUp("ann@example.org", "a new start");
    }

    @Test
    void rolesAreGrantedByEmail() {
        accounts.signUp("ed@example.org", "correct horse");
        assertTrue(accounts.grantRole("ED@example.org", Role.EDITOR).has(Role.EDITOR));
        assertTrue(!accounts.revokeRole("ed@example.org", Role.EDITOR).has(Role.EDITOR));
    }
}
