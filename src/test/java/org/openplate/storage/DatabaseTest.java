package org.openplate.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.TestDatabases.TestDb;

class DatabaseTest {

    @Test
    void sqliteFileIsCreatedWithItsDirectoryInWalModeWithForeignKeys() throws Exception {
        Path dir = Files.createTempDirectory("op").resolve("nested/data");
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("openplate.db"), null, null)) {
            assertTrue(Files.exists(dir.resolve("openplate.db")));
            assertEquals(Dialect.SQLITE, db.dialect());
            assertEquals("wal", db.jdbi().withHandle(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()));
            assertEquals(Integer.valueOf(1), db.jdbi().withHandle(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()));
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void migrationsAreIdempotentAndForeignKeysAreEnforced(TestDb tdb) {
        try (Database first = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            assertTrue(first.ping());
        }
        try (Database again = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            int applied = again.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM flyway_schema_history WHERE success = " + (again.dialect() == Dialect.SQLITE
                            ? "1" : "true")).mapTo(Integer.class).one());
            assertTrue(applied >= 1);
            assertThrows(UnableToExecuteStatementException.class, () -> again.jdbi().useHandle(h -> h.execute(
                    "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at)"
                            + " VALUES ('x', 999999, 'c', 0, 1)")), "a session for a missing user is refused");
        }
    }

    @Test
    void unsupportedUrlsAreNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> Dialect.of("jdbc:mysql://x/y"));
        assertTrue(e.getMessage().contains("jdbc:mysql"));
        assertEquals(Dialect.POSTGRES, Dialect.of("jdbc:postgresql://db/openplate"));
    }
}
