package org.openplate.account;

import java.net.URI;
import org.openplate.mail.Outbox;

/**
 * E-mail to a user by account, for other features (reminders the user opted into). The address
 * stays inside the account feature; sending happens in the background and never logs it.
 */
public final class UserMail {

    private final AccountRepository accounts;
    private final Outbox outbox;
    private final URI publicUrl;

    UserMail(AccountRepository accounts, Outbox outbox, URI publicUrl) {
        this.accounts = accounts;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
    }

    /** True when this OpenPlate can send e-mail. */
    public boolean enabled() {
        return outbox.enabled();
    }

    /** An absolute link to a page of this OpenPlate ({@code path} starts with a slash). */
    public String link(String path) {
        return (publicUrl == null ? "" : publicUrl.toString()) + path;
    }

    /** Sends in the background; {@code what} names the kind of message in the log (never the address or text). */
    public void send(UserId user, String what, String subject, String text) {
        if (!enabled()) {
            return;
        }
        outbox.later(what, () -> accounts.findUser(user)
                .ifPresent(u -> outbox.sendNow(u.email(), subject, text)));
    }
}
