package org.openplate.account;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.openplate.common.BadInputException;
import org.openplate.common.NotFoundException;

/**
 * "Forgot password?": a single-use link that expires, sent to the account's e-mail address
 * (OWASP Forgot Password Cheat Sheet; ASVS 4.0 V2.5.1, V2.5.6). The request always gets the same
 * answer, whether or not the address has an account: the throttle counts the address asked about
 * either way, and the look-up, the link and the message happen in the background, so the answer
 * neither says nor takes longer when an account exists. The token has 256 random bits; only its
 * SHA-256 is stored. Using it sets the new password (the sign-up strength rules), ends every
 * session, forgets known devices, revokes API tokens and cancels the account's other links.
 */
public final class PasswordResets {

    /** How long an e-mailed link works. */
    public static final Duration LINK_TTL = Duration.ofMinutes(30);
    /** The page the link opens; the token follows as {@code ?token=}. */
    public static final String PATH = "/account/reset";
    /** Used links are kept this long after they expire, so "already used" can be told from "unknown". */
    static final Duration KEEP_EXPIRED = Duration.ofDays(1);

    /** What a link is worth now. */
    public enum Status { VALID, EXPIRED, USED, UNKNOWN }

    private final AccountRepository accounts;
    private final PasswordResetRepository resets;
    private final LoginThrottle throttle;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final MailQueue mail;
    private final URI publicUrl;

    PasswordResets(AccountRepository accounts, PasswordResetRepository resets, PasswordHasher hasher, Clock clock,
                   MailQueue mail, URI publicUrl) {
        this.accounts = accounts;
        this.resets = resets;
        this.throttle = new LoginThrottle(accounts.throttleStore(), clock);
        this.hasher = hasher;
        this.clock = clock;
        this.mail = mail;
        this.publicUrl = publicUrl;
    }

    /** True when links can be sent by e-mail; otherwise the operator makes them with the CLI. */
    public boolean byEmail() {
        return mail.enabled();
    }

    /**
     * Asks for a link for {@code rawEmail}. Returns as soon as the request is counted; a refused count is a
     * {@link org.openplate.common.TooManyRequestsException}. Unknown addresses get no message and no hint.
     */
    public void request(String rawEmail, String ip) {
        String email = AccountService.normalizeEmail(rawEmail);
        if (email.isEmpty() || email.length() > AccountService.MAX_EMAIL || !email.contains("@")) {
            throw new BadInputException("email", "Enter the e-mail address of your account (up to "
                    + AccountService.MAX_EMAIL + " characters).");
        }
        if (!byEmail()) {
            return;
        }
        throttle.resetRequest(email, ip == null ? "" : ip);
        // Queued whether or not the address has an account: the answer takes the same work either way.
        mail.reset(email);
    }

    /** The reset message for {@code email} with a fresh link, made when it is sent; empty for unknown addresses. */
    Optional<MailQueue.Outgoing> compose(String email) {
        return accounts.findUserByEmail(email).map(user -> new MailQueue.Outgoing(user.email(),
                "Reset your OpenPlate password", message(issue(user.id()))));
    }

    /** For the operator's command: a link for the account with this address ({@link NotFoundException} if none). */
    public String linkFor(String rawEmail) {
        String email = AccountService.normalizeEmail(rawEmail);
        User user = accounts.findUserByEmail(email)
                .orElseThrow(() -> new NotFoundException("No account with e-mail " + email + "."));
        return issue(user.id());
    }

    /** The address links start with, when the operator set one. */
    public Optional<URI> publicUrl() {
        return Optional.ofNullable(publicUrl);
    }

    public Status check(String token) {
        return find(token).map(this::status).orElse(Status.UNKNOWN);
    }

    /**
     * Sets {@code password} (checked like at sign-up) on the account the link belongs to, and uses the
     * link up. A link that is unknown, used or expired is a {@link BadInputException} on {@code token}
     * saying which, and changes nothing.
     */
    public void reset(String token, String password, String ip) {
        Optional<PasswordResetRepository.Reset> found = find(token);
        Status status = found.map(this::status).orElse(Status.UNKNOWN);
        if (status != Status.VALID) {
            throw refused(status);
        }
        UserId user = found.get().userId();
        String email = accounts.findCredentials(user).map(AccountRepository.Credentials::email)
                .orElseThrow(() -> refused(Status.UNKNOWN));
        PasswordStrength.check("password", password, email);
        if (!resets.complete(Tokens.sha256(token), user, hasher.hash(password), clock.instant())) {
            // Used by a simultaneous request, or expired while the password was hashed.
            throw refused(check(token));
        }
        throttle.passwordReset(email, ip == null ? "" : ip);
    }

    /** Forgets links long expired; run periodically. */
    public int purge() {
        return resets.purge(clock.instant().minus(KEEP_EXPIRED));
    }

    /** The words for a link that cannot be used. */
    public static String explain(Status status) {
        return switch (status) {
            case EXPIRED -> "This reset link has expired: links work for " + LINK_TTL.toMinutes()
                    + " minutes. Ask for a new one.";
            case USED -> "This reset link was already used. Ask for a new one if you need to change your password"
                    + " again.";
            default -> "This reset link is not valid. Check that you opened the whole link from the e-mail, or ask"
                    + " for a new one.";
        };
    }

    private String issue(UserId user) {
        String token = Tokens.random();
        Instant now = clock.instant();
        resets.insert(Tokens.sha256(token), user, now, now.plus(LINK_TTL));
        return (publicUrl == null ? "" : publicUrl.toString()) + PATH + "?token=" + token;
    }

    private Optional<PasswordResetRepository.Reset> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return resets.find(Tokens.sha256(token));
    }

    private Status status(PasswordResetRepository.Reset r) {
        if (r.usedAt() != null) {
            return Status.USED;
        }
        return clock.instant().isBefore(r.expiresAt()) ? Status.VALID : Status.EXPIRED;
    }

    private static BadInputException refused(Status status) {
        return new BadInputException("token", explain(status));
    }

    private static String message(String link) {
        return "Someone, hopefully you, asked to reset the password of your OpenPlate account.\n\n"
                + "Open this link to choose a new password. It works once, for " + LINK_TTL.toMinutes() + " minutes:\n"
                + link + "\n\n"
                + "Choosing a new password signs you out everywhere and revokes your API tokens.\n"
                + "If you did not ask for this, ignore this message: your password stays as it is.\n";
    }
}
