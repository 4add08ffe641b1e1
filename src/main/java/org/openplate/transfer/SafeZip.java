package org.openplate.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.openplate.common.BadInputException;

/**
 * Reads a zip into memory with limits counted while inflating (declared sizes are not trusted):
 * number of entries, bytes per entry, bytes in all, so a zip bomb is refused, not expanded.
 */
final class SafeZip {

    private SafeZip() {
    }

    static Map<String, byte[]> read(String fileName, InputStream in, int maxEntries, long maxEntryBytes, long maxTotalBytes) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            byte[] buf = new byte[64 * 1024];
            while ((e = zip.getNextEntry()) != null) {
                if (e.isDirectory() || e.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                if (out.size() >= maxEntries) {
                    throw new BadInputException("file", fileName + ": more than " + maxEntries + " files in the zip.");
                }
                ByteArrayOutputStream entry = new ByteArrayOutputStream();
                int n;
                while ((n = zip.read(buf)) > 0) {
                    total += n;
                    if (entry.size() + n > maxEntryBytes || total > maxTotalBytes) {
                        throw new BadInputException("file", fileName + ": " + e.getName() + " expands beyond "
                                + (maxEntryBytes / 1_000_000) + " MB (entry) or " + (maxTotalBytes / 1_000_000)
                                + " MB (all files); refused as a possible zip bomb.");
                    }
                    entry.write(buf, 0, n);
                }
                out.put(e.getName(), entry.toByteArray());
            }
        } catch (ZipException e) {
            throw new BadInputException("file", fileName + " is not a valid zip file (" + e.getMessage() + ").");
        } catch (IOException e) {
            throw new BadInputException("file", fileName + " could not be read (" + e.getMessage() + ").");
        }
        if (out.isEmpty()) {
            throw new BadInputException("file", fileName + " is not a zip file or is empty.");
        }
        return out;
    }
}
