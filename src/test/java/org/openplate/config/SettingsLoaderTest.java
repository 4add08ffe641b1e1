package org.openplate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsLoaderTest {

    @Test
    void defaultsAreALaptopWithEmbeddedSqlite() {
        Settings s = new SettingsLoader(Map.of()).load(SettingsLoader.Flags.none());
        assertEquals(8080, s.port());
        assertEquals(Path.of("data"), s.dataDir());
        assertNull(s.databaseUrl());
        assertTrue(s.embeddedDatabase());
        assertTrue(s.jdbcUrl().startsWith("jdbc:sqlite:") && s.jdbcUrl().endsWith("openplate.db"));
    }

    @Test
    void environmentOverridesDefaultsAndFlagsOverrideEnvironment() {
        Map<String, String> env = Map.of("OPENPLATE_PORT", "9000", "OPENPLATE_DATA_DIR", "/var/lib/op",
                "OPENPLATE_DATABASE_URL", "jdbc:postgresql://db/op", "OPENPLATE_COOKIE_SECURE", "always",
                "OPENPLATE_TRUST_PROXY", "true");
        Settings fromEnv = new SettingsLoader(env).load(SettingsLoader.Flags.none());
        assertEquals(9000, fromEnv.port());
        assertEquals(Path.of("/var/lib/op"), fromEnv.dataDir());
        assertEquals("jdbc:postgresql://db/op", fromEnv.jdbcUrl());
        assertEquals(Settings.CookieSecurity.ALWAYS, fromEnv.cookieSecurity());
        assertTrue(fromEnv.trustProxy());

        Settings flagged = new SettingsLoader(env).load(new SettingsLoader.Flags(7000, null, Path.of("x"), null, null,
                null, "never", false, null));
        assertEquals(7000, flagged.port());
        assertEquals(Path.of("x"), flagged.dataDir());
        assertEquals(Settings.CookieSecurity.NEVER, flagged.cookieSecurity());
        assertEquals("jdbc:postgresql://db/op", flagged.jdbcUrl(), "unset flags fall back to the environment");
    }

    @Test
    void badValuesNameTheVariable() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new SettingsLoader(Map.of("OPENPLATE_PORT", "eighty")).load(SettingsLoader.Flags.none()));
        assertTrue(e.getMessage().contains("OPENPLATE_PORT"));
        assertThrows(IllegalArgumentException.class,
                () -> new SettingsLoader(Map.of("OPENPLATE_PORT", "70000")).load(SettingsLoader.Flags.none()));
    }
}
