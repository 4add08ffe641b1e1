package org.openplate.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.openplate.storage.DataVersions;
import org.openplate.storage.PlainReads;

/** {@link AccountRepository} over JDBI; the same SQL runs on SQLite and PostgreSQL. */
public final class JdbiAccountRepository implements AccountRepository {

    private static final String SESSION = "SELECT s.token_hash, s.user_id, u.email, s.csrf_token, s.expires_at, r.role,"
            + " COALESCE(s.last_seen_at, s.created_at), %s FROM sessions s"
            + " JOIN users u ON u.id = s.user_id"
            + " LEFT JOIN user_roles r ON r.user_id = s.user_id%s"
            + " WHERE s.token_hash = ? AND s.expires_at > ?";

    private final Jdbi jdbi;
    private final ThrottleStore throttle;
    private final String findSession;

    /** Sessions are found without the user's data version ({@link SessionRow#dataVersion()} is -1). */
    public JdbiAccountRepository(Jdbi jdbi) {
        this(jdbi, false);
    }

    /**
     * @param versionWithSession read the user's data version (see {@link DataVersions})
     *                           in the same statement as the session, saving the request that reads a kept
     *                           view a statement of its own. Not on Citus, where sessions are distributed by
     *                           their hash and the versions by user, so the join would not run on one shard.
     */
    public JdbiAccountRepository(Jdbi jdbi, boolean versionWithSession) {
        this.jdbi = jdbi;
        this.throttle = new JdbiThrottleStore(jdbi);
        DataVersions.Read version = versionWithSession ? DataVersions.readWith("s.user_id") : DataVersions.Read.NONE;
        this.findSession = SESSION.formatted(version.column(), version.join());
    }

    @Override
    public UserId insertUser(String email, String passwordHash, Instant createdAt) {
        long id = jdbi.inTransaction(h -> h.createQuery(
                        "INSERT INTO users (email, password_hash, created_at) VALUES (:email, :hash, :at) RETURNING id")
                .bind("email", email).bind("hash", passwordHash).bind("at", createdAt.toEpochMilli())
                .mapTo(Long.class).one());
        return new UserId(id);
    }

    @Override
    public Optional<Credentials> findCredentials(String email) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, email, password_hash FROM users WHERE email = :email")
                .bind("email", email)
                .map((rs, ctx) -> new Credentials(new UserId(rs.getLong(1)), rs.getString(2), rs.getString(3)))
                .findOne());
    }

    @Override
    public Optional<Credentials> findCredentials(UserId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, email, password_hash FROM users WHERE id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> new Credentials(new UserId(rs.getLong(1)), rs.getString(2), rs.getString(3)))
                .findOne());
    }

    @Override
    public Optional<User> findUser(UserId id) {
        return jdbi.withHandle(h -> findUserWhere(h, "id = :v", id.value()));
    }

    @Override
    public Optional<User> findUserByEmail(String email) {
        return jdbi.withHandle(h -> findUserWhere(h, "email = :v", email));
    }

    private static Optional<User> findUserWhere(Handle h, String where, Object value) {
        record Row(long id, String email, long createdAt) {
        }
        Optional<Row> row = h.createQuery("SELECT id, email, created_at FROM users WHERE " + where)
                .bind("v", value)
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .findOne();
        return row.map(r -> new User(new UserId(r.id()), r.email(), Instant.ofEpochMilli(r.createdAt()),
                roles(h, r.id())));
    }

    private static Set<Role> roles(Handle h, long userId) {
        List<String> codes = h.createQuery("SELECT role FROM user_roles WHERE user_id = :id")
                .bind("id", userId).mapTo(String.class).list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        codes.forEach(c -> Role.fromCode(c).ifPresent(roles::add));
        return roles;
    }

    @Override
    public void updatePasswordHash(UserId id, String passwordHash) {
        jdbi.useTransaction(h -> h.createUpdate("UPDATE users SET password_hash = :hash WHERE id = :id")
                .bind("hash", passwordHash).bind("id", id.value()).execute());
    }

    @Override
    public boolean deleteUser(UserId id) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM users WHERE id = :id")
                .bind("id", id.value()).execute()) == 1;
    }

    @Override
    public void grantRole(UserId id, Role role) {
        jdbi.useTransaction(h -> h.createUpdate(
                        "INSERT INTO user_roles (user_id, role) VALUES (:id, :role) ON CONFLICT DO NOTHING")
                .bind("id", id.value()).bind("role", role.code()).execute());
    }

    @Override
    public void revokeRole(UserId id, Role role) {
        jdbi.useTransaction(h -> h.createUpdate("DELETE FROM user_roles WHERE user_id = :id AND role = :role")
                .bind("id", id.value()).bind("role", role.code()).execute());
    }

    @Override
    public void insertSession(String tokenHash, String publicId, String device, UserId userId, String csrfToken,
                              Instant createdAt, Instant expiresAt) {
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO sessions (token_hash, public_id, device, user_id, csrf_token,"
                        + " created_at, expires_at, last_seen_at) VALUES (:hash, :pid, :device, :user, :csrf, :created,"
                        + " :expires, :created)")
                .bind("hash", tokenHash).bind("pid", publicId).bind("device", device).bind("user", userId.value()).bind("csrf", csrfToken)
                .bind("created", createdAt.toEpochMilli()).bind("expires", expiresAt.toEpochMilli()).execute());
    }

    @Override
    public Optional<SessionRow> findSession(String tokenHash, Instant now) {
        record Row(String hash, long user, String email, String csrf, long expires, String role, long seen, long version) {
        }
        // every signed-in request runs this: plain JDBC, without JDBI's per-statement machinery (PlainReads)
        List<Row> rows = jdbi.withHandle(h -> PlainReads.query(h, findSession, st -> {
            st.setString(1, tokenHash);
            st.setLong(2, now.toEpochMilli());
        }, rs -> {
            List<Row> out = new java.util.ArrayList<>(1);
            while (rs.next()) {
                out.add(new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6), rs.getLong(7), rs.getLong(8)));
            }
            return out;
        }));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = Role.fromCodes(rows.stream().map(Row::role).toList());
        Row r = rows.get(0);
        return Optional.of(new SessionRow(r.hash(), new UserId(r.user()), r.email(), r.csrf(),
                Instant.ofEpochMilli(r.expires()), roles, Instant.ofEpochMilli(r.seen()), r.version()));
    }

    @Override
    public void extendSession(String tokenHash, Instant expiresAt) {
        jdbi.useTransaction(h -> h.createUpdate("UPDATE sessions SET expires_at = :expires WHERE token_hash = :hash")
                .bind("expires", expiresAt.toEpochMilli()).bind("hash", tokenHash).execute());
    }

    @Override
    public void deleteSession(String tokenHash) {
        jdbi.useTransaction(h -> h.createUpdate("DELETE FROM sessions WHERE token_hash = :hash")
                .bind("hash", tokenHash).execute());
    }

    @Override
    public void deleteSessionsOf(UserId userId, String keepTokenHash) {
        jdbi.useTransaction(h -> h.createUpdate("DELETE FROM sessions WHERE user_id = :user AND token_hash <> :keep")
                .bind("user", userId.value()).bind("keep", keepTokenHash == null ? "" : keepTokenHash).execute());
    }

    @Override
    public int deleteExpiredSessions(Instant now) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM sessions WHERE expires_at <= :now")
                .bind("now", now.toEpochMilli()).execute());
    }

    @Override
    public ThrottleStore throttleStore() {
        return throttle;
    }

    @Override
    public void insertDevice(String tokenHash, UserId userId, Instant createdAt, Instant expiresAt) {
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO known_devices (token_hash, user_id, created_at, expires_at)"
                        + " VALUES (:hash, :user, :created, :expires)")
                .bind("hash", tokenHash).bind("user", userId.value()).bind("created", createdAt.toEpochMilli())
                .bind("expires", expiresAt.toEpochMilli()).execute());
    }

    @Override
    public Optional<UserId> deviceOwner(String tokenHash, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT user_id FROM known_devices"
                        + " WHERE token_hash = :hash AND expires_at > :now")
                .bind("hash", tokenHash).bind("now", now.toEpochMilli()).mapTo(Long.class).findOne()
                .map(UserId::new));
    }

    @Override
    public void deleteDevice(String tokenHash) {
        jdbi.useTransaction(h -> h.createUpdate("DELETE FROM known_devices WHERE token_hash = :hash")
                .bind("hash", tokenHash).execute());
    }

    @Override
    public void deleteDevicesOf(UserId userId) {
        jdbi.useTransaction(h -> h.createUpdate("DELETE FROM known_devices WHERE user_id = :user")
                .bind("user", userId.value()).execute());
    }

    @Override
    public int deleteExpiredDevices(Instant now) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM known_devices WHERE expires_at <= :now")
                .bind("now", now.toEpochMilli()).execute());
    }

    @Override
    public List<SessionSummary> listSessions(UserId userId, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT token_hash, public_id, device, created_at, last_seen_at"
                        + " FROM sessions WHERE user_id = :user AND expires_at > :now"
                        + " ORDER BY COALESCE(last_seen_at, created_at) DESC, created_at DESC")
                .bind("user", userId.value()).bind("now", now.toEpochMilli())
                .map((rs, ctx) -> {
                    long created = rs.getLong(4);
                    long seen = rs.getLong(5);
                    return new SessionSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                            Instant.ofEpochMilli(created), Instant.ofEpochMilli(rs.wasNull() ? created : seen));
                })
                .list());
    }

    @Override
    public boolean deleteSession(UserId userId, String publicId) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM sessions WHERE user_id = :user AND public_id = :id")
                .bind("user", userId.value()).bind("id", publicId).execute()) == 1;
    }

    @Override
    public void touchSession(String tokenHash, Instant lastSeenAt) {
        jdbi.useTransaction(h -> h.createUpdate("UPDATE sessions SET last_seen_at = :at WHERE token_hash = :hash")
                .bind("at", lastSeenAt.toEpochMilli()).bind("hash", tokenHash).execute());
    }

    @Override
    public void setFlash(String tokenHash, String text) {
        jdbi.useTransaction(h -> h.createUpdate("UPDATE sessions SET flash = :text WHERE token_hash = :hash")
                .bind("text", text).bind("hash", tokenHash).execute());
    }

    @Override
    public Optional<String> takeFlash(String tokenHash) {
        // Read, then cleared only if still the same (compare-and-set): of two requests at once, on any
        // instances, only the one whose UPDATE changes the row shows it.
        return jdbi.inTransaction(h -> h.createQuery("SELECT flash FROM sessions WHERE token_hash = :hash"
                        + " AND flash IS NOT NULL").bind("hash", tokenHash).mapTo(String.class).findOne()
                .filter(text -> h.createUpdate("UPDATE sessions SET flash = NULL WHERE token_hash = :hash"
                        + " AND flash = :text").bind("hash", tokenHash).bind("text", text).execute() == 1));
    }
}
