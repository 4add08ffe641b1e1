package org.openplate.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases.TestDb;

/** Diary storage on SQLite and PostgreSQL: defaults, user scoping, and all-or-nothing writes. */
class JdbiDiaryRepositoryTest {

    private static UserId user(Database db, String email) {
        return new UserId(db.jdbi().withHandle(h -> h.createQuery("INSERT INTO users (email, password_hash,"
                        + " created_at) VALUES (:e, 'x', 0) RETURNING id").bind("e", email + System.nanoTime())
                .mapTo(Long.class).one()));
    }

    private static long anyFood(Database db) {
        db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO foods (source, source_id, name, nutrients, portions,"
                + " updated_at) VALUES ('test', :id, 'Test food', '{}', '[]', 0)").bind("id", "f" + System.nanoTime())
                .execute());
        return db.jdbi().withHandle(h -> h.createQuery("SELECT MAX(id) FROM foods").mapTo(Long.class).one());
    }

    private static Entry quick(LocalDate day, long meal, int position, double kcal) {
        return new QuickEntry(0, day, meal, position, "q", kcal, null, null, null, 0);
    }

    /** Counts the statements run through the database's JDBI from now on. */
    private static java.util.concurrent.atomic.AtomicInteger statementsFrom(Database db) {
        java.util.concurrent.atomic.AtomicInteger statements = new java.util.concurrent.atomic.AtomicInteger();
        db.jdbi().getConfig(org.jdbi.v3.core.statement.SqlStatements.class).addContextListener(
                new org.jdbi.v3.core.statement.StatementContextListener() {
                    @Override
                    public void contextCreated(org.jdbi.v3.core.statement.StatementContext ctx) {
                        statements.incrementAndGet();
                    }
                });
        return statements;
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void scopedDefaultsAndAtomicWrites(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            JdbiDiaryRepository repo = new JdbiDiaryRepository(db.jdbi());
            UserId ann = user(db, "ann");
            UserId bob = user(db, "bob");
            List<Meal> meals = repo.meals(ann);
            assertEquals(List.of("Breakfast", "Lunch", "Dinner", "Snacks"), meals.stream().map(Meal::name).toList());
            assertEquals(meals, repo.meals(ann), "defaults are created once");
            long bobMeal = repo.meals(bob).get(0).id();
            LocalDate day = LocalDate.of(2026, 3, 1);
            long annMeal = meals.get(0).id();

            // a batch whose second entry points at another user's meal writes nothing
            assertThrows(RuntimeException.class, () -> repo.insert(ann, List.of(quick(day, annMeal, 0, 100),
                    quick(day, bobMeal, 1, 200)), 1));
            assertTrue(repo.entries(ann, day, day).isEmpty(), "no half-written copy");
            List<Entry> saved = repo.insert(ann, List.of(quick(day, annMeal, 0, 100), quick(day, annMeal, 1, 200)), 1);
            assertEquals(2, repo.entries(ann, day, day).size());

            // another user's ids are invisible and untouchable
            long id = saved.get(0).id();
            assertTrue(repo.entry(bob, id).isEmpty());
            assertEquals(false, repo.markDeleted(bob, id, 2));
            assertEquals(2, repo.entries(ann, day, day).size());
            assertTrue(repo.entries(bob, day, day).isEmpty());
            assertTrue(repo.markDeleted(ann, id, 2));
            assertEquals(1, repo.entries(ann, day, day).size());
            assertTrue(repo.restore(ann, id));
            assertEquals(2, repo.entries(ann, day, day).size());

            // a recipe save that fails on its second ingredient leaves no recipe behind
            long food = anyFood(db);
            Recipe broken = new Recipe(0, "Broken", 2, null, List.of(new Recipe.Ingredient(food, 1, "g", 100),
                    new Recipe.Ingredient(Long.MAX_VALUE, 1, "g", 100)));
            assertThrows(RuntimeException.class, () -> repo.saveRecipe(ann, broken, 1));
            assertTrue(repo.recipes(ann).isEmpty());
            long recipe = repo.saveRecipe(ann, new Recipe(0, "Fine", 2, null,
                    List.of(new Recipe.Ingredient(food, 1, "g", 100))), 1);
            assertEquals(1, repo.recipe(ann, recipe).orElseThrow().ingredients().size());
            assertTrue(repo.recipe(bob, recipe).isEmpty());
            assertThrows(RuntimeException.class, () -> repo.saveRecipe(bob, new Recipe(recipe, "Hijack", 1, null,
                    List.of()), 1));
            assertEquals("Fine", repo.recipe(ann, recipe).orElseThrow().name());
            // a day's recipes by id: several at once, each with its ingredients in order, never another user's
            long two = repo.saveRecipe(ann, new Recipe(0, "Another", 3, "notes", List.of(
                    new Recipe.Ingredient(food, 2, "g", 50), new Recipe.Ingredient(food, 1, "cup", 240))), 1);
            long bobs = repo.saveRecipe(bob, new Recipe(0, "Bob's", 1, null,
                    List.of(new Recipe.Ingredient(food, 1, "g", 10))), 1);
            List<Recipe> byId = repo.recipesById(ann, List.of(recipe, two, bobs));
            assertEquals(List.of(repo.recipe(ann, two).orElseThrow(), repo.recipe(ann, recipe).orElseThrow()), byId,
                    "both of ann's, by name, and not bob's");
            assertEquals(2, byId.get(0).ingredients().size());
            assertEquals(50, byId.get(0).ingredients().get(0).grams(), 0.0);
            assertEquals(240, byId.get(0).ingredients().get(1).grams(), 0.0);
            assertEquals("notes", byId.get(0).notes());
            assertEquals(3, byId.get(0).servings(), 0.0);
            assertTrue(repo.recipesById(ann, List.of(bobs)).isEmpty());
            assertTrue(repo.recipesById(ann, List.of()).isEmpty());

            // history search, notes, water and settings are per user
            repo.saveNote(ann, day, "note");
            repo.saveWater(ann, day, 500);
            assertEquals(new DiaryRepository.DayNotes("note", 500), repo.dayNotes(ann, day));
            assertEquals(new DiaryRepository.DayNotes(null, 0), repo.dayNotes(bob, day));
            repo.saveSettings(ann, new DiarySettings(ExerciseCredit.HALF, WaterUnit.ML));
            assertEquals(ExerciseCredit.HALF, repo.settings(ann).exerciseCredit());
            assertEquals(ExerciseCredit.ALL, repo.settings(bob).exerciseCredit());
            assertEquals(2, repo.history(ann, List.of("q"), 10).size());
            assertTrue(repo.history(bob, List.of("q"), 10).isEmpty());
            assertTrue(repo.history(ann, List.of("%"), 10).isEmpty(), "LIKE wildcards are escaped");

            // deleted entries are purged for good only after their undo window
            assertTrue(repo.markDeleted(ann, id, 5));
            assertEquals(0, repo.purgeDeleted(5));
            assertTrue(repo.entry(ann, id).isPresent());
            assertEquals(1, repo.purgeDeleted(6));
            assertTrue(repo.entry(ann, id).isEmpty());
            assertEquals(1, repo.entries(ann, day, day).size());
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void theNextPositionComesOnlyForTheUsersOwnMeal(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            JdbiDiaryRepository repo = new JdbiDiaryRepository(db.jdbi());
            UserId ann = user(db, "ann");
            UserId bob = user(db, "bob");
            long breakfast = repo.meals(ann).get(0).id();
            long lunch = repo.meals(ann).get(1).id();
            long bobMeal = repo.meals(bob).get(0).id();
            LocalDate day = LocalDate.of(2026, 3, 1);
            assertEquals(java.util.OptionalInt.of(0), repo.nextPositionInOwnMeal(ann, day, breakfast), "an empty meal");
            repo.insert(ann, List.of(quick(day, breakfast, 0, 100), quick(day, breakfast, 1, 200),
                    quick(day, lunch, 0, 300), quick(day.plusDays(1), breakfast, 7, 50)), 1);
            assertEquals(java.util.OptionalInt.of(2), repo.nextPositionInOwnMeal(ann, day, breakfast));
            assertEquals(repo.nextPosition(ann, day, breakfast), repo.nextPositionInOwnMeal(ann, day, breakfast).getAsInt());
            assertEquals(java.util.OptionalInt.of(1), repo.nextPositionInOwnMeal(ann, day, lunch), "per meal");
            assertEquals(java.util.OptionalInt.of(8), repo.nextPositionInOwnMeal(ann, day.plusDays(1), breakfast), "per day");
            assertTrue(repo.nextPositionInOwnMeal(ann, day, bobMeal).isEmpty(), "another user's meal");
            assertTrue(repo.nextPositionInOwnMeal(bob, day, breakfast).isEmpty(), "not bob's meal");
            assertTrue(repo.nextPositionInOwnMeal(ann, day, Long.MAX_VALUE).isEmpty(), "no such meal");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void anAppendedEntryGoesAfterTheLastInTheUsersOwnMealOnly(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            // the transaction everywhere, and on plain PostgreSQL the one statement the app uses there
            assertEquals(tdb.url().startsWith("jdbc:postgresql:") && !org.openplate.testing.TestDatabases.onCitus(),
                    db.writesThroughCtes());
            appendsAfterTheLast(db, new JdbiDiaryRepository(db.jdbi()));
            if (db.writesThroughCtes()) {
                JdbiDiaryRepository one = new JdbiDiaryRepository(db.jdbi(), true);
                appendsAfterTheLast(db, one);
                UserId cat = user(db, "cat");
                long breakfast = one.meals(cat).get(0).id();
                java.util.concurrent.atomic.AtomicInteger statements = statementsFrom(db);
                assertTrue(one.append(cat, quick(LocalDate.of(2026, 3, 2), 0, 0, 10), breakfast, null, 1)
                        .orElseThrow().created());
                assertEquals(1, statements.get(), "the insert and the raise in one statement");
                assertEquals(1, version(db, cat));
            }
        }
    }

    /**
     * A day's entries come with its note and water in one statement (one round trip on PostgreSQL), the same
     * entries in the same order as {@code entries}, and only the user's own: another user's note on the
     * same date is not shown. A day without entries still shows its water.
     */
    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aDayIsReadWithItsNotesInOneStatement(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            JdbiDiaryRepository repo = new JdbiDiaryRepository(db.jdbi());
            UserId ann = user(db, "ann");
            UserId bob = user(db, "bob");
            List<Meal> meals = repo.meals(ann);
            LocalDate day = LocalDate.of(2026, 4, 1);
            // lunch first, then breakfast, out of position order: the day comes back in meal order
            List<Entry> saved = repo.insert(ann, List.of(quick(day, meals.get(1).id(), 0, 300),
                    quick(day, meals.get(0).id(), 1, 200), quick(day, meals.get(0).id(), 0, 100),
                    quick(day.plusDays(1), meals.get(0).id(), 0, 50)), 1);
            repo.markDeleted(ann, repo.insert(ann, List.of(quick(day, meals.get(0).id(), 2, 999)), 1).get(0).id(), 2);
            repo.insert(bob, List.of(quick(day, repo.meals(bob).get(0).id(), 0, 700)), 1);
            repo.saveNote(bob, day, "bob's note");

            java.util.concurrent.atomic.AtomicInteger statements = statementsFrom(db);
            DiaryRepository.DayRows rows = repo.day(ann, day);
            // the day's one statement runs as plain JDBC (PlainReads); no statement of the notes' own runs
            assertEquals(0, statements.get(), "entries, note and water in one statement");
            assertEquals(List.of(100.0, 200.0, 300.0), rows.entries().stream()
                    .map(e -> ((QuickEntry) e).kcal()).toList());
            assertEquals(repo.entries(ann, day, day), rows.entries());
            assertEquals(new DiaryRepository.DayNotes(null, 0), rows.notes(), "no note of hers; bob's stays his");
            assertTrue(rows.entries().stream().allMatch(e -> saved.stream().anyMatch(s -> s.id() == e.id())));

            repo.saveNote(ann, day, "Felt strong");
            repo.saveWater(ann, day, 750);
            rows = repo.day(ann, day);
            assertEquals(new DiaryRepository.DayNotes("Felt strong", 750), rows.notes());
            assertEquals(repo.dayNotes(ann, day), rows.notes());
            assertEquals(3, rows.entries().size());

            // no entries: the water is still read
            LocalDate dry = day.minusDays(1);
            repo.saveWater(ann, dry, 500);
            statements.set(0);
            rows = repo.day(ann, dry);
            assertEquals(1, statements.get(), "a day without entries reads its notes on their own");
            assertTrue(rows.entries().isEmpty());
            assertEquals(new DiaryRepository.DayNotes(null, 500), rows.notes());

            DiaryRepository.DayRows bobs = repo.day(bob, day);
            assertEquals(List.of(700.0), bobs.entries().stream().map(e -> ((QuickEntry) e).kcal()).toList());
            assertEquals("bob's note", bobs.notes().note());
            assertEquals(0, bobs.notes().waterMl(), 1e-9);
        }
    }

    /**
     * A day's entries follow the meals' order after the user reorders them, though the statement reads them in
     * the day index's order (meal id, then position) so that SQLite need not sort them itself.
     */
    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aDayFollowsTheMealsOrderAfterTheyAreReordered(TestDb tdb) throws Exception {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            JdbiDiaryRepository repo = new JdbiDiaryRepository(db.jdbi());
            UserId ann = user(db, "ann");
            List<Meal> meals = repo.meals(ann);
            assertTrue(meals.size() >= 3, "the default meals");
            LocalDate day = LocalDate.of(2026, 5, 2);
            // 1 and 2 in the first meal, 3 in the second, 4 and 5 (logged out of position) in the third
            repo.insert(ann, List.of(quick(day, meals.get(0).id(), 0, 1), quick(day, meals.get(0).id(), 1, 2),
                    quick(day, meals.get(1).id(), 0, 3), quick(day, meals.get(2).id(), 1, 5),
                    quick(day, meals.get(2).id(), 0, 4)), 1);
            assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 5.0), kcals(repo.day(ann, day)));

            // the third meal first, then the first, then the second (and any others after them)
            List<Long> order = new java.util.ArrayList<>(List.of(meals.get(2).id(), meals.get(0).id(), meals.get(1).id()));
            meals.stream().skip(3).forEach(m -> order.add(m.id()));
            repo.reorderMeals(ann, order);
            assertEquals(List.of(4.0, 5.0, 1.0, 2.0, 3.0), kcals(repo.day(ann, day)));
            assertEquals(repo.entries(ann, day, day), repo.day(ann, day).entries(), "the same order as a range read");

            if (tdb.url().startsWith("jdbc:sqlite:")) {
                List<String> plan = new java.util.ArrayList<>();
                db.jdbi().useHandle(h -> {
                    try (var ps = h.getConnection().prepareStatement("EXPLAIN QUERY PLAN " + JdbiDiaryRepository.DAY)) {
                        for (int i = 1; i <= 6; i++) {
                            ps.setObject(i, i % 2 == 1 ? ann.value() : day.toString());
                        }
                        try (var rs = ps.executeQuery()) {
                            while (rs.next()) {
                                plan.add(rs.getString("detail"));
                            }
                        }
                    }
                });
                assertTrue(plan.stream().anyMatch(line -> line.startsWith("SEARCH e USING INDEX diary_entries_day")),
                        "the day's entries come from the day index: " + plan);
                assertTrue(plan.stream().noneMatch(line -> line.contains("TEMP B-TREE")),
                        "SQLite reads them in order rather than sorting them: " + plan);
            }
        }
    }

    @Test
    void entriesAlreadyInDayOrderComeBackAsTheyAre() {
        LocalDate day = LocalDate.of(2026, 5, 2);
        List<Entry> inOrder = List.of(quick(day, 7, 0, 1).stored(10, 0), quick(day, 7, 1, 2).stored(11, 0),
                quick(day, 3, 0, 3).stored(9, 0));
        assertTrue(inOrder == JdbiDiaryRepository.inDayOrder(inOrder, new int[] {0, 0, 1}));
        // meal 3 is first now; within a meal and a position, the older id first
        List<Entry> sorted = JdbiDiaryRepository.inDayOrder(List.of(quick(day, 7, 1, 2).stored(12, 0),
                quick(day, 7, 1, 1).stored(11, 0), quick(day, 3, 0, 3).stored(9, 0)), new int[] {1, 1, 0});
        assertEquals(List.of(9L, 11L, 12L), sorted.stream().map(Entry::id).toList());
    }

    private static List<Double> kcals(DiaryRepository.DayRows rows) {
        return rows.entries().stream().map(e -> ((QuickEntry) e).kcal()).toList();
    }

    /**
     * The next position in a meal on a day is found in the day's index alone (V21): with only (user_id, day) in
     * it, adding an entry read every entry of that day from the table.
     */
    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void theNextPositionIsReadFromTheDaysIndexAlone(TestDb tdb) throws Exception {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            boolean sqlite = tdb.url().startsWith("jdbc:sqlite:");
            List<String> columns = db.jdbi().withHandle(h -> sqlite
                    ? h.createQuery("SELECT name FROM pragma_index_info('diary_entries_day') ORDER BY seqno")
                            .mapTo(String.class).list()
                    : List.of(h.createQuery("SELECT indexdef FROM pg_indexes WHERE indexname = 'diary_entries_day'")
                            .mapTo(String.class).one().replaceAll(".*\\((.*)\\)\\s*$", "$1").replace("\"", "")
                            .split(",\\s*")));
            assertEquals(List.of("user_id", "day", "meal_id", "position"), columns);
            if (!sqlite) {
                return; // PostgreSQL's plan for a handful of test rows is a scan whatever the indexes
            }
            for (boolean toMeal : new boolean[] {true, false}) {
                for (boolean withClientId : new boolean[] {true, false}) {
                    String append = JdbiDiaryRepository.appendSql(toMeal, withClientId);
                    List<String> plan = new java.util.ArrayList<>();
                    db.jdbi().useHandle(h -> {
                        try (var ps = h.getConnection().prepareStatement("EXPLAIN QUERY PLAN " + append);
                             var rs = ps.executeQuery()) {
                            while (rs.next()) {
                                plan.add(rs.getString("detail"));
                            }
                        }
                    });
                    assertTrue(plan.stream().anyMatch(line -> line.startsWith(
                            "SEARCH x USING COVERING INDEX diary_entries_day")),
                            "the position subquery stays in the index: " + plan);
                }
            }
        }
    }

    private static long version(Database db, UserId user) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT version FROM user_data_versions WHERE user_id = :u")
                .bind("u", user.value()).mapTo(Long.class).findOne().orElse(0L));
    }

    private static void appendsAfterTheLast(Database db, JdbiDiaryRepository repo) {
        UserId ann = user(db, "ann");
        UserId bob = user(db, "bob");
        LocalDate day = LocalDate.of(2026, 3, 1);
        assertTrue(repo.append(ann, quick(day, 0, 0, 100), null, null, 1).isEmpty(), "no meals yet: nowhere to go");
        long breakfast = repo.meals(ann).get(0).id();
        long lunch = repo.meals(ann).get(1).id();
        long bobMeal = repo.meals(bob).get(0).id();
        long before = version(db, ann);

        // the first meal when none is named, at the end of it; the meal and position given are ignored
        Entry first = repo.append(ann, quick(day, lunch, 9, 100), null, null, 7).orElseThrow().entry();
        assertEquals(breakfast, first.mealId());
        assertEquals(0, first.position());
        assertEquals(7, first.createdAt());
        Entry second = repo.append(ann, quick(day, 0, 0, 200), breakfast, null, 8).orElseThrow().entry();
        assertEquals(1, second.position(), "after the last one");
        assertEquals(0, repo.append(ann, quick(day, 0, 0, 300), lunch, null, 8).orElseThrow().entry().position(),
                "positions are per meal");
        assertEquals(0, repo.append(ann, quick(day.plusDays(1), 0, 0, 50), breakfast, null, 8).orElseThrow()
                .entry().position(), "and per day");
        assertEquals(List.of(first.id(), second.id()), repo.entries(ann, day, day).stream()
                .filter(e -> e.mealId() == breakfast).map(Entry::id).toList());
        assertEquals(200.0, ((QuickEntry) repo.entry(ann, second.id()).orElseThrow()).kcal());
        long after = version(db, ann);
        assertEquals(before + 4, after, "each append raises the user's data version");

        // another user's meal, or no meal at all: nothing is written
        assertTrue(repo.append(ann, quick(day, 0, 0, 1), bobMeal, null, 9).isEmpty());
        assertTrue(repo.append(bob, quick(day, 0, 0, 1), breakfast, null, 9).isEmpty());
        assertTrue(repo.append(ann, quick(day, 0, 0, 1), Long.MAX_VALUE, "c-0", 9).isEmpty());
        assertEquals(3, repo.entries(ann, day, day).size());
        assertTrue(repo.entries(bob, day, day).isEmpty());
        assertEquals(after, version(db, ann), "nothing written, nothing raised");

        // a client id logs once per user; its retry answers the first entry, not created
        DiaryRepository.Inserted once = repo.append(ann, quick(day, 0, 0, 400), lunch, "c-1", 10).orElseThrow();
        assertTrue(once.created());
        assertEquals(after + 1, version(db, ann));
        DiaryRepository.Inserted again = repo.append(ann, quick(day, 0, 0, 999), breakfast, "c-1", 11).orElseThrow();
        assertEquals(false, again.created());
        assertEquals(after + 1, version(db, ann), "a retry changes nothing");
        assertEquals(once.entry().id(), again.entry().id());
        assertEquals(lunch, again.entry().mealId());
        assertTrue(repo.append(bob, quick(day, 0, 0, 5), bobMeal, "c-1", 12).orElseThrow().created(),
                "client ids are per user");
        assertEquals(4, repo.entries(ann, day, day).size());
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void theFirstMealSlotIsTheFirstMealAndItsNextPosition(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            JdbiDiaryRepository repo = new JdbiDiaryRepository(db.jdbi());
            UserId ann = user(db, "ann");
            UserId bob = user(db, "bob");
            LocalDate day = LocalDate.of(2026, 3, 1);
            assertTrue(repo.firstMealSlot(ann, day).isEmpty(), "no meals before first use");
            long breakfast = repo.meals(ann).get(0).id();
            long lunch = repo.meals(ann).get(1).id();
            long bobFirst = repo.meals(bob).get(0).id();
            assertEquals(new DiaryRepository.Slot(breakfast, 0), repo.firstMealSlot(ann, day).orElseThrow());
            repo.insert(ann, List.of(quick(day, breakfast, 0, 100), quick(day, breakfast, 4, 200),
                    quick(day, lunch, 9, 300), quick(day.plusDays(1), breakfast, 7, 50)), 1);
            repo.insert(bob, List.of(quick(day, bobFirst, 20, 100)), 1);
            assertEquals(new DiaryRepository.Slot(breakfast, 5), repo.firstMealSlot(ann, day).orElseThrow(),
                    "after the highest position in the first meal, that day only, the user's own entries only");
            assertEquals(repo.nextPosition(ann, day, breakfast), repo.firstMealSlot(ann, day).orElseThrow().position());
            assertEquals(new DiaryRepository.Slot(bobFirst, 21), repo.firstMealSlot(bob, day).orElseThrow());
            // the first meal is the first by position, whatever its id
            db.jdbi().useHandle(h -> h.execute("UPDATE diary_meals SET position = -1 WHERE id = ?", lunch));
            assertEquals(new DiaryRepository.Slot(lunch, 10), repo.firstMealSlot(ann, day).orElseThrow());
            assertEquals(lunch, repo.meals(ann).get(0).id(), "the same first meal the meal list shows");
        }
    }
}
