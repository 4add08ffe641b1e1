package org.openplate.account;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openplate.common.TooManyRequestsException;

/**
 * Slows password guessing without letting a stranger lock the owner out (OWASP ASVS 4.0 V2.2.1,
 * NIST SP 800-63B 5.2.2, OWASP "Blocking Brute Force Attacks": device cookies). Every password
 * check first claims one attempt in each of its counters, atomically and before the password hash
 * is computed; a refused claim answers 429 with the wait.
 * <ul>
 *   <li>account + address: 5 attempts, then delays doubling from 30 s up to 15 min;</li>
 *   <li>address, across accounts: 30 attempts, then delays doubling from 1 s up to 15 min;</li>
 *   <li>account, from anywhere: 10 attempts, then delays doubling from 1 s up to 1 min. This one
 *       only slows: it never makes the owner wait more than a minute;</li>
 *   <li>a known device (a browser that signed in to this account before) replaces all three with
 *       its own counter (5, then 30 s up to 15 min), so an attack from elsewhere never slows it;</li>
 *   <li>password confirmations while signed in (change password, delete account), per account:
 *       5, then 30 s up to 15 min, so a stolen session cannot guess the password either;</li>
 *   <li>"forgot password" requests, per e-mail address asked about (whether or not it has an account,
 *       so the limit tells nothing): 3, then delays doubling from 5 min up to 1 hour; per network
 *       address: 10, then 1 min up to 1 hour. They keep the page from flooding a mailbox
 *       (OWASP Forgot Password Cheat Sheet).</li>
 * </ul>
 * Counters start again after a day (an hour for the account counter) without attempts. A successful
 * check clears the account-and-address, device or confirmation counter and gives back its attempt
 * to the others.
 */
final class LoginThrottle {

    static final ThrottlePolicy ACCOUNT_AND_ADDRESS = new ThrottlePolicy("pair", 5, Duration.ofSeconds(30),
            Duration.ofMinutes(15), Duration.ofDays(1));
    static final ThrottlePolicy ADDRESS = new ThrottlePolicy("address", 30, Duration.ofSeconds(1),
            Duration.ofMinutes(15), Duration.ofDays(1));
    static final ThrottlePolicy ACCOUNT = new ThrottlePolicy("account", 10, Duration.ofSeconds(1),
            Duration.ofMinutes(1), Duration.ofHours(1));
    static final ThrottlePolicy DEVICE = new ThrottlePolicy("device", 5, Duration.ofSeconds(30),
            Duration.ofMinutes(15), Duration.ofDays(1));
    static final ThrottlePolicy CONFIRM = new ThrottlePolicy("confirm", 5, Duration.ofSeconds(30),
            Duration.ofMinutes(15), Duration.ofDays(1));
    static final ThrottlePolicy RESET_EMAIL = new ThrottlePolicy("reset-email", 3, Duration.ofMinutes(5),
            Duration.ofHours(1), Duration.ofDays(1));
    static final ThrottlePolicy RESET_ADDRESS = new ThrottlePolicy("reset-address", 10, Duration.ofMinutes(1),
            Duration.ofHours(1), Duration.ofDays(1));
    private static final Duration LONGEST_RESET = Duration.ofDays(1);

    private final ThrottleStore store;
    private final Clock clock;

    LoginThrottle(ThrottleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The attempts one password check claimed, settled after the check. */
    static final class Ticket {
        private final String claimId = Tokens.random();
        private final List<String> clearOnSuccess = new ArrayList<>();
        private final List<String> forgiveOnSuccess = new ArrayList<>();
    }

    /** Claims a sign-in attempt; {@code deviceHash} is set only for a known device of this account. */
    Ticket signIn(String email, String ip, String deviceHash) {
        Ticket t = new Ticket();
        if (deviceHash != null) {
            claim(t, "device:" + deviceHash, DEVICE, true);
        } else {
            claim(t, "pair:" + Tokens.sha256(email + "\n" + ip), ACCOUNT_AND_ADDRESS, true);
            claim(t, "address:" + Tokens.sha256(ip), ADDRESS, false);
            claim(t, "account:" + Tokens.sha256(email), ACCOUNT, false);
        }
        return t;
    }

    /** Claims a password confirmation by a signed-in user (change password, delete account). */
    Ticket confirm(UserId user) {
        Ticket t = new Ticket();
        claim(t, "confirm:" + user.value(), CONFIRM, true);
        return t;
    }

    /** Claims a "forgot password" request for {@code email} (normalised) from {@code ip}. */
    void resetRequest(String email, String ip) {
        Ticket t = new Ticket();
        claim(t, "reset-email:" + Tokens.sha256(email), RESET_EMAIL, false);
        claim(t, "reset-address:" + Tokens.sha256(ip), RESET_ADDRESS, false);
    }

    /**
     * After the password was reset through an e-mailed link: the owner proved control of the mailbox,
     * so the sign-in counters of the account (from anywhere, and from this address) start again.
     */
    void passwordReset(String email, String ip) {
        store.clear("account:" + Tokens.sha256(email));
        store.clear("pair:" + Tokens.sha256(email + "\n" + ip));
    }

    void succeeded(Ticket t) {
        t.clearOnSuccess.forEach(store::clear);
        t.forgiveOnSuccess.forEach(store::forgive);
    }

    int purge() {
        return store.purgeBefore(clock.millis() - LONGEST_RESET.toMillis());
    }

    private void claim(Ticket t, String bucket, ThrottlePolicy policy, boolean clearOnSuccess) {
        long now = clock.millis();
        ThrottleStore.Counter c = store.claim(bucket, policy, now, t.claimId);
        if (!c.admitted()) {
            t.clearOnSuccess.forEach(b -> store.refund(b, t.claimId));
            t.forgiveOnSuccess.forEach(b -> store.refund(b, t.claimId));
            long waitMillis = c.lastAtMillis() + policy.delayAfter(c.hits()).toMillis() - now;
            // Whole seconds, rounded up, as Retry-After carries (RFC 9110 10.2.3); at least one.
            throw refused(policy, Duration.ofSeconds(Math.max(1, (waitMillis + 999) / 1000)));
        }
        (clearOnSuccess ? t.clearOnSuccess : t.forgiveOnSuccess).add(bucket);
    }

    private static TooManyRequestsException refused(ThrottlePolicy policy, Duration wait) {
        String when = in(wait);
        String message = switch (policy.name()) {
            case "address" -> "Too many sign-in attempts from your network address. Try again in " + when + ".";
            case "account" -> "There were many sign-in attempts on this account, so attempts are slowed down. Try"
                    + " again in " + when + ". A browser you signed in with before is not slowed.";
            case "confirm" -> "Too many wrong passwords. Try again in " + when + ".";
            case "reset-email" -> "A reset link was asked for this e-mail address several times already. Check your"
                    + " inbox and spam folder, or try again in " + when + ".";
            case "reset-address" -> "Too many password-reset requests from your network address. Try again in "
                    + when + ".";
            default -> "Too many failed sign-ins. Try again in " + when + ".";
        };
        return new TooManyRequestsException(message, wait);
    }

    private static String in(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        if (seconds < 60) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
