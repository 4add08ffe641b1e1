package org.openplate.cli;

import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.openplate.account.UserId;

/** Finds an account by e-mail for the data commands. */
final class AccountLookup {

    private AccountLookup() {
    }

    /** The account, or empty after telling {@code err} there is none. */
    static Optional<UserId> byEmail(Jdbi jdbi, String email, java.io.PrintWriter err) {
        Optional<UserId> user = byEmail(jdbi, email);
        if (user.isEmpty()) {
            err.println("error: no account with e-mail " + email);
        }
        return user;
    }

    static Optional<UserId> byEmail(Jdbi jdbi, String email) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM users WHERE email = :e")
                .bind("e", email.strip().toLowerCase(Locale.ROOT)).mapTo(Long.class).findOne()).map(UserId::new);
    }
}
