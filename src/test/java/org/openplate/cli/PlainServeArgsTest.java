package org.openplate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Serving with plain server flags skips picocli's model of every command: for such a command line the
 * options read are exactly picocli's, and anything else is left to picocli.
 */
class PlainServeArgsTest {

    private static final List<List<String>> PLAIN = List.of(
            List.of(),
            List.of("--port", "9090"),
            List.of("--port=0", "--host", "127.0.0.1", "--data-dir", "data/x"),
            List.of("--database-url", "jdbc:postgresql://db/openplate?user=a", "--database-user", "op",
                    "--database-password", "p=q", "--max-request-bytes", "2000000", "--cookie-secure", "always"),
            List.of("--smtp-host", "mail.example.org", "--smtp-port", "587", "--trusted-proxy-hops", "2",
                    "--public-url", "https://plate.example.org", "--host="));

    @Test
    void plainServerFlagsAreReadAsPicocliReadsThem() throws Exception {
        for (List<String> line : PLAIN) {
            String[] args = line.toArray(String[]::new);
            ServerOptions plain = ServerOptions.parsePlain(args);
            assertNotNull(plain, "plain: " + line);
            Main main = new Main();
            new CommandLine(main).parseArgs(args);
            for (Field f : ServerOptions.class.getDeclaredFields()) {
                if (f.isAnnotationPresent(CommandLine.Option.class)) {
                    f.setAccessible(true);
                    assertEquals(f.get(main.server), f.get(plain), f.getName() + " of " + line);
                }
            }
        }
    }

    /** A start that fails on the quick path still prints one line and exits with status 1, as through picocli. */
    @Test
    void aBadSettingOnThePlainPathIsOneLine() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("op-plain");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = System.err;
        int code;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            code = Main.run("--port", "70000", "--host", "127.0.0.1", "--data-dir", dir.toString());
        } finally {
            System.setErr(before);
        }
        String out = err.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
        assertEquals(1, code);
        assertEquals(1, out.lines().count(), out);
        org.junit.jupiter.api.Assertions.assertTrue(out.startsWith("openplate: cannot start: bad setting:")
                && out.contains("70000"), out);
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        for (List<String> line : List.of(
                List.of("serve", "--port", "9090"),          // a command
                List.of("--help"), List.of("-V"),
                List.of("--port"),                           // no value
                List.of("--port", "1", "--port", "2"),       // given twice: picocli's error
                List.of("--port", "abc"), List.of("--port", "0x10"), List.of("--port", "99999999999"),
                List.of("--trust-proxy"),                    // optional value: picocli's rules
                List.of("--host", "--port", "1"),            // a value that looks like a flag
                List.of("--no-such-flag", "x"),
                List.of("goal", "--sex", "female"))) {
            assertNull(ServerOptions.parsePlain(line.toArray(String[]::new)), "left to picocli: " + line);
        }
    }
}
