package org.openplate.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.diary.DiaryFacts;
import org.openplate.profile.ProfileFacts;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases.TestDb;
import org.openplate.units.UnitSystem;
import org.openplate.weight.WeighInFact;
import org.openplate.weight.WeighInFacts;

/** The scheduler learns about diaries, weigh-ins and profiles only through the query ports those features own. */
class NotificationPortsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T21:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void notificationReadsNoOtherFeaturesTables() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/openplate/notification"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f).toLowerCase(Locale.ROOT);
                for (String table : List.of("diary_entries", "weigh_ins", "profiles", "goal_changes")) {
                    if (text.matches("(?s).*\\b(from|join|into|update|table)\\s+" + table + "\\b.*")) {
                        found.add(f.getFileName() + ": " + table);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static UserId user(Database db) {
        return new UserId(db.jdbi().withHandle(h -> h.createQuery("INSERT INTO users (email, password_hash,"
                        + " created_at) VALUES (:e, 'x', 0) RETURNING id").bind("e", "p" + System.nanoTime() + "@example.org")
                .mapTo(Long.class).one()));
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void oneProfileReadPerBatchAndEachUserSeesOnlyTheirOwnFacts(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            JdbiNotificationRepository repo = new JdbiNotificationRepository(db.jdbi());
            NotificationService service = new NotificationService(repo, clock);
            UserId us = user(db);       // US units, 80 → 77.5 kg (5.5 lb) toward 70: one 5-lb milestone
            UserId metric = user(db);   // metric, same weights: one 2-kg milestone; logged today
            UserId bare = user(db);     // no weigh-ins, no target
            Map<UserId, List<WeighInFact>> weighIns = Map.of(
                    us, List.of(new WeighInFact(TODAY.minusDays(20), 80), new WeighInFact(TODAY.minusDays(1), 77.5)),
                    metric, List.of(new WeighInFact(TODAY.minusDays(20), 80), new WeighInFact(TODAY.minusDays(1), 77.5)));
            AtomicInteger profileReads = new AtomicInteger();
            List<ProfileFacts.Scheduling> all = List.of(new ProfileFacts.Scheduling(us, "UTC", UnitSystem.US, 70.0),
                    new ProfileFacts.Scheduling(metric, "UTC", UnitSystem.METRIC, 70.0),
                    new ProfileFacts.Scheduling(bare, "UTC", UnitSystem.METRIC, null));
            ProfileFacts profiles = new ProfileFacts() {
                @Override
                public List<UserId> usersAfter(long afterUserId, int limit) {
                    return all.stream().map(ProfileFacts.Scheduling::user).filter(u -> u.value() > afterUserId)
                            .limit(limit).toList();
                }

                @Override
                public List<ProfileFacts.Scheduling> of(List<UserId> users) {
                    profileReads.incrementAndGet();
                    return all.stream().filter(f -> users.contains(f.user())).toList();
                }
            };
            DiaryFacts diary = new DiaryFacts() {
                @Override
                public boolean hasEntries(UserId user, LocalDate day) {
                    return user.equals(metric) && day.equals(TODAY);
                }

                @Override
                public List<LocalDate> loggedDays(UserId user, LocalDate from, LocalDate to) {
                    return List.of();
                }
            };
            WeighInFacts weights = new WeighInFacts() {
                @Override
                public Optional<WeighInFact> first(UserId user) {
                    return Optional.ofNullable(weighIns.get(user)).map(l -> l.get(0));
                }

                @Override
                public Optional<WeighInFact> latest(UserId user) {
                    return Optional.ofNullable(weighIns.get(user)).map(l -> l.get(l.size() - 1));
                }
            };
            NotificationScheduler scheduler = new NotificationScheduler(repo, NotificationSchedulerTest.queue(db), service, clock, profiles, diary, weights,
                    u -> Optional.empty());

            scheduler.runOnce();

            assertEquals(1, profileReads.get(), "the profiles of a claimed batch are read once, not once per user");
            assertEquals(List.of("5 lb toward your target", "Nothing logged today yet"), titles(service, us));
            assertEquals(List.of("2 kg toward your target"), titles(service, metric));
            assertEquals(List.of("Nothing logged today yet"), titles(service, bare));
        }
    }

    private static List<String> titles(NotificationService service, UserId u) {
        return service.feed(u).stream().map(Notification::title).sorted().toList();
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void thePortsFilterByUser(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            UserId a = user(db);
            UserId b = user(db);
            db.jdbi().useHandle(h -> {
                for (Object[] w : new Object[][] {{a, "2026-11-01", 80.0}, {a, "2026-11-20", 78.0}, {b, "2026-10-01", 99.0},
                        {b, "2026-11-30", 98.0}}) {
                    h.createUpdate("INSERT INTO weigh_ins (user_id, day, measured_at, weight_kg, created_at)"
                                    + " VALUES (:u, :d, 0, :w, 0)").bind("u", ((UserId) w[0]).value()).bind("d", (String) w[1])
                            .bind("w", (double) w[2]).execute();
                }
            });
            var weights = new org.openplate.weight.JdbiWeighInFacts(db.jdbi());
            assertEquals(new WeighInFact(LocalDate.parse("2026-11-01"), 80.0), weights.first(a).orElseThrow());
            assertEquals(new WeighInFact(LocalDate.parse("2026-11-20"), 78.0), weights.latest(a).orElseThrow());
            assertTrue(weights.latest(user(db)).isEmpty());
            var entries = new org.openplate.diary.JdbiDiaryRepository(db.jdbi());
            long meal = entries.meals(b).get(0).id();
            entries.insert(b, List.of(org.openplate.diary.EntryKindAccess.quick(TODAY, meal, 300),
                    org.openplate.diary.EntryKindAccess.quick(TODAY.minusDays(2), meal, 200)), 0);
            var diary = new org.openplate.diary.JdbiDiaryFacts(db.jdbi());
            assertFalse(diary.hasEntries(a, TODAY), "another user's entries do not count");
            assertTrue(diary.hasEntries(b, TODAY));
            assertEquals(List.of(), diary.loggedDays(a, TODAY.minusDays(30), TODAY));
            assertEquals(List.of(TODAY, TODAY.minusDays(2)), diary.loggedDays(b, TODAY.minusDays(30), TODAY));

            var profileRepo = new org.openplate.profile.JdbiProfileRepository(db.jdbi());
            profileRepo.save(org.openplate.profile.Profile.empty(a, NOW));
            var profileFacts = new org.openplate.profile.JdbiProfileFacts(db.jdbi());
            var facts = profileFacts.of(List.of(a, b));
            assertEquals(List.of(new ProfileFacts.Scheduling(a, "UTC", UnitSystem.US, null)), facts);
            assertTrue(profileFacts.usersAfter(a.value() - 1, 10).contains(a));
            assertTrue(profileFacts.usersAfter(0, 100_000).stream().noneMatch(u -> u.equals(b)),
                    "users without a profile are not enrolled");
            assertTrue(profileFacts.usersAfter(a.value(), 10).stream().allMatch(u -> u.value() > a.value()));
        }
    }
}
