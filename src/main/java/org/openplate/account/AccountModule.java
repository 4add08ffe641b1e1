package org.openplate.account;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.openplate.mail.Mailer;
import org.openplate.module.FeatureModule;
import org.openplate.module.Infra;
import org.openplate.module.Job;
import org.openplate.module.WebKit;
import org.openplate.web.Routes;

/**
 * Accounts, sign-in sessions, API tokens, roles, and e-mail to account holders (password-reset links,
 * other features' messages through {@link UserMail}). Depends on no other feature.
 */
public final class AccountModule implements FeatureModule {

    private final Infra infra;
    private final TokenService tokens;
    private final AccountService accounts;
    private final AuthGuard guard;
    private final Supplier<List<SignUpHook>> hooks;
    private final MailQueue outbox;
    private final PasswordResets resets;
    private final UserMail mail;

    /** {@code hooks}: what other features do when an account is created (asked when routes are built). */
    public AccountModule(Infra infra, PasswordHasher hasher, Supplier<List<SignUpHook>> hooks) {
        this.infra = infra;
        this.hooks = hooks;
        // the user's data version is read with the session or token, except on Citus (see JdbiAccountRepository)
        boolean versionWithSession = !infra.database().distributed();
        this.tokens = new TokenService(new JdbiTokenRepository(infra.database().jdbi(), versionWithSession), infra.clock(),
                infra.settings().apiRatePerMinute());
        JdbiAccountRepository users = new JdbiAccountRepository(infra.database().jdbi(), versionWithSession);
        this.accounts = new AccountService(users, hasher, infra.clock(), infra.settings().sessionTtl(),
                tokens::revokeAll);
        this.guard = new AuthGuard(accounts, tokens);
        this.outbox = new MailQueue(new JdbiMailOutboxRepository(infra.database().jdbi()),
                Mailer.from(infra.settings().mail()), users, this::resetMail, infra.clock(), true);
        this.resets = new PasswordResets(users, new JdbiPasswordResetRepository(infra.database().jdbi()), hasher,
                infra.clock(), outbox, infra.settings().publicUrl());
        this.mail = new UserMail(outbox, infra.settings().publicUrl());
    }

    /** The reset e-mail for an address, composed when the queue sends it (the queue is built before the resets). */
    private java.util.Optional<MailQueue.Outgoing> resetMail(String email) {
        return resets.compose(email);
    }

    /** "Forgot password?" links: by e-mail, or made by the operator's command. */
    public PasswordResets resets() {
        return resets;
    }

    /** E-mail to an account holder, for other features. */
    public UserMail mail() {
        return mail;
    }

    public AccountService accounts() {
        return accounts;
    }

    /** Who is asking: every other feature's adapters use it. */
    public AuthGuard guard() {
        return guard;
    }

    @Override
    public List<Routes> routes(WebKit web) {
        return List.of(
                new AccountPages(accounts, guard, web.cookies(), web.views(), hooks.get()),
                new AccountApi(accounts, guard),
                new SessionPages(accounts, guard, web.views()),
                new SessionApi(accounts, guard, infra.json()),
                new TokenApi(tokens, guard, infra.json()),
                new TokenPages(tokens, guard, web.views()),
                new ResetPages(resets, web.cookies(), web.views()));
    }

    @Override
    public List<Job> jobs() {
        return List.of(Job.every("expired sessions and tokens", Duration.ofMinutes(1), Duration.ofHours(1), () -> {
            int n = accounts.purgeExpiredSessions();
            if (n > 0) {
                org.slf4j.LoggerFactory.getLogger(AccountModule.class).info("removed {} expired session(s)", n);
            }
            tokens.purge();
            resets.purge();
            outbox.purge();
        }), Job.every("e-mail", Duration.ofSeconds(5), Duration.ofSeconds(30), outbox::round));
    }

    @Override
    public void close() {
        outbox.close();
    }
}
