package org.openplate.account;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link ThrottleStore} in the database: one {@code INSERT ... ON CONFLICT ... DO UPDATE ...
 * RETURNING} per claim, identical on SQLite and PostgreSQL. Inside {@code DO UPDATE} both
 * databases evaluate every expression against the row as it was, under a row (PostgreSQL) or
 * database (SQLite) write lock, so the check and the count are one atomic step.
 */
final class JdbiThrottleStore implements ThrottleStore {

    private final Jdbi jdbi;
    private final Map<String, String> sqlByPolicy = new ConcurrentHashMap<>();

    JdbiThrottleStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static String claimSql(ThrottlePolicy p) {
        String reset = "login_throttle.last_at <= :resetBefore";
        String admit = "(login_throttle.hits < :free OR login_throttle.last_at + ("
                + p.delaySql("login_throttle.hits") + ") <= :now)";
        return "INSERT INTO login_throttle (bucket, hits, last_at, claim) VALUES (:bucket, 1, :now, :claim)"
                + " ON CONFLICT (bucket) DO UPDATE SET"
                + " hits = CASE WHEN " + reset + " THEN 1 WHEN " + admit
                + " THEN login_throttle.hits + 1 ELSE login_throttle.hits END,"
                + " last_at = CASE WHEN " + reset + " OR " + admit + " THEN :now ELSE login_throttle.last_at END,"
                + " claim = CASE WHEN " + reset + " OR " + admit + " THEN :claim ELSE login_throttle.claim END"
                + " RETURNING hits, last_at, claim";
    }

    @Override
    public Counter claim(String bucket, ThrottlePolicy policy, long nowMillis, String claimId) {
        String sql = sqlByPolicy.computeIfAbsent(policy.name(), n -> claimSql(policy));
        return jdbi.withHandle(h -> h.createQuery(sql)
                .bind("bucket", bucket).bind("now", nowMillis).bind("claim", claimId).bind("free", policy.free())
                .bind("resetBefore", nowMillis - policy.resetAfter().toMillis())
                .map((rs, ctx) -> new Counter(claimId.equals(rs.getString(3)), rs.getInt(1), rs.getLong(2)))
                .one());
    }

    @Override
    public void refund(String bucket, String claimId) {
        jdbi.useTransaction(h -> h.createUpdate("UPDATE login_throttle SET hits = hits - 1"
                        + " WHERE bucket = :bucket AND claim = :claim AND hits > 0")
                .bind("bucket", bucket).bind("claim", claimId).execute());
    }

    @Override
    public void forgive(String bucket) {
        jdbi.useTransaction(h -> h.createUpdate("UPDATE login_throttle SET hits = hits - 1 WHERE bucket = :bucket AND hits > 0")
                .bind("bucket", bucket).execute());
    }

    @Override
    public void clear(String bucket) {
        jdbi.useTransaction(h -> h.createUpdate("DELETE FROM login_throttle WHERE bucket = :bucket")
                .bind("bucket", bucket).execute());
    }

    @Override
    public int purgeBefore(long millis) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM login_throttle WHERE last_at < :before")
                .bind("before", millis).execute());
    }
}
