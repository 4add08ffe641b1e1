package org.openplate.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a failure of the database itself (unreachable, out of connections, disk full, read-only)
 * among the exceptions a request can end with, so that it answers a clear 503 at once instead of a
 * generic 500. SQLSTATE class 08 is "connection exception" (ISO/IEC 9075, as used by PostgreSQL:
 * https://www.postgresql.org/docs/current/errcodes-appendix.html); 53 is "insufficient resources".
 */
final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** The plain-words message for the user, when the failure is the database's. */
    static Optional<String> unavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof java.net.ConnectException
                    || t.getClass().getName().equals("org.jdbi.v3.core.ConnectionException")) {
                return Optional.of(UNREACHABLE);
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                String m = String.valueOf(sql.getMessage()).toUpperCase(Locale.ROOT);
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return Optional.of(UNREACHABLE);
                }
                if (state.startsWith("53") || m.contains("SQLITE_FULL") || m.contains("SQLITE_READONLY")
                        || m.contains("SQLITE_IOERR") || m.contains("SQLITE_CORRUPT")) {
                    return Optional.of(NOT_WRITABLE);
                }
            }
        }
        return Optional.empty();
    }

    static final String UNREACHABLE = "The database is not answering right now. Nothing was changed; please try again"
            + " in a minute.";
    static final String NOT_WRITABLE = "The server cannot store data right now (its storage is full or damaged)."
            + " Nothing was changed; please try again later. The administrator has been told in the server log.";
}
