package org.openplate.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.energy.CalorieGoalCalculator;
import org.openplate.food.BundledCatalog;
import org.openplate.food.Food;
import org.openplate.food.FoodService;
import org.openplate.profile.JdbiProfileRepository;
import org.openplate.profile.GoalService;
import org.openplate.profile.ProfileService;

/** The diary's figures over the real bundled catalogue: budget with exercise credit, units, limits. */
class DiaryBudgetTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private record Setup(DiaryServices diary, UserId user, FoodService foods, ProfileService profiles) {
    }

    private static Setup setup(ExerciseCalories exercise) {
        FoodService foods = BundledCatalog.service();
        var jdbi = BundledCatalog.jdbi();
        UserId user = new UserId(jdbi.withHandle(h -> h.createQuery("INSERT INTO users (email, password_hash,"
                        + " created_at) VALUES (:e, 'x', 0) RETURNING id").bind("e", "svc" + System.nanoTime() + "@example.org")
                .mapTo(Long.class).one()));
        ProfileService profiles = new ProfileService(new JdbiProfileRepository(jdbi), new CalorieGoalCalculator(), CLOCK);
        DiaryServices diary = DiaryServices.create(new JdbiDiaryRepository(jdbi), foods, profiles,
                new GoalService(new org.openplate.profile.JdbiGoalRepository(jdbi), profiles, CLOCK), exercise, CLOCK);
        return new Setup(diary, user, foods, profiles);
    }

    private static long food(FoodService foods, String ndb) {
        return BundledCatalog.jdbi().withHandle(h -> h.createQuery("SELECT id FROM foods WHERE source = 'usda-sr24'"
                + " AND source_id = :id").bind("id", ndb).mapTo(Long.class).one());
    }

    private static AddEntryRequest food(LocalDate day, long food, double amount, String portion) {
        return new AddEntryRequest(day, null, new NewEntry.FoodPortion(food, amount, portion));
    }

    @Test
    void budgetIsGoalMinusFoodPlusTheCreditedShareOfExercise() {
        Setup s = setup((u, d) -> d.equals(TODAY) ? OptionalDouble.of(300) : OptionalDouble.empty());
        s.profiles().update(s.user(), org.openplate.testing.TestProfiles.complete(org.openplate.energy.Sex.FEMALE,
                java.time.LocalDate.of(1990, 5, 1), 165, 70, org.openplate.energy.ActivityLevel.SEDENTARY,
                org.openplate.energy.WeeklyGoal.LOSE_1));
        int goal = s.profiles().calorieGoal(s.profiles().get(s.user())).orElseThrow().dailyGoalKcal();
        long banana = food(s.foods(), "09040");
        s.diary().entries().add(s.user(), food(TODAY, banana, 200, "g"));
        DayView day = s.diary().days().day(s.user(), TODAY);
        assertEquals(178.0, day.budget().foodKcal(), 1e-9);
        assertEquals(300.0, day.budget().exerciseKcal(), 1e-9);
        assertEquals(goal - 178.0 + 300, day.budget().remainingKcal(), 1e-9, "all exercise credited by default");
        s.diary().notes().saveSettings(s.user(), new SettingsRequest(ExerciseCredit.HALF, null));
        assertEquals(goal - 178.0 + 150, s.diary().days().day(s.user(), TODAY).budget().remainingKcal(), 1e-9);
        s.diary().notes().saveSettings(s.user(), new SettingsRequest(ExerciseCredit.NONE, null));
        assertEquals(goal - 178.0, s.diary().days().day(s.user(), TODAY).budget().remainingKcal(), 1e-9);
        DayView yesterday = s.diary().days().day(s.user(), TODAY.minusDays(1));
        assertNull(yesterday.budget().exerciseKcal(), "no exercise log: no credit");

        // vitamin C against the RDA for a 36-year-old woman (75 mg): 200 g of banana has 17.4 mg
        DayView.MicroRow vitC = day.micros().stream().filter(r -> r.id().equals("vitamin_c")).findFirst().orElseThrow();
        assertEquals(17.4, vitC.amount(), 1e-9);
        assertEquals(75.0, vitC.reference(), 1e-9);
        assertEquals(23, vitC.percent());
    }

    @Test
    void unitsAndLimits() {
        Setup s = setup(ExerciseCalories.NONE);
        long milk = food(s.foods(), "01079");   // 2% milk: 1 cup = 244 g
        Food f = s.foods().get(milk, s.user());
        Line ml = s.diary().entries().add(s.user(), food(TODAY, milk, 250, "ml"));
        assertEquals(250 * 244 / 236.5882365, ml.grams(), 1e-9, "density from the cup measure");
        Line oz = s.diary().entries().add(s.user(), food(TODAY, milk, 2, "oz"));
        assertEquals(2 * 28.349523125, oz.grams(), 1e-9);
        assertTrue(f.portions().size() > 0);

        BadInputException tooMuch = assertThrows(BadInputException.class, () -> s.diary().entries().add(s.user(),
                food(TODAY, milk, 5001, "g")));
        assertEquals("amount", tooMuch.field());
        BadInputException ahead = assertThrows(BadInputException.class, () -> s.diary().entries().add(s.user(),
                food(TODAY.plusDays(366), milk, 1, null)));
        assertEquals("date", ahead.field());
        s.diary().entries().add(s.user(), new AddEntryRequest(TODAY.plusDays(365), null,
                new NewEntry.QuickAdd(null, 10, null, null, null)));
        long bread = food(s.foods(), "18071");   // only "1 oz" and "1 slice": no volume
        BadInputException noMl = assertThrows(BadInputException.class, () -> s.diary().entries().add(s.user(),
                food(TODAY, bread, 1, "ml")));
        assertEquals("portion", noMl.field());
        assertEquals(2, s.diary().days().day(s.user(), TODAY).entryCount(), "rejected entries wrote nothing");
    }
}
