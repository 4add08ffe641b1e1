package org.openplate.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.openplate.Features;
import org.openplate.account.User;
import org.openplate.account.UserId;

/** Finds the account a command names by e-mail, through the account feature's facade. */
final class AccountLookup {

    private AccountLookup() {
    }

    /** The account, or empty after telling {@code err} there is none. */
    static Optional<UserId> byEmail(Features features, String email, PrintWriter err) {
        Optional<UserId> user = features.account().accounts().userByEmail(email).map(User::id);
        if (user.isEmpty()) {
            err.println("error: no account with e-mail " + email);
        }
        return user;
    }
}
