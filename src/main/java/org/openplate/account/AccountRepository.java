package org.openplate.account;

import java.time.Instant;
import java.util.Optional;

/** Storage port for accounts, roles, sessions, known devices and sign-in counters. */
interface AccountRepository {

    /** A stored account with its hash, for authentication only. */
    record Credentials(UserId id, String email, String passwordHash) {
    }

    /**
     * A session row joined with its user's email, roles and (where the repository reads it with the session)
     * data version, -1 when not read (one query per request).
     */
    record SessionRow(String tokenHash, UserId userId, String email, String csrfToken, Instant expiresAt,
                      java.util.Set<Role> roles, Instant lastSeenAt, long dataVersion) {
    }

    UserId insertUser(String email, String passwordHash, Instant createdAt);

    Optional<Credentials> findCredentials(String email);

    Optional<Credentials> findCredentials(UserId id);

    Optional<User> findUser(UserId id);

    Optional<User> findUserByEmail(String email);

    void updatePasswordHash(UserId id, String passwordHash);

    /** Deletes the account; everything owned by it goes with it (ON DELETE CASCADE). */
    boolean deleteUser(UserId id);

    void grantRole(UserId id, Role role);

    void revokeRole(UserId id, Role role);

    void insertSession(String tokenHash, String publicId, String device, UserId userId, String csrfToken,
                       Instant createdAt, Instant expiresAt);

    Optional<SessionRow> findSession(String tokenHash, Instant now);

    void extendSession(String tokenHash, Instant expiresAt);

    void deleteSession(String tokenHash);

    /** Keeps a one-time message with the session (replacing any earlier one). */
    void setFlash(String tokenHash, String text);

    /** The session's one-time message, cleared in the same statement so that only one request gets it. */
    Optional<String> takeFlash(String tokenHash);

    /** Signs the user out everywhere except, optionally, the session with {@code keepTokenHash}. */
    void deleteSessionsOf(UserId userId, String keepTokenHash);

    int deleteExpiredSessions(Instant now);

    /** The atomic attempt counters used by the sign-in throttle. */
    ThrottleStore throttleStore();

    /** Remembers a browser that signed in to the account ("device cookie"), by the SHA-256 of its token. */
    void insertDevice(String tokenHash, UserId userId, Instant createdAt, Instant expiresAt);

    /** The account a live device token belongs to. */
    Optional<UserId> deviceOwner(String tokenHash, Instant now);

    void deleteDevice(String tokenHash);

    void deleteDevicesOf(UserId userId);

    int deleteExpiredDevices(Instant now);

    /** A session as listed to its owner; {@code tokenHash} stays inside the account feature. */
    record SessionSummary(String tokenHash, String publicId, String device, Instant createdAt, Instant lastSeenAt) {
    }

    java.util.List<SessionSummary> listSessions(UserId userId, Instant now);

    /** Ends one of the user's sessions; false when the user has no such session. */
    boolean deleteSession(UserId userId, String publicId);

    void touchSession(String tokenHash, Instant lastSeenAt);
}
