package org.openplate.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * Throughput benchmark (not a test) of the day summary's in-memory part: the day's logged foods are turned
 * into {@link Food}s from their decoded nutrient maps (as the food repository does for every request),
 * then {@link DayBuilder#build} makes the lines, meal subtotals, day totals, macros and micronutrient
 * rows. No database and no JSON: those are measured end to end by {@code bench/diary.sh}.
 *
 * <p>The day: 4 meals, 15 entries (13 foods, 1 quick add, 1 serving of a 4-ingredient recipe), the
 * average day of {@code DiaryBenchmark}. Foods carry USDA-like nutrient sets: each catalogue nutrient
 * present with probability 0.8 (seeded), in catalogue order, as stored.
 *
 * <p>Single thread: a warm-up so the JIT has compiled the path, then timed rounds of a fixed length;
 * prints operations per second per round and the bytes allocated per operation (the thread's
 * allocation counter, as JMH's {@code -prof gc} reports {@code gc.alloc.rate.norm}). Run after
 * {@code ./mvnw -o -q -DskipTests test-compile}:
 * {@code java -cp target/classes:target/test-classes org.openplate.diary.DaySummaryBenchmark [WARMUP_S] [ROUNDS] [ROUND_S]}
 * (defaults 10 5 3).
 */
public final class DaySummaryBenchmark {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final int FOODS = 40;

    private final Map<Long, Map<String, Double>> decoded = new LinkedHashMap<>();
    private final Map<Long, Recipe> recipes = new HashMap<>();
    private final List<Meal> meals = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int roundSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        DaySummaryBenchmark b = new DaySummaryBenchmark();
        b.setUp();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        b.run(warmup * 1_000_000_000L);
        List<String> results = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long bytes = threads.getThreadAllocatedBytes(tid);
            long start = System.nanoTime();
            long ops = b.run(roundSeconds * 1_000_000_000L);
            double secs = (System.nanoTime() - start) / 1e9;
            long allocated = threads.getThreadAllocatedBytes(tid) - bytes;
            results.add(String.format(Locale.ROOT, "round %d: %,.0f ops/s, %,.0f B/op", r + 1, ops / secs,
                    (double) allocated / ops));
        }
        System.out.println(System.getProperty("java.vm.name") + " " + Runtime.version() + ", day summary ("
                + b.entries.size() + " entries, " + b.decoded.size() + " foods), single thread, warm-up " + warmup
                + " s:");
        results.forEach(System.out::println);
        System.out.println("(checksum " + b.sink % 1000 + ")");
    }

    private double sink;

    private long run(long nanos) {
        long end = System.nanoTime() + nanos;
        long ops = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100; i++) {
                sink += day().totals().totalOrZero(NutrientCatalog.ENERGY);
            }
            ops += 100;
        }
        return ops;
    }

    void setUp() {
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
    }

    DayView day() {
        Map<Long, Food> foods = new HashMap<>();
        decoded.forEach((id, n) -> foods.put(id, new Food(id, "usda", "s" + id, null, "Food " + id, null, null, null,
                new Nutrients(n), List.of(new Portion("1 serving", 100)), null, null, null, List.of(),
                Instant.EPOCH)));
        return new DayBuilder(foods, recipes).build(DAY, DAY, meals, entries, Optional.of(2200), MacroSplit.DEFAULT,
                OptionalDouble.of(300), DiarySettings.DEFAULT, Optional.of(new Person(Sex.FEMALE, 35)),
                new DiaryRepository.DayNotes(null, 500));
    }
}
