package org.openplate.bench.jmh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.openplate.diary.JdbiDiaryRepository;
import org.openplate.diary.QuickEntry;
import org.openplate.storage.Database;
import org.openplate.testing.TempTrees;

/**
 * JMH benchmark (not a test) of adding a diary entry in storage, without HTTP: {@code JdbiDiaryRepository.append}
 * (the statement that finds the meal and the next free position and inserts, the raise of the user's data
 * version, the commit) on an embedded SQLite database holding one user with 5 years of diary, 15 entries a day
 * in 4 meals, on dates striding through those years as {@code bench/add.lua} does. {@code index} compares the
 * day's index: {@code day-meal-position}, the schema's (V21), with {@code day}, the (user_id, day) index it
 * replaced, under which finding the next position read every entry of the day from the table. Commits are not
 * synced to the disk (synchronous NORMAL): a sync per add would be most of the figure and most of its noise,
 * while under load the server syncs once per group of adds. Run with {@code bench/jmh.sh AddEntryBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AddEntryBench {

    private static final int DAYS = 1826;
    private static final int PER_DAY = 15;

    @Param({"day-meal-position", "day"})
    public String index;

    private Path dir;
    private Database db;
    private JdbiDiaryRepository repo;
    private UserId user;
    private LocalDate today;
    private int i;

    @Setup
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("openplate-jmh-add");
        db = Database.open("jdbc:sqlite:" + dir.resolve("openplate.db"), null, null,
                org.openplate.config.Settings.SqliteSynchronous.NORMAL);
        repo = new JdbiDiaryRepository(db.jdbi());
        user = new JdbiAccountRepository(db.jdbi()).insertUser("bench@openplate.test", "x", java.time.Instant.EPOCH);
        List<Long> meals = repo.meals(user).stream().map(m -> m.id()).toList();
        today = LocalDate.of(2026, 12, 6);
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = today.minusDays(d);
            List<Entry> entries = new ArrayList<>(PER_DAY);
            for (int k = 0; k < PER_DAY; k++) {
                long meal = meals.get(k % meals.size());
                entries.add(new QuickEntry(0, day, meal, k / meals.size(), "Bench " + k, 100 + k, null, null, null, 0));
            }
            repo.insert(user, entries, d);
        }
        if (index.equals("day")) {
            db.jdbi().useTransaction(h -> {
                h.execute("DROP INDEX diary_entries_day");
                h.execute("CREATE INDEX diary_entries_day ON diary_entries (user_id, day)");
            });
        }
    }

    @TearDown
    public void tearDown() {
        db.close();
        TempTrees.delete(dir);
    }

    /** One entry added to the user's first meal, on the next date of the stride; returned so it is not dropped. */
    @Benchmark
    public DiaryRepository.Inserted append() {
        i++;
        LocalDate day = today.minusDays((i * 389L) % DAYS);
        return repo.append(user, new QuickEntry(0, day, 0, 0, "Added", 250, null, null, null, 0), null, null, i)
                .orElseThrow();
    }
}
