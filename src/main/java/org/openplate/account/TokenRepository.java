package org.openplate.account;

import java.util.List;
import java.util.Optional;

/** Storage port for API tokens and their per-minute request counts. */
interface TokenRepository {

    long insert(UserId user, String name, String hash, String prefix, String scopes, long now);

    List<ApiToken> list(UserId user);

    /** Marks the user's token revoked; false when the user has no such token. */
    boolean revoke(UserId user, long id, long now);

    /** Revokes every active token of the user; returns how many. */
    int revokeAll(UserId user, long now);

    /** The active token with this hash, with its owner's e-mail and roles. */
    Optional<Found> findActive(String hash);

    /** Counts {@code n} requests in the window; returns the requests in it so far (these included). */
    int count(long tokenId, long windowStart, int n);

    /** Records when the token was last used; by its hash, the key it is found (and, on Citus, sharded) by. */
    void touch(String tokenHash, long now);

    int purgeWindowsBefore(long windowStart);

    /** An active token with its owner; {@code dataVersion} is the owner's data version, -1 when not read with it. */
    record Found(ApiToken token, UserId userId, String email, java.util.Set<Role> roles, long dataVersion) {
    }
}
