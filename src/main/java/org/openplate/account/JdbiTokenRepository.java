package org.openplate.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.openplate.storage.DataVersions;

/** {@link TokenRepository} over JDBI; every statement on a user's tokens filters by the user. */
final class JdbiTokenRepository implements TokenRepository {

    private static final String FIND = "SELECT t.*, u.email, r.role AS owner_role, %s AS owner_version FROM api_tokens t"
            + " JOIN users u ON u.id = t.user_id LEFT JOIN user_roles r ON r.user_id = t.user_id%s"
            + " WHERE t.token_hash = :hash AND t.revoked_at IS NULL";

    private final Jdbi jdbi;
    private final String findActive;

    /** Tokens are found without their owner's data version ({@link Found#dataVersion()} is -1). */
    JdbiTokenRepository(Jdbi jdbi) {
        this(jdbi, false);
    }

    /**
     * @param versionWithToken read the owner's data version with the token, in one statement (see
     *                         {@link JdbiAccountRepository#JdbiAccountRepository(Jdbi, boolean)}; not on Citus)
     */
    JdbiTokenRepository(Jdbi jdbi, boolean versionWithToken) {
        this.jdbi = jdbi;
        DataVersions.Read version = versionWithToken ? DataVersions.readWith("t.user_id") : DataVersions.Read.NONE;
        this.findActive = FIND.formatted(version.column(), version.join());
    }

    @Override
    public long insert(UserId user, String name, String hash, String prefix, String scopes, long now) {
        return jdbi.inTransaction(h -> h.createQuery("INSERT INTO api_tokens (user_id, name, token_hash, prefix, scopes,"
                        + " created_at) VALUES (:u, :name, :hash, :prefix, :scopes, :now) RETURNING id")
                .bind("u", user.value())
                .bind("name", name).bind("hash", hash).bind("prefix", prefix).bind("scopes", scopes).bind("now", now)
                .mapTo(Long.class).one());
    }

    @Override
    public List<ApiToken> list(UserId user) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM api_tokens WHERE user_id = :u ORDER BY created_at DESC,"
                + " id DESC").bind("u", user.value()).map((rs, ctx) -> token(rs)).list());
    }

    @Override
    public boolean revoke(UserId user, long id, long now) {
        return jdbi.inTransaction(h -> h.createUpdate("UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, :now)"
                + " WHERE id = :id AND user_id = :u").bind("now", now).bind("id", id).bind("u", user.value())
                .execute()) > 0;
    }

    /** An active token's row with its owner and one of the owner's roles (one row per role). */
    private record Row(ApiToken token, long userId, String email, String role, long version) {
    }

    @Override
    public Optional<Found> findActive(String hash) {
        List<Row> rows = jdbi.withHandle(h -> h.createQuery(findActive).bind("hash", hash)
                .map((rs, ctx) -> new Row(token(rs), rs.getLong("user_id"), rs.getString("email"),
                        rs.getString("owner_role"), rs.getLong("owner_version"))).list());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = Role.fromCodes(rows.stream().map(Row::role).toList());
        Row first = rows.get(0);
        return Optional.of(new Found(first.token(), new UserId(first.userId()), first.email(), roles, first.version()));
    }

    @Override
    public int count(long tokenId, long windowStart, int n) {
        return jdbi.inTransaction(h -> h.createQuery("INSERT INTO api_rate (token_id, window_start, requests)"
                        + " VALUES (:t, :w, :n) ON CONFLICT (token_id, window_start) DO UPDATE SET requests ="
                        + " api_rate.requests + :n RETURNING requests").bind("t", tokenId).bind("w", windowStart)
                .bind("n", n).mapTo(Integer.class).one());
    }

    @Override
    public void touch(String tokenHash, long now) {
        jdbi.useTransaction(h -> h.createUpdate("UPDATE api_tokens SET last_used_at = :now WHERE token_hash = :hash")
                .bind("now", now).bind("hash", tokenHash).execute());
    }

    @Override
    public int purgeWindowsBefore(long windowStart) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM api_rate WHERE window_start < :w").bind("w", windowStart)
                .execute());
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        Set<ApiToken.Scope> scopes = EnumSet.noneOf(ApiToken.Scope.class);
        Arrays.stream(rs.getString("scopes").split(",")).filter(s -> !s.isBlank())
                .forEach(s -> scopes.add(ApiToken.Scope.valueOf(s.trim().toUpperCase(Locale.ROOT))));
        return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"), scopes,
                Instant.ofEpochMilli(rs.getLong("created_at")), instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    @Override
    public int revokeAll(UserId user, long now) {
        return jdbi.inTransaction(h -> h.createUpdate("UPDATE api_tokens SET revoked_at = :now"
                        + " WHERE user_id = :user AND revoked_at IS NULL")
                .bind("now", now).bind("user", user.value()).execute());
    }
}
