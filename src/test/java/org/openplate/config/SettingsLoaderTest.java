package org.openplate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
    void theApiRateIsASettingWithItsRange() {
        assertEquals(Settings.DEFAULT_API_RATE_PER_MINUTE,
                new SettingsLoader(Map.of()).load(SettingsLoader.Flags.none()).apiRatePerMinute());
        assertEquals(30, new SettingsLoader(Map.of("OPENPLATE_API_RATE_PER_MINUTE", "30"))
                .load(SettingsLoader.Flags.none()).apiRatePerMinute());
        for (String bad : new String[] {"0", "100001", "fast", "-5"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SettingsLoader(
                    Map.of("OPENPLATE_API_RATE_PER_MINUTE", bad)).load(SettingsLoader.Flags.none()));
            assertTrue(e.getMessage().contains("OPENPLATE_API_RATE_PER_MINUTE"), e.getMessage());
        }
    }

    @Test
    void theDatabasePasswordIsNeverPrinted() {
        Settings s = new SettingsLoader(Map.of("OPENPLATE_DATABASE_URL", "jdbc:postgresql://db/openplate",
                "OPENPLATE_DATABASE_USER", "app", "OPENPLATE_DATABASE_PASSWORD", "s3cret-Pa55")).load(SettingsLoader.Flags.none());
        assertEquals("s3cret-Pa55", s.databasePassword());
        assertFalse(s.toString().contains("s3cret-Pa55"), s.toString());
        assertTrue(s.toString().contains("databaseUser=app"));
    }

    @Test
    void badValuesNameTheVariable() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new SettingsLoader(Map.of("OPENPLATE_PORT", "eighty")).load(SettingsLoader.Flags.none()));
        assertTrue(e.getMessage().contains("OPENPLATE_PORT"));
        assertThrows(IllegalArgumentException.class,
                () -> new SettingsLoader(Map.of("OPENPLATE_PORT", "70000")).load(SettingsLoader.Flags.none()));
    }

    @Test
    void trustProxyMeansOneHopAndHopsAndNetworksCanBeSetExactly() {
        assertEquals(TrustedProxies.hops(1),
                new SettingsLoader(Map.of("OPENPLATE_TRUST_PROXY", "true")).load(SettingsLoader.Flags.none()).proxies());
        assertEquals(TrustedProxies.NONE, new SettingsLoader(Map.of()).load(SettingsLoader.Flags.none()).proxies());
        Settings env = new SettingsLoader(Map.of("OPENPLATE_TRUST_PROXY", "true", "OPENPLATE_TRUSTED_PROXY_HOPS", "2",
                "OPENPLATE_TRUSTED_PROXIES", "10.0.0.0/8, fd00::/8")).load(SettingsLoader.Flags.none());
        assertEquals(2, env.proxies().hops());
        assertEquals(List.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("fd00::/8")), env.proxies().networks());
        Settings flags = new SettingsLoader(Map.of("OPENPLATE_TRUSTED_PROXY_HOPS", "2")).load(new SettingsLoader.Flags(
                null, null, null, null, null, null, null, null, 0, "192.168.1.1", null, 3_000_000_000L, null));
        assertEquals(new TrustedProxies(0, List.of(Cidr.parse("192.168.1.1/32"))), flags.proxies());
        assertEquals(3_000_000_000L, flags.maxAdminUploadBytes());
        assertEquals(Settings.DEFAULT_MAX_ADMIN_UPLOAD_BYTES,
                new SettingsLoader(Map.of()).load(SettingsLoader.Flags.none()).maxAdminUploadBytes());
    }

    @Test
    void badProxySettingsNameTheSetting() {
        var hops = assertThrows(IllegalArgumentException.class, () -> new SettingsLoader(
                Map.of("OPENPLATE_TRUSTED_PROXY_HOPS", "99")).load(SettingsLoader.Flags.none()));
        assertTrue(hops.getMessage().contains("OPENPLATE_TRUSTED_PROXY_HOPS") && hops.getMessage().contains("0 and 20"),
                hops.getMessage());
        for (String bad : List.of("10.0.0.0/33", "example.org", "10.0.0.0/x", "fd00::/129", "1.2.3.4:80")) {
            var e = assertThrows(IllegalArgumentException.class, () -> new SettingsLoader(
                    Map.of("OPENPLATE_TRUSTED_PROXIES", "10.0.0.0/8," + bad)).load(SettingsLoader.Flags.none()), bad);
            assertTrue(e.getMessage().contains("OPENPLATE_TRUSTED_PROXIES") && e.getMessage().contains(bad),
                    e.getMessage());
        }
        var small = assertThrows(IllegalArgumentException.class, () -> new SettingsLoader(
                Map.of("OPENPLATE_MAX_ADMIN_UPLOAD_BYTES", "1000")).load(SettingsLoader.Flags.none()));
        assertTrue(small.getMessage().contains("admin upload"), small.getMessage());
    }

    @Test
    void networksMatchByPrefix() {
        assertTrue(Cidr.parse("10.0.0.0/8").contains(ip("10.255.1.2")));
        assertFalse(Cidr.parse("10.0.0.0/8").contains(ip("11.0.0.1")));
        assertTrue(Cidr.parse("192.168.4.0/22").contains(ip("192.168.7.255")));
        assertFalse(Cidr.parse("192.168.4.0/22").contains(ip("192.168.8.0")));
        assertTrue(Cidr.parse("fd00::/8").contains(ip("fdab::1")));
        assertFalse(Cidr.parse("fd00::/8").contains(ip("10.0.0.1")));
        assertTrue(Cidr.parse("0.0.0.0/0").contains(ip("8.8.8.8")));
    }

    private static java.net.InetAddress ip(String literal) {
        return IpLiteral.parse(literal).orElseThrow();
    }
}
