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

    public static final int MIN_PASSWORD = PasswordStrength.MIN_LENGTH;
    public static final int MAX_PASSWORD = PasswordStrength.MAX_LENGTH;
    /** How long a browser stays "known" after it signed in (the device cookie's lifetime). */
    public static final Duration DEVICE_TTL = Duration.ofDays(365);
    /** Last-seen times are written at most this often per session. */
    static final Duration SEEN_RESOLUTION = Duration.ofMinutes(5);
    public static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final AccountRepository repository;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final Duration sessionTtl;
    private final java.util.function.Consumer<UserId> revokeApiTokens;
    /** Verified against when the email is unknown, so both paths take the same time ({@link PasswordHasher#decoy}). */
    private final String decoyHash;

    public AccountService(AccountRepository repository, PasswordHasher hasher, Clock clock, Duration sessionTtl) {
        this(repository, hasher, clock, sessionTtl, user -> { });
    }

    /** {@code revokeApiTokens} revokes every API token of a user (after a password change, when asked). */
    public AccountService(AccountRepository repository, PasswordHasher hasher, Clock clock, Duration sessionTtl,
                          java.util.function.Consumer<UserId> revokeApiTokens) {
        this.repository = repository;
        this.hasher = hasher;
        this.throttle = new LoginThrottle(repository.throttleStore(), clock);
        this.clock = clock;
        this.sessionTtl = sessionTtl;
        this.revokeApiTokens = revokeApiTokens;
        this.decoyHash = hasher.decoy();
        // zxcvbn's dictionaries take 0.1-0.9 s to load: once, in the background a little after start-up,
        // so neither start-up nor the first sign-up waits for them.
        java.util.concurrent.CompletableFuture.runAsync(PasswordStrength::warmUp,
                java.util.concurrent.CompletableFuture.delayedExecutor(5, java.util.concurrent.TimeUnit.SECONDS));
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /** Creates the account. The password is hashed with Argon2id; the email must be new. */
    public User signUp(String rawEmail, String password) {
        checkSignUp(rawEmail, password);
        String email = validEmail(rawEmail);
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

    /**
     * Checks the email and the password of a sign-up together (nothing is written), so that a form can
     * show both problems at once; throws one {@link BadInputException} listing every wrong field.
     */
    public void checkSignUp(String rawEmail, String password) {
        java.util.List<org.openplate.common.FieldError> errors = new java.util.ArrayList<>();
        String email = "";
        try {
            email = validEmail(rawEmail);
        } catch (BadInputException e) {
            errors.addAll(e.errors());
        }
        try {
            PasswordStrength.check("password", password, email);
        } catch (BadInputException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
    }

    /** Checks the password (subject to the attempt limits) and opens a session; no device, no user agent. */
    public Session signIn(String rawEmail, String password, String ip) {
        return signIn(rawEmail, password, ip, null, null).session();
    }

    /**
     * Checks the password and opens a session. The attempt is counted (and refused with a
     * {@link org.openplate.common.TooManyRequestsException} over the limits) before the password
     * hash is computed. A {@code deviceToken} from an earlier sign-in to this account exempts the
     * browser from the limits an attacker elsewhere can raise; a new one is issued on success.
     */
    public SignedIn signIn(String rawEmail, String password, String ip, String deviceToken, String userAgent) {
        String email = normalizeEmail(rawEmail);
        if (email.isEmpty()) {
            throw new BadInputException("email", "Enter your email address.");
        }
        Optional<AccountRepository.Credentials> creds = repository.findCredentials(email);
        String deviceHash = knownDevice(deviceToken, creds.map(AccountRepository.Credentials::id).orElse(null));
        LoginThrottle.Ticket ticket = throttle.signIn(email, ip == null ? "" : ip, deviceHash);
        boolean ok = hasher.verify(password == null ? "" : password,
                creds.map(AccountRepository.Credentials::passwordHash).orElse(decoyHash));
        if (creds.isEmpty() || !ok) {
            throw new UnauthorizedException("password", "That email and password do not match an account.");
        }
        throttle.succeeded(ticket);
        UserId user = creds.get().id();
        if (deviceHash != null) {
            repository.deleteDevice(deviceHash);
        }
        String newDevice = Tokens.random();
        Instant now = clock.instant();
        repository.insertDevice(Tokens.sha256(newDevice), user, now, now.plus(DEVICE_TTL));
        return new SignedIn(startSession(user, userAgent), newDevice);
    }

    private String knownDevice(String deviceToken, UserId user) {
        if (user == null || deviceToken == null || deviceToken.isBlank() || deviceToken.length() > 100) {
            return null;
        }
        String hash = Tokens.sha256(deviceToken);
        return repository.deviceOwner(hash, clock.instant()).filter(user::equals).map(u -> hash).orElse(null);
    }

    /** Opens a new session for the user (after sign-up or sign-in). */
    public Session startSession(UserId userId) {
        return startSession(userId, null);
    }

    /** Opens a new session; only a short summary of the User-Agent is kept, for the sessions page. */
    public Session startSession(UserId userId, String userAgent) {
        String token = Tokens.random();
        String csrf = Tokens.random();
        Instant now = clock.instant();
        Instant expires = now.plus(sessionTtl);
        repository.insertSession(Tokens.sha256(token), Tokens.random().substring(0, 24), UserAgents.summary(userAgent),
                userId, csrf, now, expires);
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
            if (Duration.between(row.lastSeenAt(), now).compareTo(SEEN_RESOLUTION) > 0) {
                repository.touchSession(hash, now);
            }
            return new Session(token, row.userId(), row.email(), row.csrfToken(), expires, row.roles(),
                    row.dataVersion());
        });
    }

    public void signOut(String token) {
        if (token != null && !token.isBlank()) {
            repository.deleteSession(Tokens.sha256(token));
        }
    }

    /** Changes the password and signs out every other session, revoking API tokens too. */
    public void changePassword(UserId userId, String currentToken, String current, String replacement) {
        changePassword(userId, currentToken, current, replacement, true);
    }

    /**
     * Changes the password after confirming the current one (throttled per account). With
     * {@code endEverythingElse}, every other session, every API token and every known device of the
     * user is revoked, so whoever knew the old password is shut out.
     */
    public void changePassword(UserId userId, String currentToken, String current, String replacement,
                               boolean endEverythingElse) {
        AccountRepository.Credentials creds = confirmPassword(userId, "currentPassword", current,
                "Your current password is not correct.");
        PasswordStrength.check("newPassword", replacement, creds.email());
        repository.updatePasswordHash(userId, hasher.hash(replacement));
        if (endEverythingElse) {
            repository.deleteSessionsOf(userId, currentToken == null ? null : Tokens.sha256(currentToken));
            repository.deleteDevicesOf(userId);
            revokeApiTokens.accept(userId);
        }
    }

    /** Deletes the account and all of its data, after the password is confirmed. */
    public void deleteAccount(UserId userId, String password) {
        confirmPassword(userId, "password", password, "Your password is not correct; the account was not deleted.");
        repository.deleteUser(userId);
    }

    /** Checks a signed-in user's password, counted against the account so a stolen session cannot guess. */
    private AccountRepository.Credentials confirmPassword(UserId userId, String field, String password,
                                                          String wrong) {
        AccountRepository.Credentials creds = repository.findCredentials(userId)
                .orElseThrow(() -> new NotFoundException("No such account."));
        LoginThrottle.Ticket ticket = throttle.confirm(userId);
        if (!hasher.verify(password == null ? "" : password, creds.passwordHash())) {
            throw new BadInputException(field, wrong);
        }
        throttle.succeeded(ticket);
        return creds;
    }

    /** The user's live sessions, most recently used first; {@code currentToken} marks this one. */
    public java.util.List<ActiveSession> sessions(UserId userId, String currentToken) {
        String current = currentToken == null ? "" : Tokens.sha256(currentToken);
        return repository.listSessions(userId, clock.instant()).stream()
                .map(s -> new ActiveSession(s.publicId(), s.device() == null ? "Unknown device" : s.device(),
                        s.createdAt(), s.lastSeenAt(), s.tokenHash().equals(current)))
                .toList();
    }

    /** Ends one of the user's sessions; another user's (or an unknown) id is a {@link NotFoundException}. */
    public void endSession(UserId userId, String sessionId) {
        if (sessionId == null || sessionId.length() > 64 || !repository.deleteSession(userId, sessionId)) {
            throw new NotFoundException("No such session.");
        }
    }

    /** Ends every session of the user except the one with {@code currentToken}. */
    public void endOtherSessions(UserId userId, String currentToken) {
        repository.deleteSessionsOf(userId, currentToken == null ? null : Tokens.sha256(currentToken));
    }

    public Optional<User> user(UserId id) {
        return repository.findUser(id);
    }

    /** The account with this e-mail (compared as sign-in does), if any. */
    public Optional<User> userByEmail(String rawEmail) {
        return repository.findUserByEmail(normalizeEmail(rawEmail));
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

    /** Removes expired sessions, known devices and stale sign-in counters; run periodically. */
    public int purgeExpiredSessions() {
        repository.deleteExpiredDevices(clock.instant());
        throttle.purge();
        return repository.deleteExpiredSessions(clock.instant());
    }

    private static String validEmail(String raw) {
        String email = normalizeEmail(raw);
        if (email.isEmpty() || email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            throw new BadInputException("email", "Enter a valid email address (up to " + MAX_EMAIL + " characters).");
        }
        return email;
    }

    /**
     * A one-time message for the next page of this session (POST-redirect-GET), kept in the database
     * so that any instance can show it.
     */
    public void flash(String sessionToken, String text) {
        repository.setFlash(Tokens.sha256(sessionToken), text);
    }

    /** The session's one-time message, gone once taken. */
    public java.util.Optional<String> takeFlash(String sessionToken) {
        return sessionToken == null ? java.util.Optional.empty() : repository.takeFlash(Tokens.sha256(sessionToken));
    }
}
