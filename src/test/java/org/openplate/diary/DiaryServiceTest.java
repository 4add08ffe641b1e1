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
class DiaryServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private record Setup(DiaryService diary, UserId user, FoodService foods, ProfileService profiles) {
    }

    private static Setup setup(ExerciseCalories exercise) {
        FoodService foods = BundledCatalog.service();
        var jdbi = BundledCatalog.jdbi();
        UserId user = new UserId(jdbi.withHandle(h -> h.createUpdate("INSERT INTO users (email, password_hash,"
                        + " created_at) VALUES (:e, 'x', 0)").bind("e", "svc" + System.nanoTime() + "@example.org")
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()));
        ProfileService profiles = new ProfileService(new JdbiProfileRepository(jdbi), new CalorieGoalCalculator(), CLOCK);
        DiaryService diary = new DiaryService(new JdbiDiaryRepository(jdbi), foods, profiles,
                new GoalService(new org.openplate.profile.JdbiGoalRepository(jdbi), profiles, CLOCK), exercise, CLOCK);
        return new Setup(diary, user, foods, profiles);
    }

    private static long food(FoodService foods, String ndb) {
        return BundledCatalog.jdbi().withHandle(h -> h.createQuery("SELECT id FROM foods WHERE source = 'usda-sr24'"
                + " AND source_id = :id").bind("id", ndb).mapTo(Long.class).one());
    }

    @Test
    void budgetIsGoalMinusFoodPlusTheCreditedShareOfExercise() {
        Setup s = setup((u, d) -> d.equals(TODAY) ? OptionalDouble.of(300) : OptionalDouble.empty());
        s.profiles().update(s.user(), org.openplate.testing.TestProfiles.complete(org.openplate.energy.Sex.FEMALE,
                java.time.LocalDate.of(1990, 5, 1), 165, 70, org.openplate.energy.ActivityLevel.SEDENTARY,
                org.openplate.energy.WeeklyGoal.LOSE_1));
        int goal = s.profiles().calorieGoal(s.profiles().get(s.user())).orElseThrow().dailyGoalKcal();
        long banana = food(s.foods(), "09040");
        s.diary().add(s.user(), Map.of("date", TODAY.toString(), "foodId", Long.toString(banana), "amount", "200",
                "portion", "g")::get);
        DayView day = s.diary().day(s.user(), TODAY);
        assertEquals(178.0, day.budget().foodKcal(), 1e-9);
        assertEquals(300.0, day.budget().exerciseKcal(), 1e-9);
        assertEquals(goal - 178.0 + 300, day.budget().remainingKcal(), 1e-9, "all exercise credited by default");
        s.diary().saveSettings(s.user(), Map.of("exerciseCredit", "half")::get);
        assertEquals(goal - 178.0 + 150, s.diary().day(s.user(), TODAY).budget().remainingKcal(), 1e-9);
        s.diary().saveSettings(s.user(), Map.of("exerciseCredit", "none")::get);
        assertEquals(goal - 178.0, s.diary().day(s.user(), TODAY).budget().remainingKcal(), 1e-9);
        DayView yesterday = s.diary().day(s.user(), TODAY.minusDays(1));
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
        Line ml = s.diary().add(s.user(), Map.of("date", TODAY.toString(), "foodId", Long.toString(milk),
                "amount", "250", "portion", "ml")::get);
        assertEquals(250 * 244 / 236.5882365, ml.grams(), 1e-9, "density from the cup measure");
        Line oz = s.diary().add(s.user(), Map.of("date", TODAY.toString(), "foodId", Long.toString(milk),
                "amount", "2", "portion", "oz")::get);
        assertEquals(2 * 28.349523125, oz.grams(), 1e-9);
        assertTrue(f.portions().size() > 0);

        BadInputException tooMuch = assertThrows(BadInputException.class, () -> s.diary().add(s.user(), Map.of(
                "date", TODAY.toString(), "foodId", Long.toString(milk), "amount", "5001", "portion", "g")::get));
        assertEquals("amount", tooMuch.field());
        BadInputException ahead = assertThrows(BadInputException.class, () -> s.diary().add(s.user(), Map.of(
                "date", TODAY.plusDays(366).toString(), "foodId", Long.toString(milk), "amount", "1")::get));
        assertEquals("date", ahead.field());
        s.diary().add(s.user(), Map.of("date", TODAY.plusDays(365).toString(), "kcal", "10")::get);
        long bread = food(s.foods(), "18071");   // only "1 oz" and "1 slice": no volume
        BadInputException noMl = assertThrows(BadInputException.class, () -> s.diary().add(s.user(), Map.of(
                "date", TODAY.toString(), "foodId", Long.toString(bread), "amount", "1", "portion", "ml")::get));
        assertEquals("portion", noMl.field());
        assertEquals(2, s.diary().day(s.user(), TODAY).entryCount(), "rejected entries wrote nothing");
    }
}
