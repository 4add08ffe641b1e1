package org.openplate.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.openplate.mail.MailException;
import org.openplate.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * E-mail through a table, not memory: a request adds a row and returns, so its answer never waits for
 * the SMTP server and takes the same time whatever the address; the mail survives a restart; and any
 * instance may send it. Each instance's worker claims due rows with a compare-and-set lease, sends,
 * and deletes them; a failure is tried again later (1, 4, 16, 64 minutes …) up to {@link #MAX_ATTEMPTS}.
 * The log names the kind of message and the user id at most: never the address, subject or text,
 * which may carry a link.
 */
final class MailQueue implements AutoCloseable {

    /** A message ready for the SMTP server. */
    record Outgoing(String to, String subject, String text) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(MailQueue.class);
    static final int BATCH = 20;
    static final int MAX_ATTEMPTS = 6;
    /** Longer than the SMTP client's own time limits, so a live sender is never overtaken. */
    static final Duration LEASE = Duration.ofMinutes(2);
    /** Unsent mail older than this is dropped (SMTP switched off, or failing for days). */
    static final Duration KEEP = Duration.ofDays(2);
    private static final int MAX_BATCHES = 50;

    private final MailOutboxRepository box;
    private final Mailer mailer;
    private final AccountRepository accounts;
    private final Function<String, Optional<Outgoing>> resetMail;
    private final Clock clock;
    private final ExecutorService worker;
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /**
     * {@code resetMail}: the password-reset message for an address, or empty when no account has it.
     * {@code background}: false runs deliveries only when {@link #deliverDue} is called (tests).
     */
    MailQueue(MailOutboxRepository box, Mailer mailer, AccountRepository accounts,
              Function<String, Optional<Outgoing>> resetMail, Clock clock, boolean background) {
        this.box = box;
        this.mailer = mailer;
        this.accounts = accounts;
        this.resetMail = resetMail;
        this.clock = clock;
        this.worker = background && mailer.enabled() ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "openplate-mail");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    boolean enabled() {
        return mailer.enabled();
    }

    /** Queues a password-reset link for {@code email}, whether or not an account has that address. */
    void reset(String email) {
        box.addReset(email, clock.instant());
        nudge();
    }

    /** Queues a message to the account's address as it is when the message is sent. */
    void message(UserId user, String label, String subject, String text) {
        box.addMessage(user, label, subject, text, clock.instant());
        nudge();
    }

    /** Starts a delivery round on this instance's worker unless one is already waiting to start. */
    void nudge() {
        if (worker != null && scheduled.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    scheduled.set(false);
                    round();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                scheduled.set(false); // shutting down: the next instance's round sends it
            }
        }
    }

    /** One delivery round for the background job: never throws (the database may be briefly away). */
    void round() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.warn("e-mail round failed, trying again later: {}", e.getClass().getSimpleName());
        }
    }

    /** Sends what is due and not leased by another instance; the number of rows this call handled. */
    int deliverDue() {
        if (!mailer.enabled()) {
            return 0;
        }
        int handled = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            Instant now = clock.instant();
            List<MailOutboxRepository.Pending> due = box.due(now, BATCH);
            for (MailOutboxRepository.Pending row : due) {
                if (box.claim(row, now.plus(LEASE))) {
                    deliver(row);
                    handled++;
                }
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        return handled;
    }

    /** Drops mail that could not be sent for {@link #KEEP}; how many rows. */
    int purge() {
        int n = box.purge(clock.instant().minus(KEEP));
        if (n > 0) {
            LOG.warn("dropped {} e-mail(s) that could not be sent for {} days", n, KEEP.toDays());
        }
        return n;
    }

    private void deliver(MailOutboxRepository.Pending row) {
        try {
            Optional<Outgoing> out = compose(row);
            if (out.isPresent()) {
                mailer.send(out.get().to(), out.get().subject(), out.get().text());
            }
            box.delete(row.id());
        } catch (RuntimeException e) {
            // Only the type for unexpected errors: a database error's text can carry the statement's values.
            String why = e instanceof MailException ? e.getMessage() : e.getClass().getSimpleName();
            int attempts = row.attempts() + 1;
            if (attempts >= MAX_ATTEMPTS) {
                box.delete(row.id());
                LOG.warn("{} e-mail given up after {} attempts{}: {}", row.label(), attempts, who(row), why);
            } else {
                Instant next = clock.instant().plus(backoff(attempts));
                box.retryAt(row.id(), next);
                LOG.warn("{} e-mail not sent{} (attempt {}), trying again at {}: {}", row.label(), who(row),
                        attempts, next, why);
            }
        }
    }

    private Optional<Outgoing> compose(MailOutboxRepository.Pending row) {
        return switch (row.kind()) {
            case PASSWORD_RESET -> resetMail.apply(row.email());
            case MESSAGE -> accounts.findUser(row.user())
                    .map(u -> new Outgoing(u.email(), row.subject(), row.body()));
        };
    }

    /** 1, 4, 16, 64 … minutes after the {@code attempts}-th failure. */
    static Duration backoff(int attempts) {
        return Duration.ofMinutes(1L << (2 * Math.min(Math.max(attempts - 1, 0), 5)));
    }

    private static String who(MailOutboxRepository.Pending row) {
        return row.user() == null ? "" : " for user " + row.user().value();
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.shutdown();
        }
    }
}
