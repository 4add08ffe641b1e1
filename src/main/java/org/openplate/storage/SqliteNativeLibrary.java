package org.openplate.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    /** Where the library's folder in the driver's jar is noted (see {@link #remembered}). */
    static final String FOLDER_FILE = "sqlite-folder";
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
        Path nativeDir = dataDir.resolve("native");
        URL url = remembered(nativeDir).map(folder -> SQLiteJDBCLoader.class.getResource(folder + "/" + name)).orElse(null);
        if (url == null) {
            String folder = LibraryLoaderUtil.getNativeLibResourcePath();
            url = SQLiteJDBCLoader.class.getResource(folder + "/" + name);
            if (url == null) {
                return null;
            }
            remember(nativeDir, folder);
        }
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return null;
        }
        ZipEntry entry = jar.getJarEntry();
        if (entry == null || entry.getCrc() < 0) {
            return null;
        }
        Path dir = nativeDir.resolve("sqlite-" + Long.toHexString(entry.getCrc()).toLowerCase(Locale.ROOT));
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

    /**
     * The driver finds the library's folder in its jar for this platform by asking the system (it runs
     * {@code uname -o} as a process and lists the JVM's memory maps to tell glibc from musl): 50 ms or
     * more of every start. The answer is kept beside the copy, keyed by the operating system and the
     * processor the JVM reports, and asked again when they change. A wrong answer (a data directory moved
     * to a musl system of the same processor) only costs the driver's own way of loading.
     */
    static Optional<String> remembered(Path nativeDir) {
        try {
            List<String> lines = Files.readAllLines(nativeDir.resolve(FOLDER_FILE), StandardCharsets.UTF_8);
            if (lines.size() == 2 && lines.get(0).equals(platform()) && lines.get(1).startsWith("/")) {
                return Optional.of(lines.get(1));
            }
        } catch (IOException | RuntimeException e) {
            // not written yet, or unreadable: ask the driver
        }
        return Optional.empty();
    }

    private static void remember(Path nativeDir, String folder) {
        try {
            Files.createDirectories(nativeDir);
            Path part = Files.createTempFile(nativeDir, FOLDER_FILE, ".part");
            try {
                Files.writeString(part, platform() + "\n" + folder + "\n", StandardCharsets.UTF_8);
                Files.move(part, nativeDir.resolve(FOLDER_FILE), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not note SQLite's library folder in {}", nativeDir, e);
        }
    }

    private static String platform() {
        return System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }

    private static long crc(Path file) throws IOException {
        try (CheckedInputStream in = new CheckedInputStream(Files.newInputStream(file), new CRC32())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return in.getChecksum().getValue();
        }
    }
}
