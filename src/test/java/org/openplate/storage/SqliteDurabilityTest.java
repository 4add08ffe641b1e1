package org.openplate.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openplate.config.Settings;
import org.openplate.config.SettingsLoader;

/** The SQLite durability setting reaches every connection: PRAGMA synchronous is 2 for FULL (the default), 1 for NORMAL. */
class SqliteDurabilityTest {

    private static int synchronous(Database db) {
        // several handles, so that more than one pooled connection is asked
        int v = -1;
        for (int i = 0; i < 6; i++) {
            v = db.jdbi().withHandle(h -> h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one());
        }
        return v;
    }

    @Test
    void fullByDefaultAndNormalWhenChosen() throws Exception {
        Path dir = Files.createTempDirectory("op-sync");
        Settings defaults = new SettingsLoader(Map.of()).load(SettingsLoader.Flags.none()).withDataDir(dir);
        assertEquals(Settings.SqliteSynchronous.FULL, defaults.sqliteSynchronous());
        try (Database db = Database.open(defaults)) {
            assertEquals(2, synchronous(db), "FULL: every commit is synced to the disk");
        }
        Settings normal = new SettingsLoader(Map.of("OPENPLATE_SQLITE_SYNCHRONOUS", "normal"))
                .load(SettingsLoader.Flags.none()).withDataDir(dir);
        try (Database db = Database.open(normal)) {
            assertEquals(1, synchronous(db));
        }
    }

    @Test
    void aWrongValueNamesTheSetting() {
        var e = assertThrows(IllegalArgumentException.class, () -> new SettingsLoader(Map.of(
                "OPENPLATE_SQLITE_SYNCHRONOUS", "off")).load(SettingsLoader.Flags.none()));
        assertTrue(e.getMessage().contains("OPENPLATE_SQLITE_SYNCHRONOUS"), e.getMessage());
    }
}
