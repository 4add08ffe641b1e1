package org.openplate.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openplate.storage.Database;

/**
 * An export's memory does not grow with the account: 60,000 diary entries with long names (a document of
 * about 30 MB, which as a tree needed several times that) are exported by the command line in a child JVM
 * limited to a 64 MB heap (as the restore's test), and every row is in the file, in order.
 */
class ExportMemoryTest {

    static final int ROWS = 60_000;

    @Test
    void aBigAccountExportsInASmallHeap(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        String url = "jdbc:sqlite:" + data.resolve("openplate.db").toAbsolutePath();
        try (Database db = Database.open(url, null, null)) {
            db.jdbi().useHandle(h -> {
                h.execute("INSERT INTO users (email, password_hash, created_at) VALUES ('big@example.org', 'x', 0)");
                long user = h.createQuery("SELECT id FROM users WHERE email = 'big@example.org'").mapTo(Long.class).one();
                h.execute("INSERT INTO diary_meals (user_id, name, position) VALUES (?, 'Breakfast', 0)", user);
                long meal = h.createQuery("SELECT id FROM diary_meals WHERE user_id = :u").bind("u", user)
                        .mapTo(Long.class).one();
                h.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + ROWS + ")"
                        + " INSERT INTO diary_entries (user_id, day, meal_id, position, kind, quick_name, quick_kcal,"
                        + " created_at) SELECT ?, date('2020-01-01', '+' || (i % 2000) || ' days'), ?, i, 'quick',"
                        + " 'Quick add ' || i || ' ' || printf('%.400c', 'x'), i % 900, i FROM n", user, meal);
            });
        }
        Path zip = dir.resolve("big.zip");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-cp",
                System.getProperty("java.class.path"), "org.openplate.cli.Main", "export", "--user", "big@example.org",
                "--data-dir", data.toString(), "--out", zip.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        boolean ended = p.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly();
        }
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertTrue(ended, "the export ended: " + out);
        assertFalse(out.contains("OutOfMemoryError"), out);
        assertEquals(0, p.exitValue(), out);

        // every entry is in the document, in id order, with its name
        int rows = 0;
        long lastPosition = 0;
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e = z.getNextEntry();
            assertEquals(ArchiveWriter.DOCUMENT, e.getName());
            try (JsonParser parser = new ObjectMapper().getFactory().createParser(z)) {
                parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
                while (parser.nextToken() != null) {
                    if (parser.currentToken() == JsonToken.FIELD_NAME && "diary_entries".equals(parser.currentName())) {
                        assertEquals(JsonToken.START_ARRAY, parser.nextToken());
                        while (parser.nextToken() == JsonToken.START_OBJECT) {
                            com.fasterxml.jackson.databind.JsonNode row = new ObjectMapper().readTree(parser);
                            long position = row.get("position").asLong();
                            assertTrue(position > lastPosition, "in order: " + position);
                            assertTrue(row.get("quick_name").asText().startsWith("Quick add " + position + " xxx"));
                            assertFalse(row.has("user_id"), "the owner's id is not exported");
                            lastPosition = position;
                            rows++;
                        }
                    }
                }
            }
        }
        assertEquals(ROWS, rows);
    }
}
