package org.openplate.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;
import org.sqlite.core.CoreStatement;
import org.sqlite.core.DB;

/**
 * Keeps SQLite's prepared statements open per connection and reuses them, so a request no longer
 * compiles each of its SQL statements again. Compiling (sqlite3_prepare) cost more CPU than running
 * the day summary's statements (docs/benchmarks.md, "Where the time goes").
 *
 * <p>Each physical connection keeps at most {@link #PER_CONNECTION} statements, least recently used
 * first out. A statement is taken out of the cache while in use, so the same SQL running twice at once
 * on one connection gets a second, uncached statement. On the way back its parameters are cleared and
 * its result set closed, which resets it (no read snapshot is held between uses). A statement that
 * failed, or whose connection closed, is dropped instead. Statements are prepared on the pool's
 * physical connection, so the pool does not close them when the connection goes back to it; they are
 * closed with the connection (SQLite finalises them) or when they fall out of the cache.
 *
 * <p>SQLite only: PostgreSQL's driver already keeps server-side prepared statements per connection.
 */
final class CachedStatements implements StatementBuilderFactory {

    static final int PER_CONNECTION = 128;

    /**
     * Per physical connection (by identity). A connection the pool has retired is closed, and its entry
     * goes when the next new connection comes in (the pool opens one to replace it).
     */
    private final Map<Connection, Cache> caches = new java.util.IdentityHashMap<>();

    @Override
    public StatementBuilder createStatementBuilder(Connection conn) {
        Connection physical = physical(conn);
        if (physical == null) {
            return new DefaultStatementBuilder();
        }
        Cache cache;
        synchronized (caches) {
            cache = caches.get(physical);
            if (cache == null) {
                caches.keySet().removeIf(CachedStatements::closed);
                cache = new Cache();
                caches.put(physical, cache);
            }
        }
        return new Builder(physical, cache);
    }

    /** How many statements are cached over all connections now, and for how many connections (for tests). */
    int[] cached() {
        synchronized (caches) {
            return new int[] {caches.values().stream().mapToInt(Cache::size).sum(), caches.size()};
        }
    }

    private static boolean closed(Connection c) {
        try {
            return c.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private static Connection physical(Connection conn) {
        try {
            return conn.isWrapperFor(org.sqlite.SQLiteConnection.class)
                    ? conn.unwrap(org.sqlite.SQLiteConnection.class) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    /**
     * The SQL and how it was prepared: the same text prepared for an updatable result is another statement.
     * (Nothing asks for generated keys: the connections are opened without them, see Database.)
     */
    private record Key(String sql, boolean updatable) {
    }

    /** One connection's statements by key, least recently returned first; used by one thread at a time. */
    private static final class Cache {
        private final LinkedHashMap<Key, ArrayDeque<PreparedStatement>> idle = new LinkedHashMap<>(64, 0.75f, true);
        private int count;

        synchronized PreparedStatement take(Key key) {
            ArrayDeque<PreparedStatement> q = idle.get(key);
            while (q != null && !q.isEmpty()) {
                PreparedStatement st = q.pollLast();
                count--;
                if (q.isEmpty()) {
                    idle.remove(key);
                }
                if (open(st)) {
                    return st;
                }
            }
            return null;
        }

        /** Keeps the statement for the next use; true if kept, false if the caller must close it. */
        synchronized boolean put(Key key, PreparedStatement st) {
            ArrayDeque<PreparedStatement> q = idle.computeIfAbsent(key, k -> new ArrayDeque<>(1));
            if (!q.isEmpty()) {
                return false;   // one idle statement per SQL is enough
            }
            q.addLast(st);
            count++;
            while (count > PER_CONNECTION) {
                Iterator<Map.Entry<Key, ArrayDeque<PreparedStatement>>> eldest = idle.entrySet().iterator();
                ArrayDeque<PreparedStatement> old = eldest.next().getValue();
                eldest.remove();
                for (PreparedStatement s : old) {
                    count--;
                    quietlyClose(s);
                }
            }
            return true;
        }

        synchronized int size() {
            return count;
        }
    }

    static final class Builder implements StatementBuilder {
        private final Connection physical;
        private final Cache cache;
        private final DefaultStatementBuilder plain = new DefaultStatementBuilder();
        /** The key each statement handed out was made for, until it comes back. */
        private final Map<Statement, Key> out = new java.util.IdentityHashMap<>();

        Builder(Connection physical, Cache cache) {
            this.physical = physical;
            this.cache = cache;
        }

        @Override
        public Statement create(Connection conn, StatementContext ctx) throws SQLException {
            return plain.create(conn, ctx);
        }

        @Override
        public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
            Key key = new Key(sql, ctx.isConcurrentUpdatable());
            PreparedStatement st = cache.take(key);
            if (st == null) {
                st = physical.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                        key.updatable() ? ResultSet.CONCUR_UPDATABLE : ResultSet.CONCUR_READ_ONLY);
            }
            out.put(st, key);
            return st;
        }

        /** A compiled plain statement for {@code sql}, from the cache or new, for {@link PlainReads}. */
        PreparedStatement take(String sql) throws SQLException {
            PreparedStatement st = cache.take(new Key(sql, false));
            return st != null ? st
                    : physical.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        }

        /** Gives back a statement from {@link #take}: kept again if it resets cleanly, else closed. */
        void giveBack(String sql, PreparedStatement st) {
            if (!reset(st) || !cache.put(new Key(sql, false), st)) {
                quietlyClose(st);
            }
        }

        @Override
        public java.sql.CallableStatement createCall(Connection conn, String sql, StatementContext ctx)
                throws SQLException {
            return plain.createCall(conn, sql, ctx);
        }

        @Override
        public void close(Connection conn, String sql, Statement stmt) throws SQLException {
            Key key = out.remove(stmt);
            if (key == null || !(stmt instanceof PreparedStatement ps) || !reset(ps) || !cache.put(key, ps)) {
                stmt.close();
            }
        }

        @Override
        public void close(Connection conn) {
            // Statements still out were not given back (an error path): close them rather than cache them.
            for (Statement s : out.keySet()) {
                quietlyClose(s);
            }
            out.clear();
        }
    }

    /**
     * Clears the parameters, closes any open result set and resets the statement, which ends its read; false
     * if it cannot be reused. The result set is closed with {@code getMoreResults}, not through
     * {@code getResultSet()}: the driver answers that by reading every column's name again (about 2.5 % of a built
     * day summary's CPU, docs/benchmarks.md, twelfth round) and then opens a result set that was
     * already closed. A statement stepped but never read has no result set open, so it is reset as well.
     */
    private static boolean reset(PreparedStatement ps) {
        try {
            if (ps.isClosed()) {
                return false;
            }
            ps.clearParameters();
            ps.clearBatch();
            ps.getMoreResults(Statement.CLOSE_CURRENT_RESULT);
            if (ps instanceof CoreStatement core) {
                core.pointer.safeRunInt(DB::reset);
            }
            ps.setFetchSize(0);
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static boolean open(PreparedStatement st) {
        try {
            return !st.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    private static void quietlyClose(Statement s) {
        try {
            s.close();
        } catch (SQLException | RuntimeException ignored) {
            // already finalised with its connection
        }
    }
}
