package org.openplate.bench.jmh;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openplate.account.JdbiAccountRepository;
import org.openplate.account.UserId;
import org.openplate.diary.DiaryRepository;
import org.openplate.diary.Entry;
import org.openplate.diary.FoodEntry;
import org.openplate.diary.JdbiDiaryRepository;
import org.openplate.food.FoodService;
import org.openplate.food.JdbiFoodRepository;
import org.openplate.food.search.FoodIndex;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases;

/**
 * JMH benchmark (not a test) of what a built day summary reads from storage, without HTTP or JSON: a day's
 * entries, its note and water, and the foods its lines show, for one user with 5 years of diary (15 food
 * entries a day over 150 catalogue foods), on dates striding through the years as {@code bench/diary.lua}
 * does. {@code read} compares:
 * <ul>
 *   <li>{@code together}: the day's entries with its note and water in one statement
 *       ({@code DiaryRepository.day}), and the foods through {@code FoodService.logged}, which reads no food
 *       rows while the search index is unchanged;</li>
 *   <li>{@code apart}: the reads before the thirteenth round (docs/benchmarks.md): entries and notes in two
 *       statements, and the foods' row versions read on every day (their decoding still skipped).</li>
 * </ul>
 * {@code db} runs it on embedded SQLite or on the tests' embedded PostgreSQL, where each statement is a round
 * trip. Run with {@code bench/jmh.sh DayReadBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DayReadBench {

    private static final int DAYS = 1826;
    private static final int PER_DAY = 15;
    private static final int FOODS = 150;

    @Param({"together", "apart"})
    public String read;

    @Param({"sqlite", "postgres"})
    public String db;

    private Database database;
    private JdbiDiaryRepository diary;
    private JdbiFoodRepository foodRows;
    private FoodService foods;
    private UserId user;
    private LocalDate today;
    private int i;

    @Setup
    public void setUp() {
        TestDatabases.TestDb t = db.equals("postgres") ? TestDatabases.postgres() : TestDatabases.sqlite();
        database = Database.open(t.url(), t.user(), t.password());
        diary = new JdbiDiaryRepository(database.jdbi());
        foodRows = new JdbiFoodRepository(database.jdbi(), new ObjectMapper(), Clock.systemUTC());
        foods = new FoodService(foodRows, new FoodIndex(foodRows, null));
        List<Long> foodIds = new ArrayList<>();
        database.jdbi().useTransaction(h -> {
            for (int f = 0; f < FOODS; f++) {
                foodIds.add(h.createQuery("INSERT INTO foods (source, source_id, name, kcal, nutrients, portions,"
                                + " updated_at) VALUES ('bench', :sid, :name, :kcal, :n, '[]', 1000) RETURNING id")
                        .bind("sid", "b" + f).bind("name", "Bench food " + f).bind("kcal", 50 + f)
                        .bind("n", "{\"energy\":" + (50 + f) + "}")
                        .mapTo(Long.class).one());
            }
        });
        foods.syncIndex();
        user = new JdbiAccountRepository(database.jdbi()).insertUser("bench@openplate.test", "x", java.time.Instant.EPOCH);
        List<Long> meals = diary.meals(user).stream().map(m -> m.id()).toList();
        today = LocalDate.of(2026, 12, 6);
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = today.minusDays(d);
            List<Entry> entries = new ArrayList<>(PER_DAY);
            for (int k = 0; k < PER_DAY; k++) {
                long food = foodIds.get((d * 7 + k * 13) % FOODS);
                entries.add(new FoodEntry(0, day, meals.get(k % meals.size()), k / meals.size(), food, 1, "g", 100, 0));
            }
            diary.insert(user, entries, d);
            if (d % 3 == 0) {
                diary.saveWater(user, day, 250 * (d % 4));
            }
        }
    }

    @TearDown
    public void tearDown() {
        database.close();
    }

    /** The next date of the stride: its entries, notes and foods; the count of foods returned so nothing is dropped. */
    @Benchmark
    public int day() {
        i++;
        LocalDate day = today.minusDays((i * 389L) % DAYS);
        List<Entry> entries;
        DiaryRepository.DayNotes notes;
        if (read.equals("together")) {
            DiaryRepository.DayRows rows = diary.day(user, day);
            entries = rows.entries();
            notes = rows.notes();
        } else {
            entries = diary.entries(user, day, day);
            notes = diary.dayNotes(user, day);
        }
        Set<Long> ids = new HashSet<>();
        for (Entry e : entries) {
            if (e instanceof FoodEntry f) {
                ids.add(f.foodId());
            }
        }
        int shown = read.equals("together") ? foods.logged(ids, user).size() : foodRows.findLogged(ids, user).size();
        return shown + entries.size() + (notes.note() == null ? 0 : 1);
    }
}
