package org.openplate.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.storage.Database;
import org.openplate.storage.Transaction;
import org.openplate.testing.TestDatabases.TestDb;

/** The diary's bulk writes for imports, on both databases: the diary's own rules, in the caller's transaction. */
class DiaryImportsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private static UserId user(Database db) {
        return new UserId(db.jdbi().withHandle(h -> h.createQuery("INSERT INTO users (email, password_hash,"
                        + " created_at) VALUES (:e, 'x', 0) RETURNING id").bind("e", "d" + System.nanoTime() + "@example.org")
                .mapTo(Long.class).one()));
    }

    private static long food(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("INSERT INTO foods (source, source_id, name, nutrients,"
                        + " portions, updated_at) VALUES ('test', :id, 'Test food', '{}', '[]', 0) RETURNING id")
                .bind("id", "f" + System.nanoTime()).mapTo(Long.class).one());
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void mealsPositionsNotesAndWaterFollowTheDiarysRules(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            JdbiDiaryRepository repo = new JdbiDiaryRepository(db.jdbi());
            UserId ann = user(db);
            long food = food(db);
            long lunch = Transaction.run(db.jdbi(), tx -> {
                DiaryImports diary = DiaryImports.in(tx, 5);
                long meal = diary.meal(ann, "lunch");
                assertEquals(meal, diary.meal(ann, " LUNCH "), "names match ignoring case and spaces");
                assertEquals(diary.meal(ann, "Dinner"), diary.meal(ann, "dinners"), "singular and plural are one meal");
                assertEquals(diary.meal(ann, "Snack"), diary.meal(ann, null), "no meal name means Snacks");
                assertEquals(0, diary.mealsAdded(), "the defaults of a first use are not the import's");
                diary.meal(ann, "Second breakfast");
                assertEquals(1, diary.mealsAdded());
                diary.addFood(ann, DAY, meal, food, 50, "g", 50);
                diary.addFood(ann, DAY, meal, food, 70, "g", 70);
                diary.appendNote(ann, DAY, "first");
                diary.appendNote(ann, DAY, "x".repeat(3000));
                diary.addWater(ann, DAY, 500);
                diary.addWater(ann, DAY, 250);
                return meal;
            });
            assertEquals(List.of("Breakfast", "Lunch", "Dinner", "Snacks", "Second breakfast"),
                    repo.meals(ann).stream().map(Meal::name).toList(), "a new meal goes last");
            List<Entry> entries = repo.entries(ann, DAY, DAY);
            assertEquals(List.of(0, 1), entries.stream().map(Entry::position).toList());
            assertEquals(2, repo.nextPosition(ann, DAY, lunch), "the diary continues after the imported entries");
            DiaryRepository.DayNotes notes = repo.dayNotes(ann, DAY);
            assertEquals(DayNotesService.MAX_NOTE, notes.note().length(), "a note keeps at most the diary's 2,000 characters");
            assertTrue(notes.note().startsWith("first\nxxx"), notes.note().substring(0, 10));
            assertEquals(750, notes.waterMl(), 1e-9);
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void overTheDiarysLimitsTheWholeTransactionRollsBack(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            JdbiDiaryRepository repo = new JdbiDiaryRepository(db.jdbi());
            UserId bob = user(db);
            long food = food(db);
            BadInputException tooMany = assertThrows(BadInputException.class, () -> Transaction.run(db.jdbi(), tx -> {
                DiaryImports diary = DiaryImports.in(tx, 5);
                diary.addFood(bob, DAY, diary.meal(bob, "Lunch"), food, 10, "g", 10);
                for (int i = 1; i <= Meal.MAX_MEALS; i++) {
                    diary.meal(bob, "Meal " + i);
                }
                return null;
            }));
            assertEquals("file", tooMany.field());
            assertTrue(tooMany.getMessage().contains("more than 10 meals"), tooMany.getMessage());
            assertTrue(repo.entries(bob, DAY, DAY).isEmpty(), "nothing of the import was kept");
            assertEquals(4, repo.meals(bob).size(), "only the defaults, made now on first use");

            BadInputException water = assertThrows(BadInputException.class, () -> Transaction.run(db.jdbi(), tx -> {
                DiaryImports diary = DiaryImports.in(tx, 5);
                diary.addWater(bob, DAY, 15_000);
                diary.addWater(bob, DAY, 6_000);
                return null;
            }));
            assertTrue(water.getMessage().contains("20,000 ml"), water.getMessage());
            assertEquals(0, repo.dayNotes(bob, DAY).waterMl(), 1e-9);
        }
    }
}
