package org.openplate.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Checks a SQLite file before the pool and migrations touch it, so that a corrupt, truncated,
 * read-only or unopenable file is reported in one line naming the file and what to do. Runs SQLite's
 * {@code PRAGMA quick_check} (https://sqlite.org/pragma.html#pragma_quick_check: every page is read,
 * without the slower index cross-checks) and takes the write lock once.
 */
final class SqlitePreflight {

    private SqlitePreflight() {
    }

    static Path file(String jdbcUrl) {
        String f = jdbcUrl.substring("jdbc:sqlite:".length());
        int q = f.indexOf('?');
        return Path.of(q >= 0 ? f.substring(0, q) : f).toAbsolutePath();
    }

    /** Whether a SQLite URL names a file by its path (not a memory database, nor a {@code file:} URI). */
    static boolean namesAFile(String jdbcUrl) {
        String raw = jdbcUrl.substring("jdbc:sqlite:".length());
        return !(raw.isEmpty() || raw.startsWith(":memory:") || raw.startsWith("file:"));
    }

    static void check(String jdbcUrl) {
        if (!namesAFile(jdbcUrl)) {
            return;
        }
        Path file = file(jdbcUrl);
        String name = "database file " + file;
        if (Files.isDirectory(file)) {
            throw new DatabaseOpenException(name + " is a directory; point --data-dir (OPENPLATE_DATA_DIR) at the"
                    + " directory that should hold openplate.db", null);
        }
        if (!Files.exists(file) && !Files.isWritable(file.getParent())) {
            throw new DatabaseOpenException("data directory " + file.getParent() + " is not writable; make it"
                    + " writable by the user running OpenPlate or choose another --data-dir (OPENPLATE_DATA_DIR)", null);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            // The header is read here (a file that is not a database fails now); the full page check, which
            // grows with the file, runs after the start (see integrity).
            // A real write (the header's user_version, rewritten unchanged): fails on a read-only file or a full disk.
            int version;
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            s.execute("PRAGMA user_version = " + version);
        } catch (SQLException e) {
            throw new DatabaseOpenException(name + " " + explain(e), e);
        }
    }

    /**
     * SQLite's check of every page ({@code PRAGMA quick_check}): null when the file is sound, else what to tell
     * the operator. It reads the whole file (seconds for a catalogue of a million foods), so it runs in the
     * background after the start rather than before the first request, and /health reports a failure.
     */
    static String integrity(javax.sql.DataSource ds, String jdbcUrl) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA quick_check(1)")) {
            String result = rs.next() ? rs.getString(1) : "ok";
            return "ok".equalsIgnoreCase(result) ? null : "database file " + file(jdbcUrl) + " is damaged (SQLite"
                    + " integrity check: " + result + "); restore it from a backup (see docs/operations.md)";
        } catch (SQLException e) {
            return "database file " + file(jdbcUrl) + " " + explain(e);
        }
    }

    /** The cause and what to do, from SQLite's result code. */
    static String explain(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        String code = m.toUpperCase(Locale.ROOT);
        if (code.contains("SQLITE_NOTADB")) {
            return "is not a SQLite database or its header is damaged (" + m + "); restore it from a backup, or move"
                    + " it away to start with an empty database";
        }
        if (code.contains("SQLITE_CORRUPT")) {
            return "is corrupt or truncated (" + m + "); restore it from a backup (see docs/operations.md)";
        }
        if (code.contains("SQLITE_READONLY") || code.contains("SQLITE_PERM")) {
            return "is read-only (" + m + "); make the file and its directory writable by the user running OpenPlate";
        }
        if (code.contains("SQLITE_CANTOPEN")) {
            return "cannot be opened (" + m + "); check that the path exists and the directory is writable";
        }
        if (code.contains("SQLITE_FULL")) {
            return "cannot be written: the disk is full (" + m + "); free some space";
        }
        return "cannot be used (" + m + "); check the file or restore it from a backup";
    }
}
