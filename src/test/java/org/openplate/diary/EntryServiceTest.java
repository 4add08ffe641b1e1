package org.openplate.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.openplate.diary.DiaryFixture.TODAY;
import static org.openplate.diary.DiaryFixture.change;
import static org.openplate.diary.DiaryFixture.food;
import static org.openplate.diary.DiaryFixture.quick;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.NotFoundException;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases.TestDb;

/** Entries through the service with typed requests, on SQLite and PostgreSQL: figures, positions, isolation. */
class EntryServiceTest {

    private static List<Long> order(DiaryFixture f, UserId u, LocalDate day, long meal) {
        return f.diary.days().day(u, day).meals().stream().filter(b -> b.meal().id() == meal)
                .flatMap(b -> b.lines().stream()).map(Line::id).toList();
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void addChangeDeleteRestoreAndCopy(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            DiaryFixture f = new DiaryFixture(db, ExerciseCalories.NONE);
            EntryService entries = f.diary.entries();
            UserId ann = f.user("ann");
            List<Meal> meals = f.diary.meals().meals(ann);
            long breakfast = meals.get(0).id();
            long lunch = meals.get(1).id();
            long oats = f.food(380, 13);

            Line a = entries.add(ann, food(TODAY, null, oats, 1, "cup"));
            assertEquals(breakfast, a.mealId(), "no meal: the first one");
            assertEquals(200.0, a.grams(), 1e-9);
            assertEquals(760.0, a.kcal(), 1e-9, "380 kcal/100 g × 200 g");
            Line b = entries.add(ann, quick(TODAY, breakfast, 150, 5.0));
            assertEquals(List.of(a.id(), b.id()), order(f, ann, TODAY, breakfast), "added at the end of the meal");
            assertEquals(910.0, f.diary.days().day(ann, TODAY).budget().foodKcal(), 1e-9);

            // amount and portion change; a new meal puts the entry last there
            Line changed = entries.update(ann, a.id(), change(50.0, "g"));
            assertEquals(190.0, changed.kcal(), 1e-9);
            assertEquals("g", changed.unit());
            Line c = entries.add(ann, quick(TODAY, lunch, 300, null));
            Line moved = entries.update(ann, b.id(), new UpdateEntryRequest(null, lunch, null, null, 120.0,
                    new UpdateEntryRequest.Change<>(null), null, null, null));
            assertEquals(lunch, moved.mealId());
            assertEquals(120.0, moved.kcal(), 1e-9);
            assertNull(moved.protein(), "a cleared macro is unknown, not 0");
            assertEquals(List.of(c.id(), b.id()), order(f, ann, TODAY, lunch));

            // delete, then restore
            assertEquals(TODAY, entries.delete(ann, c.id()));
            assertEquals(310.0, f.diary.days().day(ann, TODAY).budget().foodKcal(), 1e-9);
            assertThrows(NotFoundException.class, () -> entries.entry(ann, c.id()));
            assertThrows(NotFoundException.class, () -> entries.delete(ann, c.id()));
            entries.restore(ann, c.id());
            assertEquals(610.0, f.diary.days().day(ann, TODAY).budget().foodKcal(), 1e-9);

            // copy the day (same meals), then lunch into breakfast of another day after what is there
            LocalDate next = TODAY.plusDays(1);
            Line there = entries.add(ann, quick(next, breakfast, 10, null));
            List<Line> copies = entries.copy(ann, new CopyRequest(TODAY, null, next, null));
            assertEquals(3, copies.size());
            assertEquals(620.0, f.diary.days().day(ann, next).budget().foodKcal(), 1e-9);
            assertEquals(there.id(), order(f, ann, next, breakfast).get(0), "copies come after existing entries");
            LocalDate third = TODAY.plusDays(2);
            List<Line> lunchOnly = entries.copy(ann, new CopyRequest(TODAY, lunch, third, breakfast));
            assertEquals(2, lunchOnly.size());
            assertEquals(lunchOnly.stream().map(Line::id).toList(), order(f, ann, third, breakfast));
            assertEquals(420.0, f.diary.days().day(ann, third).budget().foodKcal(), 1e-9);
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void anotherUsersIdsAreNotFoundOrRefusedAndNothingIsWritten(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            DiaryFixture f = new DiaryFixture(db, ExerciseCalories.NONE);
            EntryService entries = f.diary.entries();
            UserId ann = f.user("ann");
            UserId bob = f.user("bob");
            long annMeal = f.diary.meals().meals(ann).get(0).id();
            Line a = entries.add(ann, quick(TODAY, annMeal, 500, null));

            assertThrows(NotFoundException.class, () -> entries.entry(bob, a.id()));
            assertThrows(NotFoundException.class, () -> entries.update(bob, a.id(), change(1.0, null)));
            assertThrows(NotFoundException.class, () -> entries.delete(bob, a.id()));
            assertThrows(NotFoundException.class, () -> entries.restore(bob, a.id()));
            BadInputException meal = assertThrows(BadInputException.class,
                    () -> entries.add(bob, quick(TODAY, annMeal, 1, null)));
            assertEquals("mealId", meal.field());
            BadInputException copy = assertThrows(BadInputException.class,
                    () -> entries.copy(bob, new CopyRequest(TODAY, annMeal, TODAY.plusDays(1), null)));
            assertEquals("fromMealId", copy.field());
            assertEquals(0, entries.copy(bob, new CopyRequest(TODAY, null, TODAY.plusDays(1), null)).size(),
                    "copying reads only the user's own entries");
            assertEquals(500.0, f.diary.days().day(ann, TODAY).budget().foodKcal(), 1e-9);
            assertEquals(0, f.diary.days().day(bob, TODAY.plusDays(1)).entryCount());
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void rulesThatNeedTheUsersDataNameTheField(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            DiaryFixture f = new DiaryFixture(db, ExerciseCalories.NONE);
            EntryService entries = f.diary.entries();
            UserId ann = f.user("ann");
            long oats = f.food(380, 13);
            assertEquals("date", assertThrows(BadInputException.class,
                    () -> entries.add(ann, food(TODAY.plusDays(366), null, oats, 1, null))).field());
            assertEquals("foodId", assertThrows(BadInputException.class,
                    () -> entries.add(ann, food(TODAY, null, 999_999_999L, 1, null))).field());
            assertEquals("portion", assertThrows(BadInputException.class,
                    () -> entries.add(ann, food(TODAY, null, oats, 1, "bucket"))).field());
            assertEquals("amount", assertThrows(BadInputException.class,
                    () -> entries.add(ann, food(TODAY, null, oats, 26, "cup"))).field(), "5.2 kg is over 5 kg");
            assertEquals("recipeId", assertThrows(BadInputException.class, () -> entries.add(ann,
                    new AddEntryRequest(TODAY, null, new NewEntry.RecipePortion(999_999_999L, 1, null)))).field());
            entries.add(ann, quick(TODAY.plusDays(365), null, 10, null));
            assertEquals(0, f.diary.days().day(ann, TODAY).entryCount(), "refused entries wrote nothing");
        }
    }

    /**
     * The latest date an entry may have is a year after today in the user's own time zone, which can be a
     * day ahead of (or behind) UTC; dates well inside the range are accepted without reading the profile.
     */
    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void theLatestDateIsAYearAfterTodayInTheUsersZone(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            DiaryFixture f = new DiaryFixture(db, ExerciseCalories.NONE);
            EntryService entries = f.diary.entries();
            // at the fixture's instant (12:00 UTC) it is already tomorrow on Kiritimati (UTC+14)
            UserId ahead = f.user("kiritimati");
            UserId behind = f.user("pago");
            new org.openplate.profile.JdbiProfileRepository(db.jdbi()).save(zoned(ahead, "Pacific/Kiritimati"));
            new org.openplate.profile.JdbiProfileRepository(db.jdbi()).save(zoned(behind, "Pacific/Pago_Pago"));
            LocalDate aheadToday = TODAY.plusDays(1);
            entries.add(ahead, quick(aheadToday.plusDays(365), null, 10, null));
            BadInputException late = assertThrows(BadInputException.class,
                    () -> entries.add(ahead, quick(aheadToday.plusDays(366), null, 10, null)));
            assertEquals("date", late.field());
            assertEquals(true, late.getMessage().contains(aheadToday.plusDays(365).toString()), late.getMessage());
            // on Pago Pago (UTC-11) it is still the fixture's today
            entries.add(behind, quick(TODAY.plusDays(365), null, 10, null));
            assertEquals("date", assertThrows(BadInputException.class,
                    () -> entries.add(behind, quick(TODAY.plusDays(366), null, 10, null))).field());
            // the earliest date, and the day before it
            entries.add(behind, quick(LocalDate.of(1900, 1, 1), null, 10, null));
            assertEquals("date", assertThrows(BadInputException.class,
                    () -> entries.add(behind, quick(LocalDate.of(1899, 12, 31), null, 10, null))).field());
            assertEquals(1, f.diary.days().day(ahead, aheadToday.plusDays(365)).entryCount());
            assertEquals(0, f.diary.days().day(behind, TODAY.plusDays(366)).entryCount(), "refused entries wrote nothing");
        }
    }

    private static org.openplate.profile.Profile zoned(UserId user, String zone) {
        org.openplate.profile.Profile p = org.openplate.profile.Profile.empty(user, DiaryFixture.CLOCK.instant());
        return new org.openplate.profile.Profile(p.userId(), p.sex(), p.birthDate(), p.heightCm(), p.weightKg(),
                p.activity(), p.goal(), p.targetWeightKg(), p.units(), java.time.ZoneId.of(zone),
                p.equation(), p.bodyFatPct(), p.macros(), p.updatedAt());
    }
}
