package org.openplate.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import org.openplate.energy.MacroSplit;
import org.openplate.energy.Sex;
import org.openplate.food.Food;
import org.openplate.nutrition.Nutrient;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.nutrition.Nutrients;
import org.openplate.nutrition.Portion;
import org.openplate.profile.Person;

/**
 * The day summary's in-memory part, for the JMH benchmark {@code org.openplate.bench.jmh.DayBuilderBench}
 * ({@code DayBuilder} is package-private): from the day's logged foods, made once from their nutrient maps as
 * the server's decoded-food cache holds them (a day built by the server takes its foods from that cache and
 * decodes none), {@link DayBuilder#build} makes the lines, meal subtotals, day totals, macros and
 * micronutrient rows. No database and no JSON: those are measured end to end by {@code bench/diary.sh}.
 * (Until the eighteenth round of docs/benchmarks.md the foods were made again on every build, which was
 * about two thirds of what the benchmark allocated and not part of a built day any more.)
 *
 * <p>The day: 4 meals, 15 entries (13 foods, 1 quick add, 1 serving of a 4-ingredient recipe), the
 * average day of {@code DiaryBenchmark}. Foods carry USDA-like nutrient sets: each catalogue nutrient
 * present with probability 0.8 (seeded), in catalogue order, as stored.
 */
public final class DaySummaryFixture {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final int FOODS = 40;

    private final Map<Long, Map<String, Double>> decoded = new LinkedHashMap<>();
    private final Map<Long, Food> foods = new HashMap<>();
    private final Map<Long, Recipe> recipes = new HashMap<>();
    private final List<Meal> meals = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();

    /** The day, its foods and recipe, made from a fixed seed. */
    public DaySummaryFixture() {
        setUp();
    }

    public int entries() {
        return entries.size();
    }

    public int foods() {
        return decoded.size();
    }

    /** One day summary, from the day's foods to the built view. */
    public DayView build() {
        return day();
    }

    private void setUp() {
        Random random = new Random(20261124);
        for (long id = 1; id <= FOODS; id++) {
            Map<String, Double> n = new LinkedHashMap<>();
            for (Nutrient nutrient : NutrientCatalog.all()) {
                if (random.nextDouble() < 0.8) {
                    n.put(nutrient.id(), Math.round(random.nextDouble() * 5000) / 100.0);
                }
            }
            n.put(NutrientCatalog.ENERGY, 20 + random.nextInt(500) * 1.0);
            decoded.put(id, n);
        }
        for (int i = 0; i < 4; i++) {
            meals.add(new Meal(i + 1, Meal.DEFAULTS.get(i), i));
        }
        recipes.put(1L, new Recipe(1, "Stew", 4, null, List.of(new Recipe.Ingredient(1, 200, "g", 200),
                new Recipe.Ingredient(2, 150, "g", 150), new Recipe.Ingredient(3, 1, "cup", 240),
                new Recipe.Ingredient(4, 30, "g", 30))));
        int[] perMeal = {4, 4, 5, 2};
        long id = 1;
        for (int m = 0; m < 4; m++) {
            for (int k = 0; k < perMeal[m]; k++) {
                long foodId = 1 + random.nextInt(FOODS);
                double grams = 20 + random.nextInt(250);
                entries.add(new FoodEntry(id, DAY, m + 1, k, foodId, 1.0, "1 serving", grams, 0));
                id++;
            }
        }
        entries.set(3, new QuickEntry(4, DAY, 1, 3, "Coffee", 90, 3.0, null, 4.5, 0));
        entries.set(9, new RecipeEntry(10, DAY, 3, 1, 1L, 1.0, "serving", 155.0, 0));
        // Only the day's foods are read for a request: the logged ones and the recipe's ingredients.
        Set<Long> used = new java.util.HashSet<>(List.of(1L, 2L, 3L, 4L));
        entries.stream().filter(e -> e instanceof FoodEntry).forEach(e -> used.add(((FoodEntry) e).foodId()));
        decoded.keySet().retainAll(used);
        decoded.forEach((food, n) -> foods.put(food, new Food(food, "usda", "s" + food, null, "Food " + food, null, null, null,
                new Nutrients(n), List.of(new Portion("1 serving", 100)), null, null, null, List.of(),
                Instant.EPOCH)));
    }

    /**
     * A variant of the day for tests of its JSON: {@code empty} without entries, and the goal, exercise, person
     * and notes as given (each may be absent).
     */
    public DayView variant(boolean empty, Optional<Integer> goal, OptionalDouble exercise, Optional<Person> person,
                           DiaryRepository.DayNotes notes) {
        return new DayBuilder(foods, recipes).build(DAY, DAY, meals, empty ? List.of() : entries, goal,
                MacroSplit.DEFAULT, exercise, DiarySettings.DEFAULT, person, notes);
    }

    private DayView day() {
        return new DayBuilder(foods, recipes).build(DAY, DAY, meals, entries, Optional.of(2200), MacroSplit.DEFAULT,
                OptionalDouble.of(300), DiarySettings.DEFAULT, Optional.of(new Person(Sex.FEMALE, 35)),
                new DiaryRepository.DayNotes(null, 500));
    }

    /** A built day as the JSON answer, as the day summary writes it ({@code DiaryJson.dayBytes}). */
    public static byte[] json(com.fasterxml.jackson.databind.ObjectMapper mapper, DayView day) {
        return DiaryJson.dayBytes(mapper, day);
    }
}
