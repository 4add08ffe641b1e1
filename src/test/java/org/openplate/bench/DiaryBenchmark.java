package org.openplate.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;
import org.jdbi.v3.core.Jdbi;
import org.openplate.App;
import org.openplate.account.Session;
import org.openplate.account.UserId;
import org.openplate.config.Settings;
import org.openplate.diary.DayView;
import org.openplate.diary.DiaryDays;
import org.openplate.diary.DiaryServices;
import org.openplate.diary.Entry;
import org.openplate.diary.FoodEntry;
import org.openplate.diary.QuickEntry;
import org.openplate.diary.RecipeEntry;
import org.openplate.diary.ExerciseCalories;
import org.openplate.diary.JdbiDiaryRepository;
import org.openplate.diary.Meal;
import org.openplate.diary.Recipe;
import org.openplate.diary.RecipeService;
import org.openplate.energy.CalorieGoalCalculator;
import org.openplate.food.Food;
import org.openplate.food.FoodService;
import org.openplate.food.FoodSummary;
import org.openplate.nutrition.Portion;
import org.openplate.profile.JdbiProfileRepository;
import org.openplate.profile.GoalService;
import org.openplate.profile.ProfileService;

/**
 * Diary benchmark (not a test): one user with five years (1,826 days) of history, about 15 entries
 * a day, then single-thread latency of the day summary ({@link DiaryDays#day}), the week view
 * ({@link DiaryDays#week}) and the same two over HTTP ({@code GET /api/v1/diary/days/{date}},
 * {@code GET /api/v1/diary/week}). Runs the whole app ({@code App.build(...).start()}) on a data
 * directory, so the diary service is wired as in production and the HTTP figures include the
 * session check, JSON and the request log.
 *
 * <p>Database: SQLite in the data directory (default), or embedded PostgreSQL with
 * {@code -Dopenplate.bench.db=postgres}. Run with bench/diary.sh, which also signs in as the
 * benchmark user and runs wrk against the SQLite data directory left behind.
 *
 * <p>Argument: the data directory, default target/bench-diary (with "-pg" appended for PostgreSQL
 * runs, which keep only the food index there). System properties: {@code openplate.bench.warmup}
 * (default 1000 calls per measure), {@code openplate.bench.rounds} (default 2000).
 */
public final class DiaryBenchmark {

    public static final String EMAIL = "bench@openplate.test";
    public static final String PASSWORD = "bench-diary-password";
    static final int DAYS = 1826;

    /** Habitual foods per meal, as search queries against the bundled USDA catalogue (top hits used). */
    private static final String[] BREAKFAST = {"oatmeal cooked", "banana raw", "milk 2%", "coffee brewed",
        "egg scrambled", "whole wheat bread", "butter salted", "orange juice", "yogurt plain", "blueberries raw",
        "strawberries raw", "peanut butter smooth", "honey", "granola", "bagel plain", "cream cheese", "apple raw",
        "bacon cooked", "cheddar cheese", "tea brewed"};
    private static final String[] MAIN = {"chicken breast roasted", "brown rice cooked", "white rice cooked",
        "broccoli cooked", "salmon cooked", "ground beef cooked", "spaghetti cooked", "tomato raw", "lettuce",
        "cucumber", "potato baked", "sweet potato baked", "black beans boiled", "lentils boiled", "spinach raw",
        "carrots raw", "olive oil", "avocado", "tuna canned", "turkey breast", "tortilla flour", "mozzarella",
        "pork chop", "green beans", "sweet corn", "onion", "bell pepper", "mushrooms", "quinoa cooked", "tofu",
        "shrimp cooked", "mayonnaise", "ketchup", "mustard", "pizza cheese", "hamburger", "chicken noodle soup",
        "ranch dressing", "hummus", "pita bread"};
    private static final String[] SNACKS = {"almonds", "apple raw", "banana raw", "potato chips", "dark chocolate",
        "chocolate chip cookies", "popcorn", "walnuts", "grapes", "orange raw", "string cheese", "crackers",
        "vanilla ice cream", "cola", "beer", "red wine", "pretzels", "baby carrots", "raisins", "cashews"};
    /** Typical energy of one logged item (kcal): portions near it are preferred. */
    private static final double BREAKFAST_KCAL = 120;
    private static final double MAIN_KCAL = 170;
    private static final double SNACK_KCAL = 120;
    private static final String[][] RECIPES = {
        {"Chicken stir fry", "4", "chicken breast raw:500", "broccoli raw:300", "bell pepper:200", "soy sauce:40",
            "vegetable oil:30", "white rice cooked:600"},
        {"Lentil soup", "6", "lentils raw:300", "carrots raw:200", "onion:150", "celery:100", "tomatoes canned:400",
            "olive oil:30"},
        {"Spaghetti bolognese", "4", "spaghetti cooked:800", "ground beef raw:450", "tomato sauce:500", "onion:100",
            "parmesan:40"},
        {"Overnight oats", "2", "oats:100", "milk 2%:250", "yogurt plain:150", "blueberries:100", "honey:20"},
        {"Greek salad", "3", "tomato:300", "cucumber:250", "feta cheese:150", "olives:60", "olive oil:30", "onion:50"}};

    private DiaryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-diary");
        boolean postgres = "postgres".equalsIgnoreCase(System.getProperty("openplate.bench.db", "sqlite"));
        int warmup = Integer.getInteger("openplate.bench.warmup", 1000);
        int rounds = Integer.getInteger("openplate.bench.rounds", 2000);
        if (postgres) {
            dir = dir.resolveSibling(dir.getFileName() + "-pg");
        }
        org.openplate.testing.TempTrees.delete(dir);
        Files.createDirectories(dir);

        Settings settings = new Settings(0, "127.0.0.1", dir, null, null, null, Settings.CookieSecurity.AUTO, false,
                Settings.DEFAULT_MAX_REQUEST_BYTES, Settings.DEFAULT_SESSION_TTL);
        EmbeddedPostgres pg = null;
        if (postgres) {
            pg = EmbeddedPostgres.builder().start();
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE openplate");
            }
            settings = settings.withDatabase(pg.getJdbcUrl("postgres", "openplate"), "postgres", "postgres");
            System.out.println("database: embedded PostgreSQL " + serverVersion(pg));
        } else {
            String cwd = Path.of("").toAbsolutePath() + "/";
            System.out.println("database: SQLite " + settings.jdbcUrl().replace(cwd, ""));
        }
        System.out.println("java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));

        Clock clock = Clock.systemUTC();
        // bench/ratios.sh serves the loaded database from the jar: with openplate.bench.hold=FILE this
        // writes the JDBC URL to FILE once loaded, stops its own app, and keeps the database up until the
        // script deletes the file.
        String hold = System.getProperty("openplate.bench.hold");
        try (App app = App.build(settings, clock).start()) {
            app.foods().awaitReady();
            Jdbi jdbi = app.database().jdbi();
            // The same services App wires, over the app's own pool.
            ProfileService profiles = new ProfileService(new JdbiProfileRepository(jdbi), new CalorieGoalCalculator(),
                    clock);
            JdbiDiaryRepository repo = new JdbiDiaryRepository(jdbi);
            DiaryServices services = DiaryServices.create(repo, app.foods(), profiles, new GoalService(
                    new org.openplate.profile.JdbiGoalRepository(jdbi), profiles, clock), ExerciseCalories.NONE, clock);
            DiaryDays diary = services.days();
            RecipeService recipes = services.recipes();

            UserId user = app.accounts().signUp(EMAIL, PASSWORD).id();
            profiles.update(user, org.openplate.testing.TestProfiles.female68());
            LocalDate today = diary.today(user);
            LocalDate first = today.minusDays(DAYS - 1);

            long t0 = System.nanoTime();
            Load load = load(app.foods(), repo, services, recipes, user, first, today, clock);
            System.out.printf(Locale.ROOT, "loaded %,d entries over %,d days (%s to %s; %.1f a day; %,d quick adds,"
                            + " %,d recipe servings, %d distinct foods, %d recipes; %.0f kcal a day on average)"
                            + " in %.1f s%n", load.entries, DAYS, first, today, load.entries / (double) DAYS,
                    load.quick, load.recipe, load.foods, load.recipes, load.kcalPerDay, secs(t0));

            if (hold != null || !Boolean.parseBoolean(System.getProperty("openplate.bench.measure", "true"))) {
                return;
            }
            Random r = new Random(7);
            List<LocalDate> days = new ArrayList<>();
            for (int i = 0; i < DAYS; i++) {
                days.add(first.plusDays(i));
            }
            DayView sample = diary.day(user, today.minusDays(100));
            System.out.printf(Locale.ROOT, "sample day %s: %d entries, %.0f kcal%n", sample.day(),
                    sample.meals().stream().mapToInt(m -> m.lines().size()).sum(), sample.budget().foodKcal());

            latency("DiaryService.day(user, random day)   [day summary, server time]", warmup, rounds,
                    i -> diary.day(user, days.get(r.nextInt(DAYS))));
            latency("DiaryService.week(user, random start) [week view]", warmup, rounds / 2,
                    i -> diary.week(user, days.get(r.nextInt(DAYS - 6))));

            Session session = app.accounts().startSession(user);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + app.port();
            String cookie = "op_session=" + session.token();
            latency("HTTP GET /api/v1/diary/days/{random date}, 1 connection", warmup, rounds,
                    i -> get(http, base + "/api/v1/diary/days/" + days.get(r.nextInt(DAYS)), cookie));
            latency("HTTP GET /api/v1/diary/week?start={random}, 1 connection", warmup, rounds / 2,
                    i -> get(http, base + "/api/v1/diary/week?start=" + days.get(r.nextInt(DAYS - 6)), cookie));
        } finally {
            if (hold != null) {
                Path holdFile = Path.of(hold);
                Files.writeString(holdFile, settings.jdbcUrl() + "\n");
                while (Files.exists(holdFile)) {
                    Thread.sleep(200);
                }
            }
            if (pg != null) {
                pg.close();
            }
        }
    }

    // ---- loading

    private record Load(int entries, int quick, int recipe, int foods, int recipes, double kcalPerDay) {
    }

    /** A loggable food and how it is usually logged: a household portion, or grams when none fits. */
    private record Pick(Food food, Portion portion, double grams) {
    }

    private static Load load(FoodService foods, JdbiDiaryRepository repo, DiaryServices diary, RecipeService recipes,
                             UserId user, LocalDate first, LocalDate last, Clock clock) {
        List<Pick> breakfast = picks(foods, user, BREAKFAST, BREAKFAST_KCAL);
        List<Pick> main = picks(foods, user, MAIN, MAIN_KCAL);
        List<Pick> snacks = picks(foods, user, SNACKS, SNACK_KCAL);
        List<Recipe> recipeList = new ArrayList<>();
        for (String[] spec : RECIPES) {
            List<org.openplate.diary.RecipeRequest.IngredientRequest> in = new ArrayList<>();
            for (int i = 2; i < spec.length; i++) {
                String[] qa = spec[i].split(":");
                in.add(new org.openplate.diary.RecipeRequest.IngredientRequest(firstHit(foods, user, qa[0]).id(),
                        Double.parseDouble(qa[1]), "g"));
            }
            recipeList.add(recipes.create(user, new org.openplate.diary.RecipeRequest(spec[0],
                    Double.parseDouble(spec[1]), null, in)).recipe());
        }
        Map<Long, Double> servingKcal = new java.util.HashMap<>();
        for (Recipe rec : recipeList) {
            double total = 0;
            for (Recipe.Ingredient i : rec.ingredients()) {
                total += i.grams() * foods.get(i.foodId(), user).nutrients().energyKcal().orElse(0) / 100;
            }
            servingKcal.put(rec.id(), total / rec.servings());
        }
        List<Meal> meals = diary.meals().meals(user);   // Breakfast, Lunch, Dinner, Snacks (created on first use)
        Random r = new Random(42);
        int entries = 0;
        int quick = 0;
        int recipe = 0;
        double kcal = 0;
        Set<Long> distinct = new java.util.HashSet<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            List<Entry> list = new ArrayList<>();
            long created = day.atTime(20, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
            int[] counts = {3 + r.nextInt(2), 3 + r.nextInt(3), 4 + r.nextInt(3), 1 + r.nextInt(4)};  // avg 15
            for (int m = 0; m < meals.size(); m++) {
                List<Pick> pool = m == 0 ? breakfast : m == 3 ? snacks : main;
                for (int position = 0; position < counts[m]; position++) {
                    long meal = meals.get(m).id();
                    double roll = r.nextDouble();
                    if (roll < 0.025) {
                        quick++;
                        double q = 150 + r.nextInt(500);
                        kcal += q;
                        list.add(new QuickEntry(0, day, meal, position,
                                r.nextBoolean() ? "Restaurant meal" : "Coffee shop snack",
                                q, r.nextBoolean() ? 10.0 + r.nextInt(30) : null, null, null, created));
                    } else if ((m == 1 || m == 2) && roll < 0.065) {
                        recipe++;
                        Recipe rec = recipeList.get(r.nextInt(recipeList.size()));
                        double servings = r.nextInt(4) == 0 ? 1.5 : 1;
                        kcal += servings * servingKcal.get(rec.id());
                        list.add(new RecipeEntry(0, day, meal, position, rec.id(), servings,
                                "serving", servings * rec.gramsPerServing(), created));
                    } else {
                        // Habits: a few foods most days, a long tail now and then.
                        Pick p = pool.get((int) (pool.size() * Math.pow(r.nextDouble(), 2.2)));
                        distinct.add(p.food().id());
                        double amount = new double[] {0.5, 1, 1, 1, 1, 1.5}[r.nextInt(6)];
                        double grams = amount * p.grams();
                        kcal += grams * p.food().nutrients().energyKcal().orElse(0) / 100;
                        list.add(p.portion() == null
                                ? new FoodEntry(0, day, meal, position, p.food().id(), grams, "g", grams, created)
                                : new FoodEntry(0, day, meal, position, p.food().id(), amount,
                                        p.portion().name(), grams, created));
                    }
                }
            }
            repo.insert(user, list, created);
            entries += list.size();
            if (r.nextInt(10) < 7) {
                repo.saveWater(user, day, 250.0 * (4 + r.nextInt(6)));
            }
            if (r.nextInt(20) == 0) {
                repo.saveNote(user, day, "Felt hungry in the afternoon; walked 40 minutes.");
            }
        }
        return new Load(entries, quick, recipe, distinct.size(), recipeList.size(), kcal / DAYS);
    }

    /** The top two hits of each query, each with the portion closest to a typical item's energy. */
    private static List<Pick> picks(FoodService foods, UserId user, String[] queries, double kcal) {
        Map<Long, Pick> out = new LinkedHashMap<>();
        for (String q : queries) {
            for (FoodSummary s : foods.search(q, user, Set.of(), 2)) {
                Food f = foods.get(s.id(), user);
                out.putIfAbsent(f.id(), pick(f, kcal));
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * How a food is usually logged: the portion whose energy is nearest {@code kcal} (within 0.4 to
     * 2.5 times it), or else grams giving about {@code kcal}, as people who weigh food log it. Foods
     * with little energy (vegetables, drinks) go by weight instead: the portion nearest 150 g.
     */
    static Pick pick(Food f, double kcal) {
        double k = f.nutrients().energyKcal().orElse(0) / 100;
        boolean light = k < 0.6;
        java.util.function.ToDoubleFunction<Portion> off = p -> Math.abs(Math.log(light ? p.grams() / 150
                : p.grams() * k / kcal));
        Portion best = null;
        for (Portion p : f.portions()) {
            double o = off.applyAsDouble(p);
            if (o <= Math.log(2.5) && (best == null || o < off.applyAsDouble(best))) {
                best = p;
            }
        }
        if (best != null) {
            return new Pick(f, best, best.grams());
        }
        return new Pick(f, null, light ? 150 : Math.max(5, Math.min(400, Math.round(kcal / k / 5) * 5)));
    }

    private static Food firstHit(FoodService foods, UserId user, String query) {
        List<FoodSummary> hits = foods.search(query, user, Set.of(), 1);
        if (hits.isEmpty()) {
            throw new IllegalStateException("no food for " + query);
        }
        return foods.get(hits.get(0).id(), user);
    }

    // ---- measuring

    private static void latency(String what, int warmup, int rounds, IntConsumer call) {
        for (int i = 0; i < warmup; i++) {
            call.accept(i);
        }
        long[] nanos = new long[rounds];
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            call.accept(i);
            nanos[i] = System.nanoTime() - t;
        }
        double total = secs(start);
        java.util.Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%s: %d calls after %d warm-up, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms,"
                        + " max %.2f ms (%.0f calls/s)%n", what, rounds, warmup, pct(nanos, 50), pct(nanos, 95),
                pct(nanos, 99), nanos[rounds - 1] / 1e6, rounds / total);
    }

    private static void get(HttpClient http, String url, String cookie) {
        try {
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie)
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + res.statusCode() + ": " + res.body());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static String serverVersion(EmbeddedPostgres pg) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
