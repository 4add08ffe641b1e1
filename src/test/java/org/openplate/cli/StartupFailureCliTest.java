package org.openplate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openplate.storage.Database;
import picocli.CommandLine;

/**
 * Start-up with an unusable database or a bad setting prints ONE line naming the file or setting, the
 * cause and what to do, and exits non-zero: never a stack trace.
 */
class StartupFailureCliTest {

    private record Run(int code, String err) {
    }

    private static Run serve(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            StringWriter err = new StringWriter();
            CommandLine cl = Main.commandLine();
            cl.setErr(new PrintWriter(err, true));
            String[] all = new String[args.length + 4];
            all[0] = "serve";
            all[1] = "--host";
            all[2] = "127.0.0.1";
            System.arraycopy(args, 0, all, 3, args.length);
            all[all.length - 1] = "--sqlite-synchronous=full";
            return new Run(cl.execute(all), err.toString());
        });
    }

    private static void assertOneLine(Run r, String... mustContain) {
        assertTrue(r.code() != 0, "non-zero exit");
        List<String> lines = Arrays.stream(r.err().split("\\R")).filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "one line: " + r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception:"), r.err());
        for (String part : mustContain) {
            assertTrue(lines.get(0).contains(part), "names '" + part + "': " + lines.get(0));
        }
    }

    @Test
    void corruptDatabaseFile() throws Exception {
        Path dir = Files.createTempDirectory("op-corrupt");
        Path file = dir.resolve("openplate.db");
        byte[] junk = new byte[64 * 1024];
        new java.util.Random(1).nextBytes(junk);
        Files.write(file, junk);
        assertOneLine(serve("--port", "0", "--data-dir", dir.toString()), file.toString(), "backup");
    }

    @Test
    void truncatedDatabaseFile() throws Exception {
        Path dir = Files.createTempDirectory("op-truncated");
        Path file = dir.resolve("openplate.db");
        try (Database db = Database.open("jdbc:sqlite:" + file, null, null)) {
            db.jdbi().useHandle(h -> h.execute("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, all.length / 2));
        assertOneLine(serve("--port", "0", "--data-dir", dir.toString()), file.toString(), "backup");
    }

    @Test
    void readOnlyDatabaseFile() throws Exception {
        Path dir = Files.createTempDirectory("op-readonly");
        Path file = dir.resolve("openplate.db");
        Database.open("jdbc:sqlite:" + file, null, null).close();
        // opened read-only (tests may run as root, which ignores file permissions)
        assertOneLine(serve("--port", "0", "--database-url", "jdbc:sqlite:" + file + "?open_mode=1"),
                file.toString(), "read-only", "writable");
    }

    @Test
    void unwritableDataDirectory() throws Exception {
        Path notADir = Files.createTempFile("op-file", ".txt");
        Path dir = notADir.resolve("data");
        assertOneLine(serve("--port", "0", "--data-dir", dir.toString()), dir.toString(), "--data-dir");
    }

    @Test
    void portOutOfRange() throws Exception {
        Path dir = Files.createTempDirectory("op-port");
        assertOneLine(serve("--port", "70000", "--data-dir", dir.toString()), "port", "70000");
    }

    @Test
    void unsupportedDatabaseUrl() {
        assertOneLine(serve("--port", "0", "--database-url", "jdbc:mysql://localhost/openplate"),
                "--database-url", "jdbc:mysql://localhost/openplate");
    }

    @Test
    void unreachablePostgres() {
        assertOneLine(serve("--port", "0", "--database-url", "jdbc:postgresql://127.0.0.1:1/openplate"),
                "jdbc:postgresql://127.0.0.1:1/openplate", "running");
    }
}
