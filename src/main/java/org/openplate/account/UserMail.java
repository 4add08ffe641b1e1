package org.openplate.account;

import java.net.URI;

/**
 * E-mail to a user by account, for other features (reminders the user opted into). The address
 * stays inside the account feature; the message waits in the
 * database until an instance sends it ({@link MailQueue}).
 */
public final class UserMail {

    private final MailQueue queue;
    private final URI publicUrl;

    UserMail(MailQueue queue, URI publicUrl) {
        this.queue = queue;
        this.publicUrl = publicUrl;
    }

    /** True when this OpenPlate can send e-mail. */
    public boolean enabled() {
        return queue.enabled();
    }

    /** An absolute link to a page of this OpenPlate ({@code path} starts with a slash). */
    public String link(String path) {
        return (publicUrl == null ? "" : publicUrl.toString()) + path;
    }

    /**
     * Queues a message to the account's address (as it is when sent) and returns; {@code what} names the kind
     * of message in the log (never the address or text). Nothing happens when e-mail is not set up.
     */
    public void send(UserId user, String what, String subject, String text) {
        if (enabled()) {
            queue.message(user, what, subject, text);
        }
    }
}
