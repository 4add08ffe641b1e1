package org.openplate.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.App;
import org.openplate.food.search.FoodIndex;
import org.openplate.food.usda.FoodBundle;
import org.openplate.nutrition.Portion;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases.TestDb;

/** The bundled SR24 catalogue: all 7,907 foods, values as USDA publishes them, idempotent loads. */
class BundleLoadTest {

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void loadsAllCurrentFoodsOnceAndAgainOnlyWhenTheVersionChanges(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            var repo = new JdbiFoodRepository(db.jdbi(), App.objectMapper(), Clock.systemUTC());
            try (FoodIndex index = new FoodIndex(repo, null)) {
                FoodService foods = new FoodService(repo, index);
                AtomicInteger opened = new AtomicInteger();
                foods.prepare("usda-sr24", () -> {
                    opened.incrementAndGet();
                    return App.class.getResourceAsStream(App.BUNDLE);
                });
                assertEquals(7907, repo.countPublic());
                assertEquals(2, opened.get(), "read twice: hashed and counted while the most-logged foods are written,"
                        + " then the rest");
                foods.prepare("usda-sr24", () -> {
                    opened.incrementAndGet();
                    return App.class.getResourceAsStream(App.BUNDLE);
                });
                assertEquals(3, opened.get(), "same version: hashed only");
                assertEquals(7907, repo.countPublic());

                Food banana = repo.findBySource("usda-sr24", "09040", null).orElseThrow();
                assertEquals("Bananas, raw", banana.name());
                assertEquals("Fruits and Fruit Juices", banana.foodGroup());
                assertEquals(89.0, banana.kcalPer100g().getAsDouble());
                assertEquals(22.84, banana.nutrients().get("carbs").getAsDouble());
                assertEquals(358.0, banana.nutrients().get("potassium").getAsDouble());
                assertEquals(3.36, banana.proteinFactor());
                assertEquals(8.37, banana.fatFactor());
                assertEquals(3.6, banana.carbFactor());
                assertTrue(banana.portions().contains(new Portion("1 cup, sliced", 150)));
                assertTrue(banana.nutrients().get("chromium").isEmpty(), "not measured in SR24: absent");
            }
        }
    }

    /**
     * The committed resource equals a fresh read of the USDA source (the source must be beside the
     * project, as in CI; see testing.SharedData): regenerate with the command in docs/food-data.md when this fails.
     */
    @org.junit.jupiter.api.Test
    void theCommittedBundleMatchesTheUsdaSource() throws Exception {
        java.nio.file.Path zip = org.openplate.testing.SharedData.require("usda-sr24", "usda_sr24.zip");
        java.nio.file.Path csv = org.openplate.testing.SharedData.require("usda-sr24", "nutrients.csv");
        java.util.Map<String, FoodRecord> fromSource = new java.util.HashMap<>();
        org.openplate.food.usda.Sr24Reader.read(zip, csv).forEach(f -> fromSource.put(f.sourceId(), f));
        java.util.List<FoodRecord> bundled = new java.util.ArrayList<>();
        int count = FoodBundle.read(App.class.getResourceAsStream(App.BUNDLE), bundled::add);
        assertEquals(fromSource.size(), count);
        assertEquals(7907, count, "every current SR24 food (foods.index), no retired ones");
        for (FoodRecord b : bundled) {
            FoodRecord s = fromSource.get(b.sourceId());
            assertEquals(s.name(), b.name());
            assertEquals(s.nutrients(), b.nutrients(), b.sourceId());
            assertEquals(s.portions(), b.portions(), b.sourceId());
            assertEquals(s.proteinFactor(), b.proteinFactor());
        }
    }
}
