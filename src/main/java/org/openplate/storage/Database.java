package org.openplate.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool, schema migrations and JDBI handle for either SQLite (default, a file in
 * the data directory, WAL) or PostgreSQL (several stateless instances share it).
 */
public final class Database implements AutoCloseable {

    /** The SQLite pool's size: see where it is set. */
    static final int SQLITE_CONNECTIONS = 16;

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /**
     * How long a request waits for a PostgreSQL connection before failing with a 503 (Hikari's default
     * is 30 s, which made every request hang while the server was down).
     */
    static final long CONNECTION_TIMEOUT_MS = 3_000;

    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final Jdbi jdbi;
    private final DataVersions versions;
    private final HealthCheck health;
    /** True on Citus: per-user tables and sessions are distributed by different keys (see {@link CitusLayout}). */
    private final boolean distributed;
    /** SQLite's prepared statements, kept per connection (see {@link CachedStatements}). */
    private final CachedStatements statements = new CachedStatements();
    /** SQLite's writers, in turn on one connection (null on PostgreSQL). */
    private final OneWriterAtATime writers;

    private Database(HikariDataSource dataSource, Dialect dialect, HealthCheck health, boolean distributed) {
        this.dataSource = dataSource;
        this.distributed = distributed;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        this.versions = new DataVersions(jdbi, dialect == Dialect.SQLITE);
        if (dialect == Dialect.SQLITE) {
            writers = new OneWriterAtATime(jdbi.getTransactionHandler(), jdbi::open, this::discard);
            jdbi.setTransactionHandler(writers);
            jdbi.setStatementBuilderFactory(statements);
            writers.openWriter();
        } else {
            writers = null;
        }
        this.health = health;
    }

    /** Takes a handle's connection out of the pool (closing it), for one that a failure left unusable. */
    void discard(Handle handle) {
        dataSource.evictConnection(handle.getConnection());
    }

    /** Opens the database the settings name (the embedded SQLite file by default). */
    public static Database open(org.openplate.config.Settings settings) {
        return open(settings.jdbcUrl(), settings.databaseUser(), settings.databasePassword(),
                settings.sqliteSynchronous());
    }

    public static Database open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, org.openplate.config.Settings.SqliteSynchronous.FULL);
    }

    /**
     * Opens the pool and migrates the schema to the newest version. A database that cannot be used
     * (missing, corrupt, read-only, unreachable) fails with a {@link DatabaseOpenException} whose message
     * is one line naming the file or URL, the cause and what to do.
     */
    public static Database open(String jdbcUrl, String user, String password,
                                org.openplate.config.Settings.SqliteSynchronous synchronous) {
        Dialect dialect;
        try {
            dialect = Dialect.of(jdbcUrl);
        } catch (IllegalArgumentException e) {
            throw new DatabaseOpenException("database URL (--database-url / OPENPLATE_DATABASE_URL) '" + redact(jdbcUrl)
                    + "' is not supported: use jdbc:sqlite:FILE or jdbc:postgresql://HOST/NAME", e);
        }
        if (dialect == Dialect.SQLITE) {
            Path dataDir = createParentDirectory(jdbcUrl);
            if (dataDir != null) {
                SqliteNativeLibrary.loadFrom(dataDir);
            }
            SqlitePreflight.check(jdbcUrl);
        } else {
            PostgresPreflight.check(jdbcUrl, user, password);
        }
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(jdbcUrl);
        cfg.setPoolName("openplate");
        if (dialect == Dialect.SQLITE) {
            cfg.addDataSourceProperty("foreign_keys", "true");
            cfg.addDataSourceProperty("journal_mode", "WAL");
            // FULL by default: a commit that was acknowledged survives a power cut (see Settings.SqliteSynchronous).
            cfg.addDataSourceProperty("synchronous", synchronous.name());
            cfg.addDataSourceProperty("busy_timeout", "10000");
            // Left on, the driver matches every statement's text against a pattern for INSERT and, on a match,
            // compiles and runs "SELECT last_insert_rowid()" afterwards in case the caller asks for generated
            // keys: 3-4 % of an added entry's CPU. New rows' ids are read with RETURNING instead, on both
            // databases (ArchitectureTest keeps generated keys out of the code).
            cfg.addDataSourceProperty("jdbc.get_generated_keys", "false");
            // Transactions take the write lock when they begin (BEGIN IMMEDIATE). A deferred one that
            // reads, then writes after another connection wrote, fails at once with SQLITE_BUSY_SNAPSHOT
            // instead of waiting for the busy timeout.
            cfg.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            // Writers take turns in the process (OneWriterAtATime), and those that queue behind one commit
            // with it, one sync to the disk for the group. A transaction queues holding its connection, so the
            // pool bounds the group: with 16 connections, 16 concurrent adds took 330-350 us of CPU each and
            // p99 10 ms, against 515-630 us and 25-38 ms with 4 (docs/benchmarks.md, seventh round). Readers
            // never wait for each other in WAL mode; each connection keeps a page cache of up to 2 MB. One more
            // connection is the one every group is written on.
            cfg.setMaximumPoolSize(SQLITE_CONNECTIONS + 1);
        } else {
            cfg.setUsername(user);
            cfg.setPassword(password);
            cfg.setMaximumPoolSize(10);
            // Fail fast while the server is down (mapped to 503); the pool reconnects by itself when it is back.
            cfg.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
            cfg.setValidationTimeout(1_000);
        }
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(cfg);
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new DatabaseOpenException(describe(jdbcUrl) + " " + (dialect == Dialect.SQLITE
                    && root instanceof java.sql.SQLException sql ? SqlitePreflight.explain(sql)
                    : "cannot be opened (" + rootMessage(e) + "); check the database setting and that it is running"), e);
        }
        boolean distributed;
        try {
            distributed = migrate(ds, dialect);
        } catch (RuntimeException e) {
            ds.close();
            throw new DatabaseOpenException(describe(jdbcUrl) + ": the schema could not be brought up to date ("
                    + rootMessage(e) + "); restore the database from a backup or check its permissions", e);
        }
        HealthCheck health = dialect == Dialect.SQLITE ? new HealthCheck(ds, dialect, null)
                : new HealthCheck(ds, dialect, PostgresPreflight.quickPool(jdbcUrl, user, password));
        if (dialect == Dialect.SQLITE && !jdbcUrl.contains(":memory:")) {
            Thread check = new Thread(() -> {
                String problem = SqlitePreflight.integrity(ds, jdbcUrl);
                if (problem != null && !ds.isClosed()) {
                    health.damaged(problem);
                }
            }, "openplate-integrity-check");
            check.setDaemon(true);
            check.setPriority(Thread.MIN_PRIORITY);
            check.start();
        }
        return new Database(ds, dialect, health, distributed);
    }

    /** "database file /x/openplate.db" or "database jdbc:postgresql://host/name". */
    static String describe(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:sqlite:") ? "database file " + SqlitePreflight.file(jdbcUrl)
                : "database " + redact(jdbcUrl);
    }

    /** The URL without its query string (which may carry a password). */
    static String redact(String jdbcUrl) {
        int q = jdbcUrl.indexOf('?');
        return q < 0 ? jdbcUrl : jdbcUrl.substring(0, q) + "?…";
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }

    /**
     * The schema version this build brings a database to: the highest of {@code db/migration} and
     * {@link UserKeysMigration}, each version from 1 up present once (DatabaseTest checks both).
     */
    static final int SCHEMA_VERSION = 21;

    /** Brings the schema up to date; true when the database is Citus (and the schema now laid out on it). */
    private static boolean migrate(HikariDataSource ds, Dialect dialect) {
        // A database already at this build's schema (the usual restart) is not handed to Flyway: setting it up,
        // finding the migrations in the jar and validating them took a few hundred milliseconds of each start.
        if (upToDate(ds)) {
            LOG.info("database schema at version {} (0 migration(s) applied, {})", SCHEMA_VERSION, dialect);
        } else {
            flyway(ds, dialect);
        }
        return dialect == Dialect.POSTGRES && CitusLayout.apply(ds) >= 0;
    }

    /**
     * True when Flyway's history lists exactly the versions 1 to {@link #SCHEMA_VERSION}, all applied
     * successfully; false for a new database, one with a migration pending or failed, or one written by a
     * newer build (Flyway then decides, as before).
     */
    static boolean upToDate(javax.sql.DataSource ds) {
        try (java.sql.Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery(
                     "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            java.util.Set<String> versions = new java.util.HashSet<>();
            while (rs.next()) {
                if (!rs.getBoolean(2) || !versions.add(rs.getString(1))) {
                    return false;
                }
            }
            for (int v = 1; v <= SCHEMA_VERSION; v++) {
                if (!versions.remove(Integer.toString(v))) {
                    return false;
                }
            }
            return versions.isEmpty();
        } catch (java.sql.SQLException noHistoryYet) {
            return false;
        }
    }

    private static void flyway(HikariDataSource ds, Dialect dialect) {
        // group: every pending migration in one transaction, so an empty database is created with one commit
        // (one sync to disk) rather than two per migration; a failed migration leaves the schema as it was.
        MigrateResult result = Flyway.configure()
                .dataSource(ds)
                .group(true)
                .locations("classpath:db/migration")
                .placeholders(dialect.placeholders())
                .javaMigrations(new UserKeysMigration())
                .load()
                .migrate();
        LOG.info("database schema at version {} ({} migration(s) applied, {})",
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted, dialect);
    }

    /** The SQLite file's directory, created when missing; null for an in-memory or {@code file:} URL. */
    private static Path createParentDirectory(String jdbcUrl) {
        String file = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = file.indexOf('?');
        if (query >= 0) {
            file = file.substring(0, query);
        }
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return null;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new DatabaseOpenException("data directory " + parent + " (--data-dir / OPENPLATE_DATA_DIR) cannot be"
                    + " created (" + (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                    ? fs.getReason() : "cannot write " + e.getMessage()) + "); create it or choose a writable directory", e);
        }
        return parent;
    }

    /** The pool itself, for storage tests in this package. */
    javax.sql.DataSource dataSourceForTests() {
        return dataSource;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Each user's data version, for views kept in memory (see {@link DataVersions}). */
    public DataVersions versions() {
        return versions;
    }

    /**
     * Writes a consistent copy of an embedded (SQLite) database to {@code target} while it stays in use
     * ({@code VACUUM INTO}); {@code target} must not exist.
     */
    public void copySqliteTo(java.nio.file.Path target) {
        if (dialect() != Dialect.SQLITE) {
            throw new IllegalStateException("only an embedded SQLite database can be copied this way");
        }
        String file = target.toAbsolutePath().toString().replace("'", "''");
        jdbi.useHandle(h -> h.execute("VACUUM INTO '" + file + "'"));
    }

    CachedStatements statements() {
        return statements;
    }

    public Dialect dialect() {
        return dialect;
    }

    /**
     * True on Citus, where sessions and tokens are distributed by their hash and the user's rows by user:
     * a statement may then not join the two (it would not be a router query on one shard).
     */
    public boolean distributed() {
        return distributed;
    }

    /**
     * True on PostgreSQL without Citus: one statement may write several tables through data-modifying CTEs
     * ({@code WITH added AS (INSERT …) …}), saving the round trips of a transaction. SQLite has no such CTEs;
     * Citus is left to the plain transaction, whose statements it routes one by one.
     */
    public boolean writesThroughCtes() {
        return dialect == Dialect.POSTGRES && !distributed;
    }

    /** True when a trivial query answers within about 2 s; used by {@code /health}. */
    public boolean ping() {
        return health.status().reachable();
    }

    /** Reachable and writable (a heartbeat row written at most every few seconds), answered within about 2 s. */
    public HealthCheck.Status health() {
        return health.status();
    }

    @Override
    public void close() {
        health.close();
        if (writers != null) {
            writers.close();
        }
        dataSource.close();
    }
}
