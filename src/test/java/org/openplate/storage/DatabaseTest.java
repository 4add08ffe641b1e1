package org.openplate.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /**
     * Every SQLite connection is opened without the driver's generated-keys lookup (which ran an extra
     * statement after each INSERT), and a new row's id comes back through RETURNING on both databases, from the
     * writing connection inside a transaction as outside one.
     */
    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void newRowsIdsComeBackThroughReturning(TestDb tdb) throws Exception {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            if (db.dialect() == Dialect.SQLITE) {
                for (int i = 0; i < 3; i++) { // pooled connections, each configured as it opens
                    boolean keys = db.jdbi().withHandle(h -> h.getConnection().unwrap(org.sqlite.SQLiteConnection.class)
                            .getConnectionConfig().isGetGeneratedKeys());
                    assertFalse(keys, "the driver looks for generated keys after each INSERT");
                }
            }
            String insert = "INSERT INTO users (email, password_hash, created_at) VALUES (:e, 'x', 0) RETURNING id";
            long first = db.jdbi().inTransaction(h -> h.createQuery(insert).bind("e", "r1-" + System.nanoTime() + "@example.org")
                    .mapTo(Long.class).one());
            long second = db.jdbi().withHandle(h -> h.createQuery(insert).bind("e", "r2-" + System.nanoTime() + "@example.org")
                    .mapTo(Long.class).one());
            assertTrue(second > first, first + " then " + second);
            int rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM users WHERE id = :id")
                    .bind("id", second).mapTo(Integer.class).one());
            assertEquals(1, rows);
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

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aMigratedDatabaseIsUpToDate(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            assertTrue(Database.upToDate(db.dataSourceForTests()), "restarts skip Flyway");
        }
    }

    /** Only a history of exactly this build's migrations, all successful, lets a start skip Flyway. */
    @Test
    void aPendingFailedOrNewerMigrationIsLeftToFlyway() throws Exception {
        Path file = Files.createTempDirectory("op-history").resolve("openplate.db");
        try (Database db = Database.open("jdbc:sqlite:" + file, null, null)) {
            javax.sql.DataSource ds = db.dataSourceForTests();
            String last = "'" + Database.SCHEMA_VERSION + "'";
            String newer = "'" + (Database.SCHEMA_VERSION + 1) + "'";
            db.jdbi().useHandle(h -> h.execute("UPDATE flyway_schema_history SET success = 0 WHERE version = " + last));
            assertFalse(Database.upToDate(ds), "failed");
            db.jdbi().useHandle(h -> h.execute("UPDATE flyway_schema_history SET version = " + newer + " WHERE version = "
                    + last));
            assertFalse(Database.upToDate(ds), "the newest pending, and one from a newer build");
            db.jdbi().useHandle(h -> h.execute("UPDATE flyway_schema_history SET success = 1, version = " + last
                    + " WHERE version = " + newer));
            assertTrue(Database.upToDate(ds));
            db.jdbi().useHandle(h -> h.execute("DROP TABLE flyway_schema_history"));
            assertFalse(Database.upToDate(ds), "no history: a new database");
        }
    }

    /** {@link Database#SCHEMA_VERSION} is the newest migration, and every version up to it exists once. */
    @Test
    void schemaVersionIsTheNewestMigration() throws Exception {
        java.util.List<Integer> versions = new java.util.ArrayList<>();
        try (var files = Files.list(Path.of(Database.class.getResource("/db/migration").toURI()))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .forEach(n -> versions.add(Integer.parseInt(n.substring(1, n.indexOf("__")))));
        }
        versions.add(Integer.parseInt(new UserKeysMigration().getVersion().getVersion()));
        java.util.Collections.sort(versions);
        assertEquals(java.util.stream.IntStream.rangeClosed(1, Database.SCHEMA_VERSION).boxed().toList(), versions);
    }

    @Test
    void unsupportedUrlsAreNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> Dialect.of("jdbc:mysql://x/y"));
        assertTrue(e.getMessage().contains("jdbc:mysql"));
        assertEquals(Dialect.POSTGRES, Dialect.of("jdbc:postgresql://db/openplate"));
    }
}
