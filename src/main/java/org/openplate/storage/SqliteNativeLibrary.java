package org.openplate.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, loaded from a copy kept in the data directory ({@code native/sqlite-<crc>/}).
 * Left to itself the driver writes the library (about 1 MB) from the jar to the temporary directory at
 * every start, with a random name, checks it against the jar's copy and deletes it on exit: a few hundred
 * milliseconds of each start. The copy here is written once per driver build (its directory is named by
 * the library's CRC-32 in the jar, and its content is checked against that CRC before each use). When
 * anything about it fails (a read-only or {@code noexec} data directory, a library the JVM refuses), the
 * driver loads the library its own way, as before. {@code -Dorg.sqlite.lib.path} set by the operator wins.
 */
final class SqliteNativeLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteNativeLibrary.class);
    static final String PATH = "org.sqlite.lib.path";
    static final String NAME = "org.sqlite.lib.name";
    private static boolean tried;

    private SqliteNativeLibrary() {
    }

    /** Loads the library from {@code dataDir}'s copy (writing it first when missing or damaged), once per JVM. */
    static synchronized void loadFrom(Path dataDir) {
        if (tried || System.getProperty(PATH) != null || System.getProperty(NAME) != null) {
            return;
        }
        tried = true;
        try {
            Path file = copyIn(dataDir);
            if (file == null) {
                return;
            }
            System.setProperty(PATH, file.getParent().toString());
            System.setProperty(NAME, file.getFileName().toString());
            try {
                if (!SQLiteJDBCLoader.initialize()) {
                    LOG.debug("SQLite's native library in {} was not loaded; the driver extracts its own", file);
                }
            } finally {
                System.clearProperty(PATH);
                System.clearProperty(NAME);
            }
        } catch (Exception | LinkageError e) {
            LOG.debug("SQLite's native library could not be kept in {}; the driver extracts its own", dataDir, e);
        }
    }

    /**
     * The library's copy under {@code dataDir/native}, written when missing or not matching the jar's CRC-32;
     * null when the driver's library is not an entry of a jar (then the driver does as it always did).
     */
    static Path copyIn(Path dataDir) throws IOException {
        String name = LibraryLoaderUtil.getNativeLibName();
        URL url = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
        if (url == null) {
            return null;
        }
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return null;
        }
        ZipEntry entry = jar.getJarEntry();
        if (entry == null || entry.getCrc() < 0) {
            return null;
        }
        Path dir = dataDir.resolve("native").resolve("sqlite-" + Long.toHexString(entry.getCrc()).toLowerCase(Locale.ROOT));
        Path file = dir.resolve(name);
        if (Files.isRegularFile(file) && crc(file) == entry.getCrc()) {
            return file;
        }
        Files.createDirectories(dir);
        Path part = Files.createTempFile(dir, name, ".part");
        try {
            try (InputStream in = url.openStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            if (crc(part) != entry.getCrc()) {
                return null;
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static long crc(Path file) throws IOException {
        try (CheckedInputStream in = new CheckedInputStream(Files.newInputStream(file), new CRC32())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return in.getChecksum().getValue();
        }
    }
}
