package org.openplate.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.openplate.common.TooManyRequestsException;

/**
 * Limits failed sign-ins per account and per client address over a sliding window. Failures live
 * in the database, so every instance behind a load balancer sees the same counts.
 */
public final class LoginThrottle {

    /** Failed attempts allowed per account within {@link #WINDOW}. */
    public static final int MAX_PER_ACCOUNT = 5;
    /** Failed attempts allowed per client address within {@link #WINDOW} (shared NATs need headroom). */
    public static final int MAX_PER_IP = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final AccountRepository repository;
    private final Clock clock;

    public LoginThrottle(AccountRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Throws when either limit is reached; call before checking the password. */
    public void check(String email, String ip) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        AccountRepository.FailureWindow byEmail = repository.failuresForEmail(email, since);
        if (byEmail.count() >= MAX_PER_ACCOUNT) {
            throw limited("this account", byEmail, now);
        }
        AccountRepository.FailureWindow byIp = repository.failuresFromIp(ip, since);
        if (byIp.count() >= MAX_PER_IP) {
            throw limited("your network address", byIp, now);
        }
    }

    public void failed(String email, String ip) {
        Instant now = clock.instant();
        repository.recordLoginFailure(email, ip, now);
        repository.deleteLoginFailuresBefore(now.minus(WINDOW.multipliedBy(4)));
    }

    public void succeeded(String email) {
        repository.clearLoginFailures(email);
    }

    private static TooManyRequestsException limited(String who, AccountRepository.FailureWindow w, Instant now) {
        Duration wait = Duration.between(now, w.oldest().plus(WINDOW));
        if (wait.isNegative() || wait.isZero()) {
            wait = Duration.ofSeconds(1);
        }
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return new TooManyRequestsException("Too many failed sign-ins for " + who
                + ". Try again in " + minutes + (minutes == 1 ? " minute." : " minutes."), wait);
    }
}
