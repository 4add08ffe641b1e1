package org.openplate.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.openplate.App;
import org.openplate.account.PasswordHasher;
import org.openplate.config.Settings;

/** The real app on a free port over the given database, with a cheaper (still Argon2id) hasher. */
public final class TestApp implements AutoCloseable {

    private final App app;

    private TestApp(App app) {
        this.app = app;
    }

    public static TestApp start(TestDatabases.TestDb db) {
        return start(db, Clock.systemUTC());
    }

    public static TestApp start(TestDatabases.TestDb db, Clock clock) {
        return start(db, clock, Settings.CookieSecurity.AUTO, false);
    }

    public static TestApp start(TestDatabases.TestDb db, Clock clock, Settings.CookieSecurity cookies, boolean proxy) {
        return start(db, clock, cookies, proxy, java.util.function.UnaryOperator.identity());
    }

    /** As {@link #start(TestDatabases.TestDb)}, with the settings changed first (e.g. other limits). */
    public static TestApp start(TestDatabases.TestDb db, java.util.function.UnaryOperator<Settings> change) {
        return start(db, Clock.systemUTC(), Settings.CookieSecurity.AUTO, false, change);
    }

    /** With this clock and the settings changed first (e.g. an SMTP server). */
    public static TestApp start(TestDatabases.TestDb db, Clock clock, java.util.function.UnaryOperator<Settings> change) {
        return start(db, clock, Settings.CookieSecurity.AUTO, false, change);
    }

    private static TestApp start(TestDatabases.TestDb db, Clock clock, Settings.CookieSecurity cookies, boolean proxy,
                                 java.util.function.UnaryOperator<Settings> change) {
        return start(db, clock, cookies, proxy, change, true);
    }

    private static TestApp start(TestDatabases.TestDb db, Clock clock, Settings.CookieSecurity cookies, boolean proxy,
                                 java.util.function.UnaryOperator<Settings> change, boolean awaitCatalogue) {
        try {
            if (awaitCatalogue) {
                CatalogueTemplates.prime(db);
            }
            Path dir = Files.createTempDirectory("openplate-app");
            Settings settings = change.apply(new Settings(0, "127.0.0.1", dir, db.url(), db.user(), db.password(),
                    cookies, proxy, 64 * 1024, Duration.ofDays(30)));
            App app = App.build(settings, clock, new PasswordHasher(1024, 1)).start();
            // Searches answer at once with the foods loaded so far; tests expect the whole catalogue.
            if (awaitCatalogue) {
                app.foods().awaitReady();
            }
            return new TestApp(app);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    public App app() {
        return app;
    }

    @Override
    public void close() {
        app.close();
    }
}
