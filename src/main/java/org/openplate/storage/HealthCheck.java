package org.openplate.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Is the database reachable and writable? Reachability is a trivial query (on PostgreSQL over a
 * separate one-connection pool with ~1-2 s timeouts, so it never waits behind the main pool); the
 * write check upserts one heartbeat row at most every {@link #WRITE_EVERY_MS}, which fails on a full
 * disk, a read-only file or corrupt pages. Results are cached for a second.
 */
public final class HealthCheck implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HealthCheck.class);
    static final long WRITE_EVERY_MS = 10_000;
    static final long CACHE_MS = 1_000;

    /** @param problem plain words for the operator, or null when all is well */
    public record Status(boolean reachable, boolean writable, String problem) {
    }

    private final DataSource main;
    private final HikariDataSource quick;
    private final Dialect dialect;
    /** The last answer and when it was worked out, read without a lock while it is fresh. */
    private record Checked(Status status, long at) {
    }

    private volatile Checked last;
    private long lastWriteAt;
    private String writeProblem;
    /** A damaged file found by the background integrity check (SQLite), reported until a restart. */
    private volatile String damage;

    HealthCheck(DataSource main, Dialect dialect, HikariDataSource quick) {
        this.main = main;
        this.dialect = dialect;
        this.quick = quick;
    }

    /**
     * The database's state, checked at most once a second. Load balancers call this often and from many
     * connections at once, so a fresh answer is read without taking a lock; only the caller that finds it
     * stale checks again, and the others wait for that one check.
     */
    public Status status() {
        Checked seen = last;
        if (seen != null && System.currentTimeMillis() - seen.at() < CACHE_MS) {
            return seen.status();
        }
        return refresh();
    }

    private synchronized Status refresh() {
        long now = System.currentTimeMillis();
        Checked before = last;
        if (before != null && now - before.at() < CACHE_MS) {
            return before.status();
        }
        Status s = check(now);
        if (before == null || !s.equals(before.status())) {
            if (s.problem() != null) {
                LOG.error("database health: {}", s.problem());
            } else if (before != null) {
                LOG.info("database health: reachable and writable again");
            }
        }
        last = new Checked(s, now);
        return s;
    }

    /** Reports the database as damaged from now on (what the operator should do is in the words). */
    void damaged(String problem) {
        damage = problem;
        LOG.error("database health: {}", problem);
    }

    private Status check(long now) {
        if (damage != null) {
            return new Status(true, false, damage);
        }
        try (Connection c = (quick != null ? quick : main).getConnection(); Statement st = c.createStatement()) {
            st.setQueryTimeout(2);
            st.executeQuery("SELECT 1").close();
        } catch (SQLException | RuntimeException e) {
            lastWriteAt = 0;
            return new Status(false, false, "database unreachable: " + Database.rootMessage(e));
        }
        if (writeProblem != null || now - lastWriteAt >= WRITE_EVERY_MS) {
            writeProblem = writeHeartbeat(now);
            lastWriteAt = now;
        }
        return new Status(true, writeProblem == null, writeProblem == null ? null
                : "database not writable: " + writeProblem);
    }

    private String writeHeartbeat(long now) {
        // Through the health pool where there is one, like the probe: /health never queues behind the main
        // pool, whose connections come back only gradually after an outage (its creation backs off).
        try (Connection c = (quick != null ? quick : main).getConnection(); Statement st = c.createStatement()) {
            st.setQueryTimeout(quick != null ? 2 : 5);
            // health_heartbeat: created by migration V11
            st.execute("INSERT INTO health_heartbeat (id, beat_at) VALUES (1, " + now + ")"
                    + " ON CONFLICT (id) DO UPDATE SET beat_at = excluded.beat_at");
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return null;
        } catch (SQLException | RuntimeException e) {
            return dialect == Dialect.SQLITE && e instanceof SQLException sql ? SqlitePreflight.explain(sql)
                    : Database.rootMessage(e);
        }
    }

    @Override
    public void close() {
        if (quick != null) {
            quick.close();
        }
    }
}
