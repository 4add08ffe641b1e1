package org.openplate.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.openplate.common.BadInputException;
import org.openplate.common.ConflictException;
import org.openplate.common.NotFoundException;
import org.openplate.common.UnauthorizedException;

/** Sign-up, sign-in, sessions, password changes, roles and account deletion. */
public final class AccountService {

    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 128;
    public static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final AccountRepository repository;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final Duration sessionTtl;
    /**
     * Verified against when the email is unknown, so both paths take the same time. Computed off
     * the start-up path (one Argon2id hash costs ~150 ms).
     */
    private final java.util.concurrent.CompletableFuture<String> dummyHash;

    public AccountService(AccountRepository repository, PasswordHasher hasher, Clock clock, Duration sessionTtl) {
        this.repository = repository;
        this.hasher = hasher;
        this.throttle = new LoginThrottle(repository, clock);
        this.clock = clock;
        this.sessionTtl = sessionTtl;
        this.dummyHash = java.util.concurrent.CompletableFuture.supplyAsync(() -> hasher.hash(Tokens.random()));
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /** Creates the account. The password is hashed with Argon2id; the email must be new. */
    public User signUp(String rawEmail, String password) {
        String email = validEmail(rawEmail);
        validPassword("password", password);
        if (repository.findCredentials(email).isPresent()) {
            throw new ConflictException("email", "An account with this email already exists. Sign in instead.");
        }
        UserId id;
        try {
            id = repository.insertUser(email, hasher.hash(password), clock.instant());
        } catch (UnableToExecuteStatementException e) {
            // Lost a race with a simultaneous sign-up for the same email (unique constraint).
            throw new ConflictException("email", "An account with this email already exists. Sign in instead.");
        }
        return repository.findUser(id).orElseThrow();
    }

    /** Checks the password (subject to the failed-attempt limits) and opens a session. */
    public Session signIn(String rawEmail, String password, String ip) {
        String email = normalizeEmail(rawEmail);
        if (email.isEmpty()) {
            throw new BadInputException("email", "Enter your email address.");
        }
        throttle.check(email, ip);
        Optional<AccountRepository.Credentials> creds = repository.findCredentials(email);
        boolean ok = hasher.verify(password == null ? "" : password,
                creds.map(AccountRepository.Credentials::passwordHash).orElseGet(dummyHash::join));
        if (creds.isEmpty() || !ok) {
            throttle.failed(email, ip);
            throw new UnauthorizedException("password", "That email and password do not match an account.");
        }
        throttle.succeeded(email);
        return startSession(creds.get().id());
    }

    /** Opens a new session for the user (after sign-up or sign-in). */
    public Session startSession(UserId userId) {
        String token = Tokens.random();
        String csrf = Tokens.random();
        Instant now = clock.instant();
        Instant expires = now.plus(sessionTtl);
        repository.insertSession(Tokens.sha256(token), userId, csrf, now, expires);
        User user = repository.findUser(userId).orElseThrow();
        return new Session(token, userId, user.email(), csrf, expires, user.roles());
    }

    /** The live session for a cookie value; slides the expiry forward when half of it is used. */
    public Optional<Session> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(token);
        Instant now = clock.instant();
        return repository.findSession(hash, now).map(row -> {
            Instant expires = row.expiresAt();
            if (Duration.between(now, expires).compareTo(sessionTtl.dividedBy(2)) < 0) {
                expires = now.plus(sessionTtl);
                repository.extendSession(hash, expires);
            }
            return new Session(token, row.userId(), row.email(), row.csrfToken(), expires, row.roles());
        });
    }

    public void signOut(String token) {
        if (token != null && !token.isBlank()) {
            repository.deleteSession(Tokens.sha256(token));
        }
    }

    /** Changes the password and signs out every other session of the user. */
    public void changePassword(UserId userId, String currentToken, String current, String replacement) {
        AccountRepository.Credentials creds = repository.findCredentials(userId)
                .orElseThrow(() -> new NotFoundException("No such account."));
        if (!hasher.verify(current == null ? "" : current, creds.passwordHash())) {
            throw new BadInputException("currentPassword", "Your current password is not correct.");
        }
        validPassword("newPassword", replacement);
        repository.updatePasswordHash(userId, hasher.hash(replacement));
        repository.deleteSessionsOf(userId, currentToken == null ? null : Tokens.sha256(currentToken));
    }

    /** Deletes the account and all of its data, after the password is confirmed. */
    public void deleteAccount(UserId userId, String password) {
        AccountRepository.Credentials creds = repository.findCredentials(userId)
                .orElseThrow(() -> new NotFoundException("No such account."));
        if (!hasher.verify(password == null ? "" : password, creds.passwordHash())) {
            throw new BadInputException("password", "Your password is not correct; the account was not deleted.");
        }
        repository.deleteUser(userId);
    }

    public Optional<User> user(UserId id) {
        return repository.findUser(id);
    }

    public User grantRole(String rawEmail, Role role) {
        User user = repository.findUserByEmail(normalizeEmail(rawEmail))
                .orElseThrow(() -> new NotFoundException("No account with email " + normalizeEmail(rawEmail)));
        repository.grantRole(user.id(), role);
        return repository.findUser(user.id()).orElseThrow();
    }

    public User revokeRole(String rawEmail, Role role) {
        User user = repository.findUserByEmail(normalizeEmail(rawEmail))
                .orElseThrow(() -> new NotFoundException("No account with email " + normalizeEmail(rawEmail)));
        repository.revokeRole(user.id(), role);
        return repository.findUser(user.id()).orElseThrow();
    }

    /** Removes expired sessions; run periodically. */
    public int purgeExpiredSessions() {
        return repository.deleteExpiredSessions(clock.instant());
    }

    private static String validEmail(String raw) {
        String email = normalizeEmail(raw);
        if (email.isEmpty() || email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            throw new BadInputException("email", "Enter a valid email address (up to " + MAX_EMAIL + " characters).");
        }
        return email;
    }

    private static void validPassword(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new BadInputException(field, "Choose a password of " + MIN_PASSWORD + " to " + MAX_PASSWORD
                    + " characters.");
        }
        if (password.isBlank()) {
            throw new BadInputException(field, "A password cannot be only spaces.");
        }
    }
}
