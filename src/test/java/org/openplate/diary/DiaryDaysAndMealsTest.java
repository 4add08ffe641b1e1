package org.openplate.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openplate.diary.DiaryFixture.TODAY;
import static org.openplate.diary.DiaryFixture.food;
import static org.openplate.diary.DiaryFixture.quick;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.ConflictException;
import org.openplate.common.NotFoundException;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases.TestDb;

/** Meals, the day and week figures, notes, water and settings through the services, on both databases. */
class DiaryDaysAndMealsTest {

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void mealsAreOrderedRenamedAndKeptWhileTheyHoldEntries(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            DiaryFixture f = new DiaryFixture(db, ExerciseCalories.NONE);
            MealService meals = f.diary.meals();
            UserId ann = f.user("ann");
            UserId bob = f.user("bob");
            Meal brunch = meals.addMeal(ann, "  Brunch ");
            assertEquals("Brunch", brunch.name());
            meals.changeMeal(ann, brunch.id(), new MealChange("Elevenses", -1));
            assertEquals(List.of("Breakfast", "Lunch", "Dinner", "Elevenses", "Snacks"),
                    meals.meals(ann).stream().map(Meal::name).toList());
            assertEquals("name", assertThrows(BadInputException.class,
                    () -> meals.changeMeal(ann, brunch.id(), new MealChange("", 1))).field());
            assertEquals("Elevenses", meals.meals(ann).get(3).name(), "a refused change writes nothing");

            f.diary.entries().add(ann, quick(TODAY, brunch.id(), 100, null));
            assertThrows(ConflictException.class, () -> meals.deleteMeal(ann, brunch.id()));
            // another user's meal: 404 for every change, even one with nothing to change
            assertThrows(NotFoundException.class, () -> meals.renameMeal(bob, brunch.id(), "Mine"));
            assertThrows(NotFoundException.class, () -> meals.moveMeal(bob, brunch.id(), 1));
            assertThrows(NotFoundException.class, () -> meals.deleteMeal(bob, brunch.id()));
            assertThrows(NotFoundException.class, () -> meals.changeMeal(bob, brunch.id(), new MealChange(null, 0)));
            assertEquals(5, meals.meals(ann).size());

            long snacks = meals.meals(ann).get(4).id();
            meals.deleteMeal(ann, snacks);
            assertEquals(4, meals.meals(ann).size());
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void dayAndWeekTotals(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            DiaryFixture f = new DiaryFixture(db, (u, d) -> d.equals(TODAY) ? OptionalDouble.of(200)
                    : OptionalDouble.empty());
            UserId ann = f.user("ann");
            List<Meal> meals = f.diary.meals().meals(ann);
            long oats = f.food(380, 13);
            f.diary.entries().add(ann, food(TODAY, meals.get(0).id(), oats, 50, "g"));     // 190 kcal, 6.5 g protein
            f.diary.entries().add(ann, quick(TODAY, meals.get(2).id(), 600, null));        // protein unknown
            f.diary.entries().add(ann, quick(TODAY.minusDays(2), meals.get(1).id(), 1000, 40.0));

            DayView day = f.diary.days().day(ann, TODAY);
            assertEquals(790.0, day.budget().foodKcal(), 1e-9);
            assertEquals(200.0, day.budget().exerciseKcal(), 1e-9);
            assertNull(day.budget().goalKcal(), "no profile: no goal");
            assertEquals(190.0, day.meals().get(0).totals().totalOrZero("energy"), 1e-9);
            assertEquals(600.0, day.meals().get(2).totals().totalOrZero("energy"), 1e-9);
            assertEquals(6.5, day.totals().totalOrZero("protein"), 1e-9);
            assertEquals(1, day.totals().missing("protein"), "the quick add without protein is counted as missing");

            WeekView week = f.diary.days().week(ann, TODAY.minusDays(6));
            assertEquals(7, week.days().size());
            assertEquals(2, week.loggedDays());
            assertEquals(790.0, week.days().get(6).kcal(), 1e-9);
            assertEquals(1000.0, week.days().get(4).kcal(), 1e-9);
            assertEquals(895.0, week.avgKcal(), 1e-9, "empty days are not averaged in");

            List<DiaryDays.DailyTotals> daily = f.diary.days().daily(ann, TODAY.minusDays(2), TODAY);
            assertEquals(List.of(1000.0, 0.0, 790.0), daily.stream()
                    .map(d -> d.totals().totalOrZero("energy")).toList());
            assertEquals(0, f.diary.days().week(f.user("bob"), TODAY.minusDays(6)).loggedDays(),
                    "another user's week is empty");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void notesWaterAndSettings(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            DiaryFixture f = new DiaryFixture(db, ExerciseCalories.NONE);
            DayNotesService notes = f.diary.notes();
            UserId ann = f.user("ann");
            UserId bob = f.user("bob");

            notes.saveNote(ann, TODAY, "  Ate late.\nSlept well. ");
            assertEquals("Ate late.\nSlept well.", notes.note(ann, TODAY));
            assertNull(notes.note(bob, TODAY), "notes are per user");
            notes.saveNote(ann, TODAY, " ");
            assertNull(notes.note(ann, TODAY), "a blank note removes it");
            assertEquals("note", assertThrows(BadInputException.class,
                    () -> notes.saveNote(ann, TODAY, "x".repeat(2001))).field());

            assertEquals(500.0, notes.water(ann, TODAY, new WaterRequest(WaterUnit.ML, 500.0, null)), 1e-9);
            double cup = WaterUnit.CUPS.toMl(1);
            assertEquals(500.0 + cup, notes.water(ann, TODAY, new WaterRequest(null, null, 1.0)), 1e-9,
                "cups by default");
            assertEquals("add", assertThrows(BadInputException.class,
                    () -> notes.water(ann, TODAY, new WaterRequest(null, null, -10_000.0))).field());
            assertEquals("set", assertThrows(BadInputException.class,
                    () -> notes.water(ann, TODAY, new WaterRequest(null, 20_001.0, null))).field());
            BadInputException none = assertThrows(BadInputException.class,
                    () -> notes.water(ann, TODAY, new WaterRequest(null, null, null)));
            assertTrue(none.getMessage().contains("in cups"), none.getMessage());
            assertEquals(500.0 + cup, f.diary.days().day(ann, TODAY).waterMl(), 1e-9, "refused changes wrote nothing");
            assertEquals(0.0, f.diary.days().day(bob, TODAY).waterMl(), 1e-9);

            DiarySettings s = notes.saveSettings(ann, new SettingsRequest(null, WaterUnit.ML));
            assertEquals(WaterUnit.ML, s.waterUnit());
            assertEquals(ExerciseCredit.ALL, s.exerciseCredit(), "a setting not given keeps its value");
            assertEquals(750.0 + cup, notes.water(ann, TODAY, new WaterRequest(null, null, 250.0)), 1e-9,
                    "now the user's unit is ml");
            assertEquals(WaterUnit.CUPS, notes.settings(bob).waterUnit());
        }
    }
}
