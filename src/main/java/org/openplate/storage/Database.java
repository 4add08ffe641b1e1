package org.openplate.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool, schema migrations and JDBI handle for either SQLite (default, a file in
 * the data directory, WAL) or PostgreSQL (several stateless instances share it).
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    /** Opens the database the settings name (the embedded SQLite file by default). */
    public static Database open(org.openplate.config.Settings settings) {
        return open(settings.jdbcUrl(), settings.databaseUser(), settings.databasePassword());
    }

    /** Opens the pool and migrates the schema to the newest version. */
    public static Database open(String jdbcUrl, String user, String password) {
        Dialect dialect = Dialect.of(jdbcUrl);
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(jdbcUrl);
        cfg.setPoolName("openplate");
        if (dialect == Dialect.SQLITE) {
            createParentDirectory(jdbcUrl);
            cfg.addDataSourceProperty("foreign_keys", "true");
            cfg.addDataSourceProperty("journal_mode", "WAL");
            cfg.addDataSourceProperty("synchronous", "NORMAL");
            cfg.addDataSourceProperty("busy_timeout", "10000");
            // Transactions take the write lock when they begin (BEGIN IMMEDIATE). A deferred one that
            // reads, then writes after another connection wrote, fails at once with SQLITE_BUSY_SNAPSHOT
            // instead of waiting for the busy timeout.
            cfg.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            // One writer at a time is SQLite's model; a small pool avoids lock contention.
            cfg.setMaximumPoolSize(4);
        } else {
            cfg.setUsername(user);
            cfg.setPassword(password);
            cfg.setMaximumPoolSize(10);
        }
        HikariDataSource ds = new HikariDataSource(cfg);
        try {
            migrate(ds, dialect);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(ds, dialect);
    }

    private static void migrate(HikariDataSource ds, Dialect dialect) {
        MigrateResult result = Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .placeholders(dialect.placeholders())
                .load()
                .migrate();
        LOG.info("database schema at version {} ({} migration(s) applied, {})",
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted, dialect);
    }

    private static void createParentDirectory(String jdbcUrl) {
        String file = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = file.indexOf('?');
        if (query >= 0) {
            file = file.substring(0, query);
        }
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + parent, e);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** True when a trivial query answers; used by {@code /health}. */
    public boolean ping() {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            LOG.warn("database ping failed: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
