package org.openplate.account;

import java.time.Instant;
import java.util.Optional;

/** Storage port for accounts, roles, sessions and failed sign-ins. */
public interface AccountRepository {

    /** A stored account with its hash, for authentication only. */
    record Credentials(UserId id, String email, String passwordHash) {
    }

    /** A session row joined with its user's email and roles (one query per request). */
    record SessionRow(String tokenHash, UserId userId, String email, String csrfToken, Instant expiresAt,
                      java.util.Set<Role> roles) {
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

    void insertSession(String tokenHash, UserId userId, String csrfToken, Instant createdAt, Instant expiresAt);

    Optional<SessionRow> findSession(String tokenHash, Instant now);

    void extendSession(String tokenHash, Instant expiresAt);

    void deleteSession(String tokenHash);

    /** Signs the user out everywhere except, optionally, the session with {@code keepTokenHash}. */
    void deleteSessionsOf(UserId userId, String keepTokenHash);

    int deleteExpiredSessions(Instant now);

    void recordLoginFailure(String email, String ip, Instant at);

    /** Failures for the email since {@code since}, oldest first. */
    FailureWindow failuresForEmail(String email, Instant since);

    FailureWindow failuresFromIp(String ip, Instant since);

    void clearLoginFailures(String email);

    int deleteLoginFailuresBefore(Instant before);

    /** Count of failures in a window and the time of the oldest one (null when none). */
    record FailureWindow(int count, Instant oldest) {
    }
}
