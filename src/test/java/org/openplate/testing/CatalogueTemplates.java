package org.openplate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import org.openplate.Features;
import org.openplate.config.Settings;

/**
 * Gives an empty test database the schema and the bundled food catalogue by copying a template made once
 * per test JVM: a file copy on SQLite, {@code CREATE DATABASE … TEMPLATE} on PostgreSQL. Loading the
 * 7,907 foods takes seconds per database and nearly every HTTP test starts an app, so this keeps the
 * suite fast while each app still finds the whole catalogue at start (its loader sees the bundle is
 * present and only builds its own search index). A database that is not empty is left alone, so tests
 * that prepare their own schema or data, or run their own PostgreSQL server, keep full control.
 */
final class CatalogueTemplates {

    private static final String PG_TEMPLATE = "catalogue_template";
    private static Path sqliteTemplate;
    private static boolean postgresTemplate;

    private CatalogueTemplates() {
    }

    static synchronized void prime(TestDatabases.TestDb db) {
        try {
            if (db.url().startsWith("jdbc:sqlite:")) {
                primeSqlite(db);
            } else if (db.url().startsWith("jdbc:postgresql:") && TestDatabases.onSharedServer(db)) {
                primePostgres(db);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy the catalogue template", e);
        }
    }

    private static void primeSqlite(TestDatabases.TestDb db) throws IOException {
        Path target = Path.of(db.url().substring("jdbc:sqlite:".length()));
        if (Files.exists(target) && Files.size(target) > 0) {
            return;
        }
        if (sqliteTemplate == null) {
            TestDatabases.TestDb template = TestDatabases.sqlite();
            load(template);
            sqliteTemplate = Path.of(template.url().substring("jdbc:sqlite:".length()));
        }
        Files.copy(sqliteTemplate, target, StandardCopyOption.REPLACE_EXISTING);
        Path wal = sqliteTemplate.resolveSibling(sqliteTemplate.getFileName() + "-wal");
        if (Files.exists(wal)) {
            Files.copy(wal, target.resolveSibling(target.getFileName() + "-wal"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void primePostgres(TestDatabases.TestDb db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return;
            }
        }
        if (!postgresTemplate) {
            load(TestDatabases.postgresNamed(PG_TEMPLATE));
            postgresTemplate = true;
        }
        String name = db.url().substring(db.url().lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String admin = db.url().substring(0, db.url().lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(admin, db.user(), db.password());
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE " + name);
            s.execute("CREATE DATABASE " + name + " TEMPLATE " + PG_TEMPLATE);
        }
    }

    /** Migrates {@code db} and loads the bundled catalogue into it, then closes every connection. */
    private static void load(TestDatabases.TestDb db) {
        try {
            Path dir = Files.createTempDirectory("openplate-template");
            Settings settings = new Settings(0, "127.0.0.1", dir, db.url(), db.user(), db.password(),
                    Settings.CookieSecurity.AUTO, false, 64 * 1024, Duration.ofDays(30));
            try (Features features = Features.open(settings, Clock.systemUTC())) {
                features.food().prepareBundle();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
