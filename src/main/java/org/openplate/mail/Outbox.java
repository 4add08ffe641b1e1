package org.openplate.mail;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends mail off the request thread: the answer to a request never waits for the SMTP server, and
 * takes the same time whatever the message. Failures are logged with what was sent ("password reset",
 * "reminder") and the user id only: never the address, the subject or the text, which may carry a token.
 */
public final class Outbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    /** Messages waiting at most; beyond that new ones are dropped (and logged) rather than pile up in memory. */
    static final int QUEUE = 1_000;

    private final Mailer mailer;
    private final Executor executor;
    private final ThreadPoolExecutor owned;

    public Outbox(Mailer mailer) {
        this.mailer = mailer;
        this.owned = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "openplate-mail");
            t.setDaemon(true);
            return t;
        });
        this.executor = owned;
    }

    /** Runs the work on {@code executor} (tests pass {@code Runnable::run}). */
    public Outbox(Mailer mailer, Executor executor) {
        this.mailer = mailer;
        this.owned = null;
        this.executor = executor;
    }

    public boolean enabled() {
        return mailer.enabled();
    }

    /**
     * Runs {@code work} in the background; {@code work} decides whether and what to send through
     * {@link #sendNow}. {@code what} names the kind of message for the log.
     */
    public void later(String what, Runnable work) {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (MailException e) {
                    LOG.warn("{} e-mail not sent: {}", what, e.getMessage());
                } catch (RuntimeException e) {
                    // Only the type: a database error's text can carry the statement's values.
                    LOG.warn("{} e-mail not sent: {}", what, e.getClass().getSimpleName());
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("{} e-mail dropped: {} messages are already waiting", what, QUEUE);
        }
    }

    /** Sends at once on the calling thread (use inside {@link #later}). */
    public void sendNow(String to, String subject, String text) {
        mailer.send(to, subject, text);
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.shutdown();
        }
    }
}
