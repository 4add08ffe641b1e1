package org.openplate.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.energy.CalorieGoalCalculator;
import org.openplate.energy.MetCalories;
import org.openplate.profile.JdbiProfileRepository;
import org.openplate.profile.Profile;
import org.openplate.profile.ProfileService;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases.TestDb;

/** The exercise log with typed inputs, on both databases: the rules that need the user or the catalogue. */
class ExerciseServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ActivityCatalog CATALOG = ActivityCatalog.load();

    private static UserId user(Database db, Double weightKg) {
        UserId u = new UserId(db.jdbi().withHandle(h -> h.createQuery("INSERT INTO users (email, password_hash,"
                        + " created_at) VALUES (:e, 'x', 0) RETURNING id").bind("e", "x" + System.nanoTime() + "@example.org")
                .mapTo(Long.class).one()));
        Profile p = Profile.empty(u, NOW);
        new JdbiProfileRepository(db.jdbi()).save(new Profile(u, p.sex(), p.birthDate(), p.heightCm(), weightKg,
                p.activity(), p.goal(), p.targetWeightKg(), p.units(), ZoneOffset.UTC, p.equation(), p.bodyFatPct(),
                p.macros(), NOW));
        return u;
    }

    /** The service over the database, on a clock fixed at NOW. */
    private static ExerciseService service(Database db) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ProfileService profiles = new ProfileService(new JdbiProfileRepository(db.jdbi()),
                new CalorieGoalCalculator(), clock);
        return new ExerciseService(new JdbiExerciseRepository(db.jdbi()), CATALOG, profiles, clock);
    }

    private static LogActivityRequest request(String kind, String code, Double minutes, Integer sets, Double kcal,
                                              String name, CheckIn checkIn) {
        return new LogActivityRequest(null, kind, code == null ? null : CATALOG.byCode(code).orElseThrow(), minutes,
                null, sets, null, null, null, null, kcal, name, checkIn);
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void logsTypedEntries(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            ExerciseService service = service(db);
            UserId u = user(db, 70.0);
            service.saveNetOfRest(u, false);
            assertFalse(service.netOfRest(u));

            CheckIn checkIn = new CheckIn(3, 2, Set.of(CheckIn.Area.LOWER_BACK), 30, CheckIn.Effort.MILD, Set.of());
            ExerciseService.Logged stretch = service.log(u, request(ExerciseEntry.CARDIO, "02101", 20.0, null, null,
                    null, checkIn));
            assertEquals(TODAY, stretch.entry().day(), "no date means today");
            assertEquals("Stretching, mild", stretch.entry().name());
            assertEquals(MetCalories.kcal(2.3, 70, 20, false), stretch.entry().kcal(), 1e-9);
            assertEquals(checkIn, service.entry(u, stretch.entry().id()).checkIn());
            assertFalse(stretch.advice().isEmpty(), "a check-in gets advice");

            ExerciseEntry strength = service.log(u, request(ExerciseEntry.STRENGTH, null, null, 3, null, null, null))
                    .entry();
            assertEquals(ExerciseService.STRENGTH_DEFAULT, strength.activityCode());
            assertEquals(MetCalories.minutesForSets(3), strength.minutes(), 1e-9);

            ExerciseEntry manual = service.log(u, request(ExerciseEntry.MANUAL, null, null, null, 321.0, "Climb",
                    null)).entry();
            assertEquals(321, manual.kcal(), 1e-9);
            assertTrue(manual.kcalOverride());
            assertNull(manual.bodyWeightKg());

            assertEquals("activityCode", assertThrows(BadInputException.class, () -> service.log(u,
                    request(ExerciseEntry.CARDIO, null, 20.0, null, null, null, null))).field());
            assertEquals("kcal", assertThrows(BadInputException.class, () -> service.log(u,
                    request(ExerciseEntry.MANUAL, null, null, null, null, "Climb", null))).field());
            assertEquals("minutes", assertThrows(BadInputException.class, () -> service.log(u,
                    request(ExerciseEntry.CARDIO, "12020", null, null, null, null, null))).field());
            assertEquals("name", assertThrows(BadInputException.class, () -> service.log(u,
                    request(ExerciseEntry.CUSTOM, null, 10.0, null, 100.0, null, null))).field());
            BadInputException late = assertThrows(BadInputException.class,
                    () -> service.checkedDate(u, TODAY.plusDays(2)));
            assertEquals("Date must be between 1900-01-01 and 2026-11-25.", late.getMessage());
            assertEquals(3, service.day(u, TODAY).entries().size(), "refused entries wrote nothing");

            UserId noWeight = user(db, null);
            assertEquals("weight", assertThrows(BadInputException.class, () -> service.log(noWeight,
                    request(ExerciseEntry.CARDIO, "12020", 30.0, null, null, null, null))).field());
            assertTrue(service.day(noWeight, TODAY).entries().isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void burnedCaloriesOfADayAreThatUsersEntriesOfThatDayOnly(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            ExerciseService service = service(db);
            UserId u = user(db, 70.0);
            UserId other = user(db, 80.0);
            assertTrue(service.burnedKcal(u, TODAY).isEmpty(), "nothing logged: no figure, not zero");
            service.log(u, request(ExerciseEntry.MANUAL, null, null, null, 100.1, "Climb", null));
            service.log(u, request(ExerciseEntry.CARDIO, "02101", 20.0, null, null, null, null));
            service.log(other, request(ExerciseEntry.MANUAL, null, null, null, 999.0, "Row", null));
            LogActivityRequest yesterday = new LogActivityRequest(TODAY.minusDays(1), ExerciseEntry.MANUAL, null,
                    null, null, null, null, null, null, null, 50.0, "Swim", null);
            service.log(u, yesterday);
            double expected = service.day(u, TODAY).entries().stream().mapToDouble(ExerciseEntry::kcal).sum();
            assertEquals(100.1 + MetCalories.kcal(2.3, 70, 20, false), expected, 1e-9);
            assertEquals(expected, service.burnedKcal(u, TODAY).orElseThrow(), 0.0, "exactly the day's own sum");
            assertEquals(50.0, service.burnedKcal(u, TODAY.minusDays(1)).orElseThrow(), 0.0);
            assertEquals(999.0, service.burnedKcal(other, TODAY).orElseThrow(), 0.0);
            assertTrue(service.burnedKcal(u, TODAY.plusDays(1)).isEmpty());
        }
    }
}
