package org.openplate.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Many new rows of one table in multi-row {@code INSERT … RETURNING} statements, each new row's id matched
 * back to the input row it was made from. Neither SQLite nor PostgreSQL promises RETURNING's order, so rows
 * are matched by a key of returned columns: the caller makes it for an input row and for a returned row
 * alike. Rows with the same key are interchangeable and take their ids in input order.
 *
 * <p>Plain JDBC for the rows: JDBI's per-argument binding and SQL parsing cost more than the insert itself.
 *
 * @param <T> an input row
 */
public final class MultiRowInsert<T> {

    /**
     * Rows per statement: with at most {@link #MAX_COLUMNS} parameters a row, well within both databases'
     * limits on parameters per statement (SQLite 32,766, PostgreSQL 65,535).
     */
    public static final int ROWS_PER_INSERT = 500;
    static final int MAX_COLUMNS = 32_766 / ROWS_PER_INSERT;

    /** Writes one row's parameters, in the order of the statement's columns. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(Parameters p, T row) throws SQLException;
    }

    /** A returned row's key, made as the caller makes it for an input row. */
    @FunctionalInterface
    public interface ReturnedKey {
        String of(ResultSet rs) throws SQLException;
    }

    /** The statement's parameters, written one after another. */
    public static final class Parameters {
        private final PreparedStatement ps;
        private int next = 1;

        private Parameters(PreparedStatement ps) {
            this.ps = ps;
        }

        public Parameters add(long v) throws SQLException {
            ps.setLong(next++, v);
            return this;
        }

        public Parameters add(double v) throws SQLException {
            ps.setDouble(next++, v);
            return this;
        }

        public Parameters add(String v) throws SQLException {
            ps.setString(next++, v);
            return this;
        }

        /** A nullable number: SQL NULL for null. */
        public Parameters addNullable(Double v) throws SQLException {
            if (v == null) {
                ps.setNull(next++, Types.DOUBLE);
            } else {
                ps.setDouble(next++, v);
            }
            return this;
        }
    }

    private final String what;
    private final String head;
    private final String row;
    private final String returning;
    private final int columns;

    /**
     * @param what     the rows, for error messages ("diary entries")
     * @param table    the table
     * @param columns  the columns the binder writes, in its order
     * @param returned the columns the returned key is made of (the generated {@code id} is always returned)
     */
    public MultiRowInsert(String what, String table, List<String> columns, List<String> returned) {
        if (columns.isEmpty() || columns.size() > MAX_COLUMNS) {
            throw new IllegalArgumentException("1 to " + MAX_COLUMNS + " columns, not " + columns.size());
        }
        this.what = what;
        this.columns = columns.size();
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.row = "(" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        this.returning = " RETURNING id, " + String.join(", ", returned);
    }

    /**
     * Inserts {@code rows} on {@code h}'s connection (the caller's transaction) and returns their ids in
     * the rows' order.
     */
    public long[] insert(Handle h, List<T> rows, Binder<? super T> bind, Function<? super T, String> key,
                         ReturnedKey returnedKey) {
        long[] ids = new long[rows.size()];
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder(head.length() + chunk.size() * (row.length() + 2) + returning.length())
                    .append(head);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(row);
            }
            sql.append(returning);
            Map<String, Deque<Integer>> index = new HashMap<>();
            int returnedRows = 0;
            try (PreparedStatement ps = h.getConnection().prepareStatement(sql.toString())) {
                Parameters p = new Parameters(ps);
                for (int i = 0; i < chunk.size(); i++) {
                    T r = chunk.get(i);
                    bind.bind(p, r);
                    index.computeIfAbsent(key.apply(r), k -> new ArrayDeque<>()).add(from + i);
                }
                if (p.next != chunk.size() * columns + 1) {
                    throw new IllegalStateException(what + ": " + (p.next - 1) + " parameters written for "
                            + chunk.size() + " rows of " + columns);
                }
                ps.execute();
                try (ResultSet rs = ps.getResultSet()) {
                    while (rs.next()) {
                        Deque<Integer> at = index.get(returnedKey.of(rs));
                        if (at == null || at.isEmpty()) {
                            throw new IllegalStateException("INSERT returned " + what + " it was not given");
                        }
                        ids[at.poll()] = rs.getLong("id");
                        returnedRows++;
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot insert " + what + ": " + e.getMessage(), e);
            }
            if (returnedRows != chunk.size()) {
                throw new IllegalStateException("INSERT of " + chunk.size() + " " + what + " returned " + returnedRows);
            }
        }
        return ids;
    }
}
