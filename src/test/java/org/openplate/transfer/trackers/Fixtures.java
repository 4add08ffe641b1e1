package org.openplate.transfer.trackers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds export files in memory for the tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** Lines joined with CRLF, with a UTF-8 byte order mark, as Windows tools write them. */
    static byte[] bomCrlf(String... lines) {
        return ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Lines joined with LF, no BOM. */
    static byte[] lf(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static TrackerFile file(String name, byte[] bytes) {
        return new TrackerFile(name, bytes);
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static TrackerData parse(String source, TrackerFile... files) {
        return TrackerImports.parse(source, List.of(files));
    }
}
