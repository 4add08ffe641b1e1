package org.openplate.account;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.openplate.module.FeatureModule;
import org.openplate.module.Infra;
import org.openplate.module.Job;
import org.openplate.module.WebKit;
import org.openplate.web.Routes;

/** Accounts, sign-in sessions, API tokens and roles. Depends on no other feature. */
public final class AccountModule implements FeatureModule {

    private final Infra infra;
    private final TokenService tokens;
    private final AccountService accounts;
    private final AuthGuard guard;
    private final Supplier<List<SignUpHook>> hooks;

    /** {@code hooks}: what other features do when an account is created (asked when routes are built). */
    public AccountModule(Infra infra, PasswordHasher hasher, Supplier<List<SignUpHook>> hooks) {
        this.infra = infra;
        this.hooks = hooks;
        this.tokens = new TokenService(new JdbiTokenRepository(infra.database().jdbi()), infra.clock(),
                infra.settings().apiRatePerMinute());
        this.accounts = new AccountService(new JdbiAccountRepository(infra.database().jdbi()), hasher, infra.clock(),
                infra.settings().sessionTtl(), tokens::revokeAll);
        this.guard = new AuthGuard(accounts, tokens);
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
                new TokenPages(tokens, guard, web.views()));
    }

    @Override
    public List<Job> jobs() {
        return List.of(Job.every("expired sessions and tokens", Duration.ofMinutes(1), Duration.ofHours(1), () -> {
            int n = accounts.purgeExpiredSessions();
            if (n > 0) {
                org.slf4j.LoggerFactory.getLogger(AccountModule.class).info("removed {} expired session(s)", n);
            }
            tokens.purge();
        }));
    }
}
