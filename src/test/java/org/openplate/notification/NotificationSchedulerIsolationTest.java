package org.openplate.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.diary.JdbiDiaryFacts;
import org.openplate.profile.JdbiProfileFacts;
import org.openplate.weight.GoalPrompts;
import org.openplate.weight.JdbiWeighInFacts;
import org.openplate.profile.JdbiProfileRepository;
import org.openplate.profile.Profile;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases.TestDb;

/** One user whose data throws does not stop the notification run for the users after them. */
class NotificationSchedulerIsolationTest {

    private static final Instant NOW = Instant.parse("2026-11-24T21:00:00Z");

    private static UserId user(Database db) {
        UserId u = new UserId(db.jdbi().withHandle(h -> h.createQuery("INSERT INTO users (email, password_hash,"
                        + " created_at) VALUES (:e, 'x', 0) RETURNING id").bind("e", "i" + System.nanoTime() + "@example.org")
                .mapTo(Long.class).one()));
        new JdbiProfileRepository(db.jdbi()).save(Profile.empty(u, NOW));
        return u;
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aFailingUserIsSkippedAndLaterUsersStillGetTheirNotifications(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            JdbiNotificationRepository repo = new JdbiNotificationRepository(db.jdbi());
            NotificationService service = new NotificationService(repo, clock);
            UserId estimateThrows = user(db);   // the goal-update check throws, as the estimator once did
            UserId badSetting = user(db);       // a stored reminder time that cannot be read
            db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO notification_settings (user_id, food_reminder_time)"
                    + " VALUES (:u, 'not a time')").bind("u", badSetting.value()).execute());
            UserId later = user(db);
            GoalPrompts updates = u -> {
                if (u.equals(estimateThrows)) {
                    throw new IllegalArgumentException("person out of range");
                }
                return Optional.empty();
            };
            NotificationScheduler scheduler = new NotificationScheduler(repo, NotificationSchedulerTest.queue(db), service, clock,
                    new JdbiProfileFacts(db.jdbi()), new JdbiDiaryFacts(db.jdbi()), new JdbiWeighInFacts(db.jdbi()), updates);

            int created = scheduler.runOnce();

            assertEquals(List.of("food-reminder"), kinds(service, later), "the user after the failures is served");
            assertEquals(List.of("food-reminder"), kinds(service, estimateThrows),
                    "a failing goal check does not cost the user their other notifications");
            assertTrue(service.feed(badSetting).isEmpty());
            assertEquals(2, created);
            assertEquals(0, scheduler.runOnce(), "a rerun creates nothing twice and still does not abort");
        }
    }

    private static List<String> kinds(NotificationService service, UserId u) {
        return service.feed(u).stream().map(n -> n.kind().code()).toList();
    }
}
