package org.openplate.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.diary.Entry;
import org.openplate.diary.EntryKindAccess;
import org.openplate.diary.JdbiDiaryFacts;
import org.openplate.diary.JdbiDiaryRepository;
import org.openplate.profile.JdbiProfileFacts;
import org.openplate.profile.JdbiProfileRepository;
import org.openplate.profile.Profile;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases.TestDb;
import org.openplate.weight.JdbiWeighInFacts;
import org.openplate.weight.JdbiWeightRepository;
import org.openplate.weight.WeighIn;

/** The scheduler on both databases: what is due, preferences, and no duplicates with two schedulers at once. */
class NotificationSchedulerTest {

    private static final Instant NOW = Instant.parse("2026-11-24T21:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static UserId user(Database db, double targetKg) {
        UserId u = new UserId(db.jdbi().withHandle(h -> h.createQuery("INSERT INTO users (email, password_hash,"
                        + " created_at) VALUES (:e, 'x', 0) RETURNING id").bind("e", "n" + System.nanoTime() + "@example.org")
                .mapTo(Long.class).one()));
        Profile p = Profile.empty(u, NOW);
        new JdbiProfileRepository(db.jdbi()).save(new Profile(u, p.sex(), p.birthDate(), p.heightCm(), p.weightKg(),
                p.activity(), p.goal(), targetKg, p.units(), ZoneOffset.UTC, p.equation(), p.bodyFatPct(), p.macros(),
                NOW));
        return u;
    }

    /** The queue as App wires it: claims skip locked rows on PostgreSQL. */
    static JdbiDueQueue queue(Database db) {
        return new JdbiDueQueue(db.jdbi(), db.dialect() == org.openplate.storage.Dialect.POSTGRES);
    }

    /** The scheduler as App wires it, with the features' own query ports, and no goal prompts. */
    static NotificationScheduler scheduler(Database db, NotificationRepository repo, NotificationService service,
                                           Clock clock) {
        return new NotificationScheduler(repo, queue(db), service, clock, new JdbiProfileFacts(db.jdbi()),
                new JdbiDiaryFacts(db.jdbi()), new JdbiWeighInFacts(db.jdbi()), u -> java.util.Optional.empty());
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void dueNotificationsOnceEvenWithTwoSchedulers(TestDb tdb) throws Exception {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            JdbiNotificationRepository repo = new JdbiNotificationRepository(db.jdbi());
            NotificationService service = new NotificationService(repo, clock);
            UserId idle = user(db, 70);          // nothing logged today, weighed 8 days ago, 5 kg toward 70
            JdbiWeightRepository weights = new JdbiWeightRepository(db.jdbi());
            weights.insert(idle, List.of(new WeighIn(0, TODAY.minusDays(30), 0, 80, null, null),
                    new WeighIn(0, TODAY.minusDays(8), 0, 75.5, null, null)), 0);
            UserId streaker = user(db, 60);      // logged the last 7 days and today
            JdbiDiaryRepository diary = new JdbiDiaryRepository(db.jdbi());
            long meal = diary.meals(streaker).get(0).id();
            List<Entry> entries = new ArrayList<>();
            for (int d = 0; d <= 7; d++) {
                entries.add(EntryKindAccess.quick(TODAY.minusDays(d), meal, 300));
            }
            diary.insert(streaker, entries, 0);
            UserId quiet = user(db, 70);         // switched food reminders off
            service.savePrefs(quiet, new NotificationPrefs(null, java.util.Set.of(NotificationKind.WEIGH_IN_REMINDER)));

            // two instances at the same moment
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Callable<Integer>> runs = List.of(scheduler(db, repo, service, clock)::runOnce,
                    scheduler(db, repo, service, clock)::runOnce);
            int created = 0;
            for (Future<Integer> f : pool.invokeAll(runs)) {
                created += f.get();
            }
            pool.shutdown();
            created += scheduler(db, repo, service, clock).runOnce();

            List<String> idleKinds = service.feed(idle).stream().map(n -> n.kind().code()).sorted().toList();
            assertEquals(List.of("food-reminder", "milestone", "weigh-in-reminder"), idleKinds,
                    "a new profile is in US units: 80 → 75.5 kg is 9.9 lb, one 5-lb step toward 70 kg");
            List<String> streakKinds = service.feed(streaker).stream().map(n -> n.kind().code()).sorted().toList();
            assertEquals(List.of("streak", "streak"), streakKinds, "7 days in a row: the 3- and 7-day streaks");
            assertTrue(service.feed(quiet).isEmpty(), "food reminders switched off");
            assertEquals(5, created, "each notification created once across both schedulers and a rerun");
            assertEquals(3, service.unread(idle.value()));
            assertEquals(3, service.markAllRead(idle));
            assertEquals(0, service.unread(idle.value()));
        }
    }
}
