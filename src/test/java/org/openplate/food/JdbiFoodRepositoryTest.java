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
            assertTrue(repo.findByBarcode("036000291452", ann).isPresent());
            assertTrue(repo.findByBarcode("036000291452", bob).isEmpty());
            assertEquals(0, repo.countPublic());

            assertFalse(repo.deleteCustom(bob, mine.id()), "bob cannot delete ann's food");
            assertTrue(repo.deleteCustom(ann, mine.id()));
            assertTrue(repo.find(mine.id(), ann).isEmpty());
            List<FoodRepository.IndexRow> rows = new ArrayList<>();
            repo.scan(0, rows::add);
            assertTrue(rows.get(0).deleted(), "soft-deleted rows reach the index sync as deletions");
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
}
