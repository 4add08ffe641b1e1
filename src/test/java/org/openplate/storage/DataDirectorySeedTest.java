package org.openplate.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openplate.config.Settings;

/**
 * The ready-made data directory: what is unpacked, when, and that a bad or broken seed leaves the start to create
 * the database itself (nothing half-written behind). The seed here is packed from a freshly migrated database and
 * two stand-in index files; SeededFirstStartTest (food) unpacks the build's real one and searches it.
 */
class DataDirectorySeedTest {

    private static byte[] seed;
    private static Path made;

    @BeforeAll
    static void packASeed(@TempDir Path tmp) throws IOException {
        made = tmp.resolve("made");
        try (Database db = Database.open(Settings.defaults().withDataDir(made))) {
            db.jdbi().useHandle(h -> h.execute("INSERT INTO health_heartbeat (id, beat_at) VALUES (1, 42)"));
        }
        Path index = Files.createDirectories(made.resolve(DataDirectorySeed.INDEX));
        Files.writeString(index.resolve("segments_1"), "segments");
        Files.writeString(index.resolve("_0.cfs"), "compound file");
        Files.writeString(index.resolve("write.lock"), "");
        Path zip = tmp.resolve("seed.zip");
        DataDirectorySeed.pack(made, zip);
        seed = Files.readAllBytes(zip);
    }

    private static Settings settings(Path dir) {
        return Settings.defaults().withDataDir(dir);
    }

    @Test
    void anEmptyDirectoryGetsTheMigratedDatabaseAndTheIndexButNotTheLockOrTheHeartbeat(@TempDir Path dir)
            throws Exception {
        assertTrue(DataDirectorySeed.plant(settings(dir), () -> new ByteArrayInputStream(seed)));

        assertEquals(Map.of("_0.cfs", "compound file", "segments_1", "segments"),
                files(dir.resolve(DataDirectorySeed.INDEX)));
        assertFalse(Files.exists(dir.resolve("openplate.db.seeding")));
        try (Database db = Database.open(settings(dir))) {
            int beats = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM health_heartbeat")
                    .mapTo(Integer.class).one());
            int schema = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")
                    .mapTo(Integer.class).one());
            assertEquals(0, beats, "the build's /health write check is not in a new database");
            assertEquals(Database.SCHEMA_VERSION, schema);
            assertEquals("wal", db.jdbi().withHandle(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()));
        }
    }

    @Test
    void theSeededDatabaseHasTheMadeOnesSchema(@TempDir Path dir) throws Exception {
        assertTrue(DataDirectorySeed.plant(settings(dir), () -> new ByteArrayInputStream(seed)));
        assertEquals(schema(made.resolve("openplate.db")), schema(dir.resolve("openplate.db")));
    }

    @Test
    void anExistingDatabaseIsLeftAloneAndSoIsItsIndex(@TempDir Path dir) throws Exception {
        byte[] mine = "my database".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("openplate.db"), mine);
        Path index = Files.createDirectories(dir.resolve(DataDirectorySeed.INDEX));
        Files.writeString(index.resolve("segments_9"), "mine");

        assertFalse(DataDirectorySeed.plant(settings(dir), () -> new ByteArrayInputStream(seed)));

        assertArrayEquals(mine, Files.readAllBytes(dir.resolve("openplate.db")));
        assertEquals(Map.of("segments_9", "mine"), files(index));
    }

    @Test
    void aDatabaseWhoseFileWasLostButNotItsLogIsNotReplaced(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("openplate.db-wal"), "frames");
        assertFalse(DataDirectorySeed.plant(settings(dir), () -> new ByteArrayInputStream(seed)));
        assertFalse(Files.exists(dir.resolve("openplate.db")));
    }

    @Test
    void anIndexLeftFromAnotherDatabaseIsReplaced(@TempDir Path dir) throws Exception {
        Path index = Files.createDirectories(dir.resolve(DataDirectorySeed.INDEX));
        Files.writeString(index.resolve("_7.cfs"), "an old database's foods");
        Files.writeString(index.resolve("segments_1"), "old");

        assertTrue(DataDirectorySeed.plant(settings(dir), () -> new ByteArrayInputStream(seed)));

        assertEquals(Map.of("_0.cfs", "compound file", "segments_1", "segments"), files(index));
    }

    @Test
    void anotherDatabaseFileNamedByUrlIsSeededThereWithTheIndexInTheDataDirectory(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("elsewhere/mine.db");
        Settings s = settings(dir.resolve("data")).withDatabase("jdbc:sqlite:" + file, null, null);
        assertTrue(DataDirectorySeed.plant(s, () -> new ByteArrayInputStream(seed)));
        assertTrue(Files.isRegularFile(file));
        assertEquals(2, files(dir.resolve("data").resolve(DataDirectorySeed.INDEX)).size());
    }

    @Test
    void postgresqlMemoryDatabasesAndBuildsWithoutASeedAreNotSeeded(@TempDir Path dir) throws Exception {
        assertFalse(DataDirectorySeed.plant(settings(dir).withDatabase("jdbc:postgresql://localhost/openplate", "u", "p"),
                () -> new ByteArrayInputStream(seed)));
        assertFalse(DataDirectorySeed.plant(settings(dir).withDatabase("jdbc:sqlite::memory:", null, null),
                () -> new ByteArrayInputStream(seed)));
        assertFalse(DataDirectorySeed.plant(settings(dir), () -> null));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void aSeedWithAnythingButTheDatabaseAndIndexFilesIsRefusedAndLeavesNothing(@TempDir Path dir) throws Exception {
        for (String entry : List.of("../escape.db", "index/foods/../../../escape", "index/foods/sub/file",
                "index/other/file", "notes.txt", "index/foods/", "index/foods/.hidden", "/openplate.db",
                "index\\foods\\x")) {
            Path d = Files.createDirectories(dir.resolve("d" + Math.abs(entry.hashCode())));
            byte[] bad = zip(Map.of("openplate.db", "db", entry, "x"));
            assertFalse(DataDirectorySeed.plant(settings(d), () -> new ByteArrayInputStream(bad)), entry);
            assertFalse(Files.exists(d.resolve("openplate.db")), entry);
            assertEquals(Map.of(), files(d.resolve(DataDirectorySeed.INDEX)), entry);
            assertFalse(Files.exists(dir.resolve("escape.db")) || Files.exists(dir.getParent().resolve("escape")), entry);
        }
        assertThrows(IOException.class, () -> DataDirectorySeed.indexFile("index/foods/a/b"));
        assertEquals("_0.cfs", DataDirectorySeed.indexFile("index/foods/_0.cfs"));
    }

    @Test
    void aSeedWithoutADatabaseIsRefused(@TempDir Path dir) throws Exception {
        byte[] noDatabase = zip(Map.of("index/foods/segments_1", "x"));
        assertFalse(DataDirectorySeed.plant(settings(dir), () -> new ByteArrayInputStream(noDatabase)));
        assertFalse(Files.exists(dir.resolve("openplate.db")));
        assertEquals(Map.of(), files(dir.resolve(DataDirectorySeed.INDEX)));
    }

    @Test
    void anUnpackCutShortLeavesNoDatabaseSoTheStartCreatesOneAndTheNextPlantWorks(@TempDir Path dir) throws Exception {
        InputStream breaking = new FilterInputStream(new ByteArrayInputStream(seed)) {
            private long read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (read > seed.length / 2) {
                    throw new IOException("disk full");
                }
                int n = super.read(b, off, len);
                read += Math.max(n, 0);
                return n;
            }
        };
        assertFalse(DataDirectorySeed.plant(settings(dir), () -> breaking));
        assertFalse(Files.exists(dir.resolve("openplate.db")));
        assertFalse(Files.exists(dir.resolve("openplate.db.seeding")));
        assertEquals(Map.of(), files(dir.resolve(DataDirectorySeed.INDEX)));

        assertTrue(DataDirectorySeed.plant(settings(dir), () -> new ByteArrayInputStream(seed)));
        try (Database db = Database.open(settings(dir))) {
            assertTrue(db.health().reachable());
        }
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        return out;
    }

    private static List<String> schema(Path file) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.ResultSet rs = c.createStatement().executeQuery(
                     "SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master ORDER BY type, name")) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            assertTrue(out.size() > 20, "a migrated schema");
            return out;
        }
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
