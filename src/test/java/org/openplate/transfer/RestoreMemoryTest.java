package org.openplate.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openplate.storage.Database;

/**
 * A restore's memory does not grow with the export: a generated export whose document inflates to
 * about 190 MB (just under the 200 MB entry limit; a small, highly compressible zip) is restored by
 * the command line in a child JVM limited to a 64 MB heap, on a SQLite data directory.
 */
class RestoreMemoryTest {

    static final int ROWS = 12_000;
    static final int PADDING = 15_500;

    /** Writes the export straight to a file (never whole in memory): many weigh-ins with a long unknown column. */
    static void writeExport(Path file) throws Exception {
        Random random = new Random(13);
        String filler = "x".repeat(PADDING);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry(ArchiveWriter.DOCUMENT));
            JsonGenerator g = new ObjectMapper().getFactory().createGenerator(zip);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("format", "openplate-export");
            g.writeNumberField("version", 1);
            g.writeObjectFieldStart("account");
            g.writeStringField("origin", "big0big0big0big0big0big0");
            g.writeEndObject();
            g.writeObjectFieldStart("tables");
            g.writeArrayFieldStart("weigh_ins");
            for (int i = 0; i < ROWS; i++) {
                g.writeStartObject();
                g.writeNumberField("id", i + 1);
                g.writeStringField("day", java.time.LocalDate.of(2020, 1, 1).plusDays(i % 1500).toString());
                g.writeNumberField("measured_at", 1_600_000_000_000L + i);
                g.writeNumberField("weight_kg", 70 + (i % 100) / 10.0);
                g.writeNumberField("created_at", 1_600_000_000_000L + i);
                // a column this instance does not have: read past, never kept
                g.writeStringField("note_from_a_newer_version", Long.toHexString(random.nextLong()) + filler);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.flush();
            zip.closeEntry();
        }
    }

    @Test
    void aHugeExportRestoresInASmallHeap(@TempDir Path dir) throws Exception {
        Path export = dir.resolve("big.zip");
        writeExport(export);
        assertTrue(Files.size(export) < 20L * 1024 * 1024, "a small zip: " + Files.size(export));
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        try (Database db = Database.open("jdbc:sqlite:" + data.resolve("openplate.db").toAbsolutePath(), null, null)) {
            db.jdbi().useHandle(h -> h.execute("INSERT INTO users (email, password_hash, created_at) VALUES"
                    + " ('big@example.org', 'x', 0)"));
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-cp",
                System.getProperty("java.class.path"), "org.openplate.cli.Main", "import", "--user", "big@example.org",
                "--data-dir", data.toString(), export.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        boolean ended = p.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly();
        }
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertTrue(ended, "the restore ended: " + tail(out));
        assertFalse(out.contains("OutOfMemoryError"), tail(out));
        assertEquals(0, p.exitValue(), tail(out));
        assertTrue(out.contains(String.format("%,d added", ROWS)), tail(out));
        try (Database db = Database.open("jdbc:sqlite:" + data.resolve("openplate.db").toAbsolutePath(), null, null)) {
            assertEquals(ROWS, (int) db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM weigh_ins")
                    .mapTo(Integer.class).one()));
        }
    }

    private static String tail(String s) {
        return s.length() < 3000 ? s : s.substring(s.length() - 3000);
    }
}
