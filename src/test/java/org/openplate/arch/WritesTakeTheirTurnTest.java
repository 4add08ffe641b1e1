package org.openplate.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every write goes through a JDBI transaction. On SQLite, transactions take their turn on the one writing
 * connection ({@code storage.OneWriterAtATime}); a lone write statement on a handle would instead poll for
 * SQLite's lock beside them (a burst of adds could make it wait out the 10-second busy time-out and fail)
 * and, committing on another connection, empty the writing connection's page cache. On PostgreSQL a
 * one-statement transaction costs one more round trip, on writes that are rare.
 */
class WritesTakeTheirTurnTest {

    private static final Pattern OPENED = Pattern.compile("jdbi\\.(useHandle|withHandle)\\(");
    private static final Pattern WRITES = Pattern.compile(
            "createUpdate|prepareBatch|\\.execute\\(\"\\s*(?i:insert|update|delete)|\"\\s*(?i:insert into|update |delete from)");

    @Test
    void noRepositoryWritesOutsideATransaction() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(p);
                for (String place : lonelyWrites(source)) {
                    found.add(p + ":" + place);
                }
            }
        }
        assertEquals(List.of(), found, "write in jdbi.inTransaction / useTransaction instead");
    }

    @Test
    void findsAWriteInAHandleCallbackAndLeavesReadsAndTransactionsAlone() {
        String source = """
                class X {
                    void a() { jdbi.useHandle(h -> h.createUpdate("UPDATE sessions SET x = 1").execute()); }
                    int b() { return jdbi.withHandle(h -> h.execute("DELETE FROM notes WHERE id = ?", 1)); }
                    int c() { return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()); }
                    void d() { jdbi.useTransaction(h -> h.createUpdate("UPDATE sessions SET x = 1").execute()); }
                    void e() { jdbi.useHandle(h -> h.prepareBatch("INSERT INTO t (n) VALUES (:n)").execute()); }
                }
                """;
        List<String> found = lonelyWrites(source);
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("2:") && found.get(1).startsWith("3:") && found.get(2).startsWith("6:"),
                found.toString());
    }

    /** "line: callback" for each handle callback (its parenthesised argument) that holds a write. */
    static List<String> lonelyWrites(String source) {
        List<String> out = new ArrayList<>();
        Matcher m = OPENED.matcher(source);
        while (m.find()) {
            int i = m.end();
            int depth = 1;
            while (depth > 0 && i < source.length()) {
                char c = source.charAt(i++);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
            String callback = source.substring(m.end(), i);
            if (WRITES.matcher(callback).find()) {
                int line = (int) source.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                out.add(line + ": " + callback.strip().lines().findFirst().orElse(""));
            }
        }
        return out;
    }
}
