package org.openplate.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.App;
import org.openplate.account.JdbiAccountRepository;
import org.openplate.account.UserId;
import org.openplate.nutrition.Nutrients;
import org.openplate.nutrition.Portion;
import org.openplate.storage.Database;
import org.openplate.testing.MutableClock;
import org.openplate.testing.TestDatabases.TestDb;

/** Catalogue storage on SQLite and PostgreSQL: upserts, visibility, barcodes, soft deletes, scans. */
class JdbiFoodRepositoryTest {

    private static FoodRecord food(String source, String id, String name, double kcal, String barcode) {
        return new FoodRecord(source, id, name, null, "Fruits", barcode,
                new Nutrients(Map.of("energy", kcal, "protein", 1.09, "fat", 0.33)),
                List.of(new Portion("1 cup, sliced", 150), new Portion("1 medium", 118)), 3.36, 8.37, 3.6);
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void upsertsInsertThenUpdateByKeyAndKeepUnknownsAbsent(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            var clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"));
            var repo = new JdbiFoodRepository(db.jdbi(), App.objectMapper(), clock);
            var first = repo.upsertAll(List.of(food("usda-sr24", "09040", "Bananas, raw", 89, null),
                    food("usda-sr24", "09003", "Apples, raw, with skin", 52, null)), null);
            assertEquals(new FoodRepository.UpsertCounts(2, 0), first);
            clock.advance(java.time.Duration.ofSeconds(10));
            var again = repo.upsertAll(List.of(food("usda-sr24", "09040", "Bananas, raw", 90, null),
                    food("off", "09040", "Banana from another source", 95, null)), null);
            assertEquals(new FoodRepository.UpsertCounts(1, 1), again, "same id in another source is a new food");
            assertEquals(3, repo.countPublic());

            Food banana = repo.findBySource("usda-sr24", "09040", null).orElseThrow();
            assertEquals(90.0, banana.kcalPer100g().getAsDouble());
            assertEquals(1.09, banana.nutrients().get("protein").getAsDouble());
            assertTrue(banana.nutrients().get("fiber").isEmpty(), "unmeasured stays absent");
            assertEquals(List.of(new Portion("1 cup, sliced", 150), new Portion("1 medium", 118)), banana.portions());
            assertEquals(3.36, banana.proteinFactor());
            assertEquals(clock.instant(), banana.updatedAt());

            List<FoodRepository.IndexRow> changed = new ArrayList<>();
            repo.scan(clock.millis(), changed::add);
            assertEquals(2, changed.size(), "only rows changed since the mark");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void customFoodsAreVisibleOnlyToTheirOwner(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            var accounts = new JdbiAccountRepository(db.jdbi());
            UserId ann = accounts.insertUser("ann@example.org", "h", Instant.EPOCH);
            UserId bob = accounts.insertUser("bob@example.org", "h", Instant.EPOCH);
            var repo = new JdbiFoodRepository(db.jdbi(), App.objectMapper(), java.time.Clock.systemUTC());
            repo.upsertAll(List.of(food("custom", "ann-bar", "Ann's protein bar", 400, "036000291452")), ann.value());
            Food mine = repo.findBySource("custom", "ann-bar", ann).orElseThrow();
            assertEquals(ann.value(), mine.ownerId());
            assertTrue(repo.find(mine.id(), ann).isPresent());
            assertTrue(repo.find(mine.id(), bob).isEmpty(), "another user's custom food is not found");
            assertTrue(repo.find(mine.id(), null).isEmpty());
            assertTrue(repo.findAll(List.of(mine.id()), bob).isEmpty());
            // by a list of ids: the catalogue's foods for everyone, a custom food for its owner only
            repo.upsertAll(List.of(food("usda", "09003", "Apple", 52, null)), null);
            Food apple = repo.findBySource("usda", "09003", bob).orElseThrow();
            List<Long> both = List.of(apple.id(), mine.id());
            assertEquals(List.of(apple.id()), repo.findAll(both, bob).stream().map(Food::id).toList());
            assertEquals(List.of(apple.id(), mine.id()), repo.findAll(both, ann).stream().map(Food::id).toList());
            assertEquals(List.of(apple.id()), repo.findLogged(both, bob).stream().map(Food::id).toList());
            assertEquals(java.util.Set.of(apple.id(), mine.id()),
                    repo.findLogged(both, ann).stream().map(Food::id).collect(java.util.stream.Collectors.toSet()));
            assertEquals(List.of(apple.id()), repo.findLogged(both, null).stream().map(Food::id).toList());
            assertTrue(repo.findByBarcode("036000291452", ann).isPresent());
            assertTrue(repo.findByBarcode("036000291452", bob).isEmpty());
            assertEquals(1, repo.countPublic(), "the apple; a custom food is not public");

            assertFalse(repo.deleteCustom(bob, mine.id()), "bob cannot delete ann's food");
            assertTrue(repo.deleteCustom(ann, mine.id()));
            assertTrue(repo.find(mine.id(), ann).isEmpty());
            assertEquals(List.of(apple.id()), repo.findAll(both, ann).stream().map(Food::id).toList());
            assertEquals(java.util.Set.of(apple.id(), mine.id()), repo.findLogged(both, ann).stream().map(Food::id)
                    .collect(java.util.stream.Collectors.toSet()), "a deleted food still shows where it was logged");
            assertEquals(List.of(apple.id()), repo.findLogged(both, bob).stream().map(Food::id).toList());
            List<FoodRepository.IndexRow> rows = new ArrayList<>();
            repo.scan(0, rows::add);
            assertTrue(rows.stream().filter(r -> r.id() == mine.id()).findFirst().orElseThrow().deleted(),
                    "soft-deleted rows reach the index sync as deletions");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void bundleVersionsAreRecorded(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            var repo = new JdbiFoodRepository(db.jdbi(), App.objectMapper(), java.time.Clock.systemUTC());
            assertTrue(repo.bundleVersion("usda-sr24").isEmpty());
            repo.recordBundle("usda-sr24", "abc", 3);
            repo.recordBundle("usda-sr24", "def", 4);
            assertEquals("def", repo.bundleVersion("usda-sr24").orElseThrow());
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aDecodedFoodIsReusedOnlyWhileItsRowIsUnchangedEvenWithinOneMillisecond(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            // a clock that never moves: two writes share a millisecond, yet each must be seen
            var clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"));
            var writer = new JdbiFoodRepository(db.jdbi(), App.objectMapper(), clock);
            var reader = new JdbiFoodRepository(db.jdbi(), App.objectMapper(), clock); // another instance
            writer.upsertAll(List.of(food("usda-sr24", "09040", "Bananas, raw", 89, null)), null);
            long id = reader.findBySource("usda-sr24", "09040", null).orElseThrow().id();
            Food first = reader.find(id, null).orElseThrow();
            assertTrue(first == reader.find(id, null).orElseThrow(), "an unchanged row is not decoded again");
            assertEquals(first, reader.findLogged(List.of(id), null).get(0));

            writer.upsertAll(List.of(food("usda-sr24", "09040", "Bananas, raw", 91, null)), null);
            assertEquals(91.0, reader.find(id, null).orElseThrow().kcalPer100g().getAsDouble(),
                    "a change by another instance in the same millisecond is read");
            writer.upsertAll(List.of(food("usda-sr24", "09040", "Bananas, raw", 93, null)), null);
            assertEquals(93.0, reader.findLogged(List.of(id), null).get(0).kcalPer100g().getAsDouble());
            assertEquals(93.0, reader.summaries(List.of(id), null).get(0).kcalPer100g());
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aSmallCacheStillAnswersEveryFood(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            var repo = new JdbiFoodRepository(db.jdbi(), App.objectMapper(), java.time.Clock.systemUTC(), 3);
            List<FoodRecord> records = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                records.add(food("usda-sr24", "f" + i, "Food " + i, 100 + i, null));
            }
            repo.upsertAll(records, null);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ids.add(repo.findBySource("usda-sr24", "f" + i, null).orElseThrow().id());
            }
            for (int round = 0; round < 2; round++) {
                List<Food> all = repo.findAll(ids, null);
                for (int i = 0; i < 20; i++) {
                    assertEquals(100.0 + i, all.get(i).kcalPer100g().getAsDouble());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void searchSummariesFromTheProjectionMatchTheDecodedFoods(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            var accounts = new JdbiAccountRepository(db.jdbi());
            UserId ann = accounts.insertUser("ann@example.org", "h", Instant.EPOCH);
            var writer = new JdbiFoodRepository(db.jdbi(), App.objectMapper(), java.time.Clock.systemUTC());
            writer.upsertAll(List.of(food("usda-sr24", "09040", "Bananas, raw", 89, null),
                    new FoodRecord("usda-sr24", "01079", "Milk, reduced fat, fluid, 2% milkfat", null, "Dairy", null,
                            new Nutrients(Map.of("energy", 50.0, "protein", 3.3, "fat", 1.98, "carbs", 4.8,
                                    "calcium", 120.0)), List.of(new Portion("1 cup", 244)), null, null, null)), null);
            writer.upsertAll(List.of(food("custom", "ann-bar", "Ann's protein bar", 400, null)), ann.value());
            List<Long> ids = new ArrayList<>();
            ids.add(writer.findBySource("custom", "ann-bar", ann).orElseThrow().id());
            ids.add(writer.findBySource("usda-sr24", "01079", null).orElseThrow().id());
            ids.add(writer.findBySource("usda-sr24", "09040", null).orElseThrow().id());

            // a fresh repository (nothing decoded yet) answers from the columns; the result is the same
            var cold = new JdbiFoodRepository(db.jdbi(), App.objectMapper(), java.time.Clock.systemUTC());
            List<FoodSummary> projected = cold.summaries(ids, ann);
            List<FoodSummary> decoded = writer.findAll(ids, ann).stream().map(FoodSummary::of).toList();
            assertEquals(3, projected.size());
            assertEquals(decoded, projected, "same order, names, energy, macros and common portion");
            assertEquals(122.0, projected.get(1).kcalPerCommonPortion(), 1e-9, "1 cup = 244 g at 50 kcal/100 g");
            assertEquals(2, cold.summaries(ids, null).size(), "another user's custom food is left out");
        }
    }
}
