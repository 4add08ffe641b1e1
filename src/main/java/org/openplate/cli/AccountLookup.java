package org.openplate.cli;

import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.openplate.account.UserId;

/** Finds an account by e-mail for the data commands. */
final class AccountLookup {

    private AccountLookup() {
    }

    static Optional<UserId> byEmail(Jdbi jdbi, String email) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM users WHERE email = :e")
                .bind("e", email.strip().toLowerCase(Locale.ROOT)).mapTo(Long.class).findOne()).map(UserId::new);
    }
}
