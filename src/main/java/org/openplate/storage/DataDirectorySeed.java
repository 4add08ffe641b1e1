package org.openplate.storage;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.openplate.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A new embedded database, ready in moments. The build creates a data directory once (the schema, the bundled
 * food catalogue and its search index) and packs it into the jar as {@link #RESOURCE}; a server started where
 * its SQLite file does not exist yet unpacks that copy instead of running every migration and loading and
 * indexing the catalogue itself, which took about 0.3 s before the first request and 2.3 s before the whole
 * catalogue was searchable (docs/benchmarks.md, twenty-second round). What it unpacks is exactly what that
 * first start would have written: the build made it with the same migrations, bundle and index code.
 *
 * <p>A seed holds the database file ({@link #DATABASE}) and the files of the food index ({@link #INDEX});
 * nothing else is accepted from it. The database file is written under another name and renamed last, so a
 * start interrupted while unpacking leaves no database behind and the next start unpacks again.
 */
public final class DataDirectorySeed {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectorySeed.class);

    /** Where the build puts the seed (see pom.xml, the {@code seed} command). */
    public static final String RESOURCE = "/seed/data.zip";
    static final String DATABASE = "openplate.db";
    /** The food index's folder in a data directory (the food module's {@code index/foods}). */
    static final String INDEX = "index/foods/";

    private DataDirectorySeed() {
    }

    /**
     * Unpacks the jar's seed when the settings name an embedded database file that does not exist yet (a first
     * start); true if it did. Anything else (PostgreSQL, an existing file, a build without a seed, a directory
     * that cannot be written) leaves the start to create the database as before.
     */
    public static boolean plant(Settings settings) {
        return plant(settings, () -> DataDirectorySeed.class.getResourceAsStream(RESOURCE));
    }

    /** As {@link #plant(Settings)}, with another seed (null when there is none). */
    public static boolean plant(Settings settings, Supplier<InputStream> seed) {
        if (!settings.embeddedDatabase() || !SqlitePreflight.namesAFile(settings.jdbcUrl())) {
            return false;
        }
        return plant(SqlitePreflight.file(settings.jdbcUrl()), settings.dataDir(), seed);
    }

    private static boolean plant(Path database, Path dataDir, Supplier<InputStream> seed) {
        Path wal = database.resolveSibling(database.getFileName() + "-wal");
        if (Files.exists(database) || Files.exists(wal)) {
            return false;
        }
        long t0 = System.nanoTime();
        Path index = dataDir.resolve(INDEX);
        Path partial = database.resolveSibling(database.getFileName() + ".seeding");
        try (InputStream in = seed.get()) {
            if (in == null) {
                return false;
            }
            Files.createDirectories(database.getParent());
            // A database that is new has no index yet: whatever the folder holds belongs to another database.
            Files.createDirectories(index);
            clear(index);
            boolean sawDatabase = false;
            try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(in, 1 << 16))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    Path target;
                    if (e.getName().equals(DATABASE)) {
                        target = partial;
                        sawDatabase = true;
                    } else {
                        target = index.resolve(indexFile(e.getName()));
                    }
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (!sawDatabase) {
                throw new IOException("the seed holds no " + DATABASE);
            }
            Files.move(partial, database, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("new data directory: database and food search index unpacked from the build in {} ms",
                    (System.nanoTime() - t0) / 1_000_000);
            return true;
        } catch (IOException | RuntimeException e) {
            // The start goes on without it: the migrations and the catalogue's load make the same files.
            LOG.warn("could not unpack the ready-made database into {} ({}); creating it instead", dataDir,
                    e.getMessage());
            try {
                Files.deleteIfExists(partial);
                if (Files.isDirectory(index)) {
                    clear(index);
                }
            } catch (IOException tidy) {
                LOG.debug("could not tidy {} after a failed unpack", index, tidy);
            }
            return false;
        }
    }

    /** The file name an index entry names; anything that is not one plain file of {@link #INDEX} is refused. */
    static String indexFile(String entry) throws IOException {
        String name = entry.startsWith(INDEX) ? entry.substring(INDEX.length()) : "";
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IOException("unexpected entry '" + entry + "' in the seed");
        }
        return name;
    }

    private static void clear(Path dir) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (Files.isRegularFile(f)) {
                    Files.delete(f);
                }
            }
        }
    }

    /**
     * Packs a data directory that a first start has just made (its server closed) into a seed: the database,
     * compacted and with its write-ahead log folded in, then the index's files. Returns the bytes written.
     */
    public static long pack(Path dataDir, Path out) throws IOException {
        Path database = dataDir.resolve(DATABASE);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
             Statement s = c.createStatement()) {
            // /health's write check leaves a row; a new database has none
            s.execute("DELETE FROM health_heartbeat");
            s.execute("VACUUM");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new IOException("cannot compact " + database + ": " + e.getMessage(), e);
        }
        List<Path> indexFiles = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDir.resolve(INDEX))) {
            for (Path f : files) {
                // the lock belongs to a writer, and a writer that opens the index makes its own
                if (Files.isRegularFile(f) && !f.getFileName().toString().equals("write.lock")) {
                    indexFiles.add(f);
                }
            }
        }
        indexFiles.sort(null);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             ZipOutputStream zip = new ZipOutputStream(file)) {
            add(zip, DATABASE, database);
            for (Path f : indexFiles) {
                add(zip, INDEX + f.getFileName(), f);
            }
        }
        return Files.size(out);
    }

    private static void add(ZipOutputStream zip, String name, Path file) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(946_684_800_000L);   // 2000-01-01, not the build's time
        zip.putNextEntry(e);
        Files.copy(file, zip);
        zip.closeEntry();
    }
}
