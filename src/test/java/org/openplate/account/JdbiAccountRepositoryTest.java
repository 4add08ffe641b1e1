package org.openplate.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases;
import org.openplate.testing.TestDatabases.TestDb;

/** Storage behaviour of accounts, sessions and sign-in failures on SQLite and PostgreSQL. */
class JdbiAccountRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");

    private static Database open(TestDb db) {
        return Database.open(db.url(), db.user(), db.password());
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void usersRoundTripAndEmailsAreUnique(TestDb tdb) {
        try (Database db = open(tdb)) {
            var repo = new JdbiAccountRepository(db.jdbi());
            UserId id = repo.insertUser("a@example.org", "$argon2id$hash", T0);
            var user = repo.findUser(id).orElseThrow();
            assertEquals("a@example.org", user.email());
            assertEquals(T0, user.createdAt());
            assertEquals(Set.of(), user.roles());
            assertEquals("$argon2id$hash", repo.findCredentials("a@example.org").orElseThrow().passwordHash());
            assertThrows(UnableToExecuteStatementException.class, () -> repo.insertUser("a@example.org", "x", T0));
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void rolesAreGrantedOnceAndRevoked(TestDb tdb) {
        try (Database db = open(tdb)) {
            var repo = new JdbiAccountRepository(db.jdbi());
            UserId id = repo.insertUser("e@example.org", "h", T0);
            repo.grantRole(id, Role.EDITOR);
            repo.grantRole(id, Role.EDITOR);
            repo.grantRole(id, Role.ADMIN);
            assertEquals(Set.of(Role.EDITOR, Role.ADMIN), repo.findUser(id).orElseThrow().roles());
            repo.revokeRole(id, Role.ADMIN);
            assertEquals(Set.of(Role.EDITOR), repo.findUser(id).orElseThrow().roles());
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void sessionsExpireAndAreScopedToTheirUser(TestDb tdb) {
        try (Database db = open(tdb)) {
            var repo = new JdbiAccountRepository(db.jdbi());
            UserId a = repo.insertUser("a@example.org", "h", T0);
            UserId b = repo.insertUser("b@example.org", "h", T0);
            repo.insertSession("ha1", "pha1", "Firefox on Linux", a, "csrf1", T0, T0.plusSeconds(60));
            repo.insertSession("ha2", "pha2", "Firefox on Linux", a, "csrf2", T0, T0.plusSeconds(60));
            repo.insertSession("hb1", "phb1", "Firefox on Linux", b, "csrf3", T0, T0.plusSeconds(60));
            var row = repo.findSession("ha1", T0).orElseThrow();
            assertEquals(a, row.userId());
            assertEquals("a@example.org", row.email());
            assertEquals("csrf1", row.csrfToken());
            assertEquals(Set.of(), row.roles());
            repo.grantRole(a, Role.EDITOR);
            repo.grantRole(a, Role.ADMIN);
            assertEquals(Set.of(Role.EDITOR, Role.ADMIN), repo.findSession("ha1", T0).orElseThrow().roles(),
                    "roles come with the session in one query");
            assertTrue(repo.findSession("ha1", T0.plusSeconds(60)).isEmpty(), "expired at expires_at");

            repo.deleteSessionsOf(a, "ha1");
            assertTrue(repo.findSession("ha1", T0).isPresent());
            assertTrue(repo.findSession("ha2", T0).isEmpty());
            assertTrue(repo.findSession("hb1", T0).isPresent(), "another user's session is untouched");

            assertEquals(2, repo.deleteExpiredSessions(T0.plusSeconds(61)));
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void theUsersDataVersionIsReadWithTheSessionExceptOnCitus(TestDb tdb) {
        try (Database db = open(tdb)) {
            assertEquals(org.openplate.testing.TestDatabases.onCitus() && tdb.url().startsWith("jdbc:postgresql:"),
                    db.distributed());
            var repo = new JdbiAccountRepository(db.jdbi(), !db.distributed());
            UserId a = repo.insertUser("va@example.org", "h", T0);
            UserId b = repo.insertUser("vb@example.org", "h", T0);
            repo.grantRole(a, Role.EDITOR);
            repo.grantRole(a, Role.ADMIN);
            repo.insertSession("va", "pva", "Firefox on Linux", a, "c", T0, T0.plusSeconds(60));
            repo.insertSession("vb", "pvb", "Firefox on Linux", b, "c", T0, T0.plusSeconds(60));
            long unread = db.distributed() ? -1 : 0;
            assertEquals(unread, repo.findSession("va", T0).orElseThrow().dataVersion(), "no change yet");
            db.versions().raise(a.value());
            db.versions().raise(a.value());
            var row = repo.findSession("va", T0).orElseThrow();
            assertEquals(db.distributed() ? -1 : db.versions().of(a.value()), row.dataVersion());
            assertEquals(db.distributed() ? -1 : 2, row.dataVersion());
            assertEquals(Set.of(Role.EDITOR, Role.ADMIN), row.roles(), "one row per role, one version");
            assertEquals(unread, repo.findSession("vb", T0).orElseThrow().dataVersion(), "another user's version");
            assertEquals(-1, new JdbiAccountRepository(db.jdbi()).findSession("va", T0).orElseThrow().dataVersion(),
                    "not asked for");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void deletingAUserCascadesToSessionsRolesAndProfile(TestDb tdb) {
        try (Database db = open(tdb)) {
            var repo = new JdbiAccountRepository(db.jdbi());
            UserId a = repo.insertUser("a@example.org", "h", T0);
            repo.insertSession("ha1", "pha1", "Firefox on Linux", a, "c", T0, T0.plusSeconds(60));
            repo.grantRole(a, Role.ADMIN);
            db.jdbi().useHandle(h -> h.execute("INSERT INTO profiles (user_id, activity, weekly_goal, unit_system,"
                    + " time_zone, bmr_equation, carbs_pct, protein_pct, fat_pct, updated_at)"
                    + " VALUES (?, 'light', 'maintain', 'us', 'UTC', 'mifflin', 50, 20, 30, 0)", a.value()));
            assertTrue(repo.deleteUser(a));
            assertFalse(repo.deleteUser(a));
            int left = db.jdbi().withHandle(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM sessions)"
                    + " + (SELECT COUNT(*) FROM user_roles) + (SELECT COUNT(*) FROM profiles)").mapTo(Integer.class).one());
            assertEquals(0, left);
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void sessionsAreListedAndEndedOnlyByTheirOwner(TestDb tdb) {
        try (Database db = open(tdb)) {
            var repo = new JdbiAccountRepository(db.jdbi());
            UserId a = repo.insertUser("a@example.org", "h", T0);
            UserId b = repo.insertUser("b@example.org", "h", T0);
            repo.insertSession("ha1", "pa1", "Firefox on Linux", a, "c", T0, T0.plusSeconds(600));
            repo.insertSession("ha2", "pa2", "Safari on iPhone", a, "c", T0.plusSeconds(1), T0.plusSeconds(600));
            repo.insertSession("hb1", "pb1", "Chrome on Windows", b, "c", T0, T0.plusSeconds(600));
            repo.touchSession("ha1", T0.plusSeconds(120));
            var list = repo.listSessions(a, T0.plusSeconds(130));
            assertEquals(java.util.List.of("pa1", "pa2"), list.stream().map(AccountRepository.SessionSummary::publicId)
                    .toList(), "most recently used first, only the user's own");
            assertEquals(T0.plusSeconds(120), list.get(0).lastSeenAt());
            assertEquals("Safari on iPhone", list.get(1).device());
            assertFalse(repo.deleteSession(a, "pb1"), "another user's session is not found");
            assertTrue(repo.findSession("hb1", T0).isPresent());
            assertTrue(repo.deleteSession(a, "pa2"));
            assertTrue(repo.findSession("ha2", T0).isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void knownDevicesBelongToOneUserAndExpire(TestDb tdb) {
        try (Database db = open(tdb)) {
            var repo = new JdbiAccountRepository(db.jdbi());
            UserId a = repo.insertUser("a@example.org", "h", T0);
            repo.insertDevice("d1", a, T0, T0.plusSeconds(60));
            assertEquals(a, repo.deviceOwner("d1", T0).orElseThrow());
            assertTrue(repo.deviceOwner("d1", T0.plusSeconds(60)).isEmpty());
            assertTrue(repo.deviceOwner("d2", T0).isEmpty());
            repo.deleteDevicesOf(a);
            assertTrue(repo.deviceOwner("d1", T0).isEmpty());
        }
    }
}
