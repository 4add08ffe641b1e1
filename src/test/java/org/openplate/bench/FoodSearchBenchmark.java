package org.openplate.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.openplate.App;
import org.openplate.food.FoodService;
import org.openplate.food.JdbiFoodRepository;
import org.openplate.food.importer.ImportReport;
import org.openplate.food.search.FoodIndex;
import org.openplate.storage.Database;

/**
 * Catalogue scale benchmark (not a test): generates N synthetic branded foods as OpenPlate CSV,
 * imports them through the real importer into SQLite (or the database URL given), builds the
 * search index, then measures single-thread search latency over typed, misspelt and multi-word
 * queries. Run with bench/foods.sh.
 */
public final class FoodSearchBenchmark {

    private static final String[] BRANDS = {"Acme", "Green Valley", "Sunrise", "Nordic", "Harvest Moon", "Blue Ridge",
        "Golden Fields", "Prairie", "Coastal", "Riverbend", "Maple Grove", "Stonebridge", "Meadow", "Summit", "Orchard"};
    private static final String[] NOUNS = {"granola", "yogurt", "crackers", "cereal", "chips", "cookies", "soup",
        "pasta", "sauce", "bread", "cheese", "milk", "juice", "bar", "salsa", "hummus", "muffin", "bagel", "tortilla",
        "noodles", "rice", "beans", "chicken", "tuna", "salmon", "sausage", "ham", "turkey", "pizza", "burrito",
        "oatmeal", "pancakes", "waffles", "butter", "jam", "honey", "peanut butter", "almond milk", "ice cream",
        "popcorn", "pretzels", "smoothie", "tea", "coffee", "lemonade", "dressing", "ketchup", "mustard", "pickles"};
    private static final String[] ADJECTIVES = {"organic", "low fat", "whole grain", "spicy", "honey roasted",
        "vanilla", "chocolate", "strawberry", "sea salt", "original", "lite", "greek", "smoked", "garlic", "cheddar",
        "blueberry", "cinnamon", "classic", "family size", "reduced sodium", "gluten free", "unsweetened", "crunchy"};
    static final String[] QUERIES = {"granola", "greek yogurt", "chiken", "tortila chips", "peanut butter",
        "vanilla ice cream", "whole grain bread", "cheddar crackers", "organic milk", "spicy salsa", "blueberry muffin",
        "honey roasted peanuts", "almond milk unsweetened", "smoked salmon", "garlic sauce", "chocolate cookies",
        "strawberry jam", "sea salt chips", "turkey sausage", "pancakes", "banana", "brocoli", "2% milk", "oj",
        "mac and cheese", "chicken breast", "bagle", "oatmeal cinnamon", "lemonade", "pizza cheese"};

    private static final int WARMUP_ROUNDS = 100;
    private static final int MEASURED_ROUNDS = 50;

    private FoodSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench-foods");
        Files.createDirectories(dir);
        Path csv = dir.resolve("synthetic-" + rows + ".csv");
        if (!Files.exists(csv)) {
            long t = System.nanoTime();
            generate(csv, rows);
            System.out.printf("generated %,d rows (%,d MB) in %.1f s%n", rows, Files.size(csv) >> 20, secs(t));
        }
        String url = System.getProperty("openplate.bench.db", "jdbc:sqlite:" + dir.resolve("openplate.db").toAbsolutePath());
        try (Database db = Database.open(url, System.getProperty("openplate.bench.user"),
                System.getProperty("openplate.bench.password"))) {
            var repo = new JdbiFoodRepository(db.jdbi(), App.objectMapper(), Clock.systemUTC());
            if (!Boolean.getBoolean("openplate.bench.skipImport")) {
                long t0 = System.nanoTime();
                ImportReport report = FoodService.importInto(repo, "csv", List.of(csv), (done, total, read) -> { });
                double importSecs = secs(t0);
                System.out.printf(Locale.ROOT, "import: %s in %.1f s = %,.0f rows/s%n", report.summary().lines()
                        .findFirst().orElse(""), importSecs, report.read() / importSecs);
            }

            Path indexDir = dir.resolve("index").resolve("foods");
            org.openplate.testing.TempTrees.delete(indexDir);
            try (FoodIndex index = new FoodIndex(repo, indexDir)) {
                long t1 = System.nanoTime();
                FoodService foods = new FoodService(repo, index);
                foods.prepare(App.BUNDLE_SOURCE, () -> App.class.getResourceAsStream(App.BUNDLE));
                System.out.printf(Locale.ROOT, "index build (bundle load + full index of %,d foods): %.1f s%n",
                        repo.countPublic(), secs(t1));
                latency("search engine only (Lucene, top 10)", q -> new org.openplate.food.search.FoodSearch(index)
                        .search(q, 0, Set.of(), 10));
                // Each call as another signed-in viewer, so that neither the remembered answers nor the
                // remembered hits serve it: every call pays for the index, the summaries and the titles.
                java.util.concurrent.atomic.AtomicLong viewer = new java.util.concurrent.atomic.AtomicLong(1_000_000);
                latency("search incl. summaries of the 10 hits, nothing remembered", q -> foods.search(q,
                        new org.openplate.account.UserId(viewer.incrementAndGet()), Set.of(), 10));
            }
        }
    }

    private static void latency(String what, java.util.function.Consumer<String> search) {
        // Steady state, as in a server that has been up for a while: JIT warm-up first (100 rounds).
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            for (String q : QUERIES) {
                search.accept(q);
            }
        }
        List<Long> nanos = new ArrayList<>();
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (String q : QUERIES) {
                long t = System.nanoTime();
                search.accept(q);
                nanos.add(System.nanoTime() - t);
            }
        }
        long[] s = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s, single thread, %d queries: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms,"
                + " max %.2f ms%n", what, s.length, pct(s, 50), pct(s, 95),
                pct(s, 99), s[s.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static void generate(Path csv, int rows) throws Exception {
        Random r = new Random(42);
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("source,source_id,name,brand,food_group,barcode,portions,energy_kcal,protein_g,fat_g,carbs_g,"
                    + "sugars_g,fiber_g,sodium_mg\n");
            for (int i = 0; i < rows; i++) {
                String brand = BRANDS[r.nextInt(BRANDS.length)];
                String name = ADJECTIVES[r.nextInt(ADJECTIVES.length)] + " " + NOUNS[r.nextInt(NOUNS.length)]
                        + (r.nextBoolean() ? " " + ADJECTIVES[r.nextInt(ADJECTIVES.length)] : "") + " " + (i % 997);
                double protein = r.nextDouble() * 20;
                double fat = r.nextDouble() * 25;
                double carbs = r.nextDouble() * (100 - protein - fat) * 0.8;
                double kcal = 4 * protein + 4 * carbs + 9 * fat;
                w.write(String.format(Locale.ROOT, "synthetic,%d,%s,%s,Snacks,,1 serving=%d,%.1f,%.2f,%.2f,%.2f,%.2f,"
                        + "%.2f,%.0f%n", i, name, brand, 20 + r.nextInt(200), kcal, protein, fat, carbs, carbs * 0.3,
                        carbs * 0.1, r.nextDouble() * 900));
            }
        }
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }


    static List<String> queries() {
        return Arrays.asList(QUERIES);
    }
}
