package org.openplate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A graceful stop (SIGTERM) closes the app and exits with status 0, not the JVM's 143. */
class ServeSignalTest {

    @Test
    void sigtermExitsZeroAfterClosingTheApp() throws Exception {
        Path dir = Files.createTempDirectory("op-sigterm");
        try (ChildServer child = ChildServer.start(dir, null, null, null)) {
            child.process.destroy();   // SIGTERM on Linux
            assertTrue(child.process.waitFor(90, TimeUnit.SECONDS), "stops");
            String log = Files.readString(child.log);
            assertEquals(0, child.process.exitValue(), log);
            // SQLite removes its write-ahead log when the last connection closes: the pool was closed cleanly
            assertTrue(Files.exists(dir.resolve("openplate.db")));
            assertTrue(!Files.exists(dir.resolve("openplate.db-wal")), "the app was closed before the exit");
        }
    }
}
