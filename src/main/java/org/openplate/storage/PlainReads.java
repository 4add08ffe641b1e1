package org.openplate.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * A read run with plain JDBC on a JDBI handle's connection, for the one statement every signed-in request
 * runs (its session). JDBI's per-statement machinery (a statement context, argument and mapper look-ups,
 * result iterators) cost about as much CPU as SQLite's own work on that statement (docs/benchmarks.md,
 * thirteenth round). On SQLite the statement comes compiled from the connection's cache
 * ({@link CachedStatements}) and goes back to it; on PostgreSQL the driver keeps its own server-side
 * statements by SQL text. A failure is thrown as JDBI's own, with the driver's exception as its cause, so it
 * is answered as any other database failure is.
 */
public final class PlainReads {

    /** Sets the statement's parameters. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads what the query answered. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private PlainReads() {
    }

    /** Runs {@code sql} (with {@code ?} parameters) on the handle's connection and reads its rows. */
    public static <T> T query(Handle handle, String sql, Binder binder, Reader<T> reader) {
        CachedStatements.Builder cached = handle.getStatementBuilder() instanceof CachedStatements.Builder b ? b : null;
        PreparedStatement statement = null;
        try {
            statement = cached != null ? cached.take(sql) : handle.getConnection().prepareStatement(sql);
            binder.bind(statement);
            T out;
            try (ResultSet rows = statement.executeQuery()) {
                out = reader.read(rows);
            }
            if (cached != null) {
                cached.giveBack(sql, statement);
                statement = null;
            }
            return out;
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        } finally {
            if (statement != null) {
                try {
                    statement.close();
                } catch (SQLException ignored) {
                    // the statement is dropped either way
                }
            }
        }
    }
}
