package org.openplate.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.mail.MailException;
import org.openplate.mail.Mailer;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases.TestDb;

/** E-mail waits in the database: it survives a restart, is sent once across instances, and is retried. */
class MailQueueTest {

    /** A mailer that records what it sends, or refuses while {@code down} is set. */
    static final class RecordingMailer implements Mailer {
        final List<String> sent = Collections.synchronizedList(new ArrayList<>());
        volatile boolean down;

        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public void send(String to, String subject, String text) {
            if (down) {
                throw new MailException("connection refused");
            }
            sent.add(to + "|" + subject + "|" + text);
        }
    }

    /** A clock the test moves by hand. */
    static final class Hands extends Clock {
        volatile Instant now = Instant.parse("2026-12-01T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static UserId user(Database db, String email) {
        return new UserId(db.jdbi().withHandle(h -> h.createQuery("INSERT INTO users (email, password_hash,"
                        + " created_at) VALUES (:e, 'x', 0) RETURNING id").bind("e", email)
                .mapTo(Long.class).one()));
    }

    private static MailQueue queue(Database db, Mailer mailer, Clock clock) {
        JdbiAccountRepository accounts = new JdbiAccountRepository(db.jdbi());
        return new MailQueue(new JdbiMailOutboxRepository(db.jdbi()), mailer, accounts,
                email -> accounts.findUserByEmail(email)
                        .map(u -> new MailQueue.Outgoing(u.email(), "Reset", "link for " + u.id().value())),
                clock, false);
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void mailQueuedBeforeARestartIsSentByTheNextInstanceToTheCurrentAddress(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            UserId ann = user(db, "ann@example.org");
            Hands clock = new Hands();
            RecordingMailer first = new RecordingMailer();
            queue(db, first, clock).message(ann, "reminder", "Log your lunch", "Tap to log.");
            // The first instance stops before sending; the address changes meanwhile.
            db.jdbi().useHandle(h -> h.execute("UPDATE users SET email = 'ann.new@example.org' WHERE id = ?",
                    ann.value()));
            RecordingMailer second = new RecordingMailer();
            MailQueue next = queue(db, second, clock);
            assertEquals(1, next.deliverDue());
            assertEquals(List.of("ann.new@example.org|Log your lunch|Tap to log."), second.sent);
            assertEquals(List.of(), first.sent);
            assertEquals(0, new JdbiMailOutboxRepository(db.jdbi()).count(), "sent mail is not kept");
            assertEquals(0, next.deliverDue(), "nothing is sent twice");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aResetForAnUnknownAddressIsQueuedLikeAnyOtherAndThenDroppedWithoutMail(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            UserId bob = user(db, "bob@example.org");
            RecordingMailer mailer = new RecordingMailer();
            MailQueue q = queue(db, mailer, new Hands());
            q.reset("nobody@example.org");
            q.reset("bob@example.org");
            assertEquals(2, new JdbiMailOutboxRepository(db.jdbi()).count(), "both requests leave the same trace");
            assertEquals(2, q.deliverDue());
            assertEquals(List.of("bob@example.org|Reset|link for " + bob.value()), mailer.sent);
            assertEquals(0, new JdbiMailOutboxRepository(db.jdbi()).count());
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aFailedSendIsTriedAgainAfterABackOffAndGivenUpAfterTheLastAttempt(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            UserId ann = user(db, "ann@example.org");
            Hands clock = new Hands();
            RecordingMailer mailer = new RecordingMailer();
            MailQueue q = queue(db, mailer, clock);
            JdbiMailOutboxRepository box = new JdbiMailOutboxRepository(db.jdbi());
            mailer.down = true;
            q.message(ann, "reminder", "S", "T");
            assertEquals(1, q.deliverDue());
            assertEquals(1, box.count(), "kept for another try");
            assertEquals(0, q.deliverDue(), "not before the back-off");
            clock.now = clock.now.plus(MailQueue.backoff(1));
            mailer.down = false;
            assertEquals(1, q.deliverDue());
            assertEquals(List.of("ann@example.org|S|T"), mailer.sent);
            assertEquals(0, box.count());

            mailer.down = true;
            q.message(ann, "reminder", "S2", "T2");
            for (int attempt = 1; attempt <= MailQueue.MAX_ATTEMPTS; attempt++) {
                assertEquals(1, q.deliverDue(), "attempt " + attempt);
                clock.now = clock.now.plus(MailQueue.backoff(attempt));
            }
            assertEquals(0, box.count(), "given up after " + MailQueue.MAX_ATTEMPTS + " attempts");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void threeInstancesDeliveringAtOnceSendEachMessageExactlyOnce(TestDb tdb) throws Exception {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            UserId ann = user(db, "ann@example.org");
            Hands clock = new Hands();
            RecordingMailer mailer = new RecordingMailer();
            MailQueue producer = queue(db, mailer, clock);
            int n = 60;
            for (int i = 0; i < n; i++) {
                producer.message(ann, "reminder", "S" + i, "T");
            }
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Callable<Integer>> instances = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    MailQueue q = queue(db, mailer, clock);
                    instances.add(q::deliverDue);
                }
                int handled = 0;
                for (Future<Integer> f : pool.invokeAll(instances)) {
                    handled += f.get();
                }
                assertEquals(n, handled);
            } finally {
                pool.shutdown();
            }
            assertEquals(n, mailer.sent.size());
            assertEquals(n, mailer.sent.stream().distinct().count(), "no message twice");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aLeaseLeftByACrashedSenderExpiresAndTheMessageIsSent(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            UserId ann = user(db, "ann@example.org");
            Hands clock = new Hands();
            JdbiMailOutboxRepository box = new JdbiMailOutboxRepository(db.jdbi());
            box.addMessage(ann, "reminder", "S", "T", clock.now);
            MailOutboxRepository.Pending row = box.due(clock.now, 10).get(0);
            assertTrue(box.claim(row, clock.now.plus(MailQueue.LEASE)), "a sender took it and then died");
            RecordingMailer mailer = new RecordingMailer();
            MailQueue q = queue(db, mailer, clock);
            assertEquals(0, q.deliverDue(), "leased: not sent while the other sender may still be at it");
            clock.now = clock.now.plus(MailQueue.LEASE).plus(Duration.ofSeconds(1));
            assertEquals(1, q.deliverDue());
            assertEquals(1, mailer.sent.size());
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void mailThatCouldNotBeSentForDaysIsDropped(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            UserId ann = user(db, "ann@example.org");
            Hands clock = new Hands();
            MailQueue q = queue(db, new RecordingMailer(), clock);
            q.message(ann, "reminder", "S", "T");
            assertEquals(0, q.purge());
            clock.now = clock.now.plus(MailQueue.KEEP).plus(Duration.ofMinutes(1));
            assertEquals(1, q.purge());
            assertEquals(0, new JdbiMailOutboxRepository(db.jdbi()).count());
        }
    }

}
