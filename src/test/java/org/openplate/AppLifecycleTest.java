package org.openplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openplate.account.PasswordHasher;
import org.openplate.config.Settings;
import org.openplate.testing.TestDatabases;

/** Stopping right after start (while the catalogue still loads) is clean, and the next start works. */
class AppLifecycleTest {

    @Test
    void stopDuringTheCatalogueLoadThenStartAgainOnTheSameDataDirectory() throws Exception {
        Path dir = Files.createTempDirectory("openplate-life");
        var db = TestDatabases.sqlite();
        Settings settings = new Settings(0, "127.0.0.1", dir, db.url(), null, null, Settings.CookieSecurity.AUTO, false,
                64 * 1024, Duration.ofDays(1));
        App first = App.build(settings, Clock.systemUTC(), new PasswordHasher(1024, 1)).start();
        first.close();   // the bundled catalogue is typically still loading here

        try (App second = App.build(settings, Clock.systemUTC(), new PasswordHasher(1024, 1)).start()) {
            var hits = second.foods().search("banana", null, Set.of(), 3);
            assertFalse(hits.isEmpty(), "the index works after a stop in mid-load");
            assertEquals("Bananas, raw", hits.get(0).name());
        }
    }
}
