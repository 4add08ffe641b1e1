package org.openplate.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.food.usda.FoodBundle;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * Searching while the food catalogue loads answers at once with the foods loaded so far, and says how far the
 * load has got, in the API and on the search and diary pages. The load is held after its first batch by a
 * latch in the loader's listener (no sleeps), on both databases.
 */
class CatalogueLoadingHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FOODS = 2_500;

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void searchesAnswerWithWhatIsLoadedAndSaySoWhileTheCatalogueLoads(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser s = SignedInUser.signUp(app, "loading");
            JsonNode idle = JSON.readTree(s.get("/api/v1/foods?q=banana").body());
            assertFalse(idle.get("loading").asBoolean(), "the bundled catalogue is loaded");
            assertTrue(idle.path("progress").isMissingNode(), idle.toString());

            byte[] bundle = bundle();
            FoodService foods = app.app().foods();
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> load = CompletableFuture.runAsync(() -> foods.prepare("gated-test",
                    () -> new ByteArrayInputStream(bundle), (loaded, total) -> {
                        if (held.getCount() > 0) {
                            held.countDown();
                            await(release);
                        }
                    }));
            try {
                assertTrue(held.await(60, TimeUnit.SECONDS), "the first batch was written");

                // the API answers at once with the first batch's foods, and says it is still loading
                JsonNode first = JSON.readTree(s.get("/api/v1/foods?q=quokkaberry&limit=5").body());
                assertTrue(first.get("loading").asBoolean(), first.toString());
                assertEquals(DatabaseFoodSink.BATCH, first.get("progress").get("loaded").asInt());
                assertEquals(FOODS, first.get("progress").get("total").asInt());
                assertEquals("The food catalogue is loading (1,000 of 2,500 foods)…",
                        first.get("progress").get("message").asText());
                assertEquals(5, first.get("items").size(), "foods of the loaded batch are found");
                JsonNode later = JSON.readTree(s.get("/api/v1/foods?q=wombatfruit").body());
                assertEquals(0, later.get("items").size(), "foods not loaded yet");
                assertTrue(later.get("loading").asBoolean());

                // the pages say so, rather than "no foods match"
                String page = s.get("/foods?q=wombatfruit").body();
                assertTrue(page.contains("The food catalogue is loading (1,000 of 2,500 foods)…"), page);
                assertFalse(page.contains("id=\"no-results\""), "not yet known not to match");
                String fragment = s.get("/foods?q=wombatfruit&fragment=1").body();
                assertTrue(fragment.contains("id=\"catalogue-loading\""), fragment);
                String add = s.get("/diary/add").headers().firstValue("Location").orElseThrow();
                String addPage = s.get(add + "?q=quokkaberry").body();
                assertTrue(addPage.contains("The food catalogue is loading (1,000 of 2,500 foods)…"), addPage);
                assertTrue(addPage.contains("Quokkaberry"), "the add page lists what is ready");
            } finally {
                release.countDown();
            }
            load.get(60, TimeUnit.SECONDS);

            JsonNode done = JSON.readTree(s.get("/api/v1/foods?q=wombatfruit").body());
            assertFalse(done.get("loading").asBoolean());
            assertTrue(done.path("progress").isMissingNode());
            assertTrue(done.get("items").size() > 0, "the rest is searchable once loaded");
            assertFalse(s.get("/foods?q=wombatfruit").body().contains("catalogue-loading"));
        }
    }

    @org.junit.jupiter.api.Test
    void theMostLoggedFoodsAreLoadedFirstInABatchOfTheirOwn() throws Exception {
        byte[] bundle = markedBundle();
        // a new bundle version on a database that has the catalogue already
        try (TestApp app = TestApp.start(org.openplate.testing.TestDatabases.sqlite())) {
            assertFirstBatch(app.app().foods(), app.app().database().jdbi(), bundle);
        }
        // a new database: the first batch is written in the same read that hashes and counts the bundle
        var tdb = org.openplate.testing.TestDatabases.sqlite();
        try (org.openplate.storage.Database db = org.openplate.storage.Database.open(tdb.url(), tdb.user(), tdb.password())) {
            JdbiFoodRepository repo = new JdbiFoodRepository(db.jdbi(), new ObjectMapper(), java.time.Clock.systemUTC());
            assertFirstBatch(new FoodService(repo, new org.openplate.food.search.FoodIndex(repo, null)), db.jdbi(), bundle);
        }
    }

    /** The real bundle, every name marked with a new word (so that loading it is a new version). */
    private static byte[] markedBundle() throws Exception {
        List<FoodRecord> marked = new ArrayList<>();
        try (InputStream in = FoodModule.class.getResourceAsStream(FoodModule.BUNDLE)) {
            FoodBundle.read(in, f -> marked.add(new FoodRecord(f.source(), f.sourceId(), f.name() + ", quinzel",
                    f.brand(), f.foodGroup(), f.barcode(), f.nutrients(), f.portions(), f.proteinFactor(),
                    f.fatFactor(), f.carbFactor())));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FoodBundle.write(out, FoodModule.BUNDLE_SOURCE, marked);
        return out.toByteArray();
    }

    private static void assertFirstBatch(FoodService foods, org.jdbi.v3.core.Jdbi jdbi, byte[] bundle) throws Exception {
        List<FoodRecord> all = new ArrayList<>();
        FoodBundle.read(new ByteArrayInputStream(bundle), all::add);
        long first = all.stream().filter(f -> CuratedNames.loadedFirst(f.source(), f.sourceId())).count();
        assertEquals(CuratedNames.loadedFirstCount(), first, "every food listed to load first is in the bundle");
        assertTrue(first > CuratedNames.size(), "more than the foods with friendly names: " + first);
        List<Long> batches = new ArrayList<>();
        List<Integer> totals = new ArrayList<>();
        List<List<String>> firstWritten = new ArrayList<>();
        List<List<FoodSummary>> firstFound = new ArrayList<>();
        foods.prepare(FoodModule.BUNDLE_SOURCE, () -> new ByteArrayInputStream(bundle), (loaded, total) -> {
            if (batches.isEmpty()) {
                firstWritten.add(jdbi.withHandle(h -> h.createQuery(
                        "SELECT source_id FROM foods WHERE name LIKE '%, quinzel'").mapTo(String.class).list()));
                for (String q : List.of("oatmeal quinzel", "banana quinzel", "grapes quinzel", "egg white quinzel")) {
                    firstFound.add(foods.search(q, null, java.util.Set.of(), 5));
                }
            }
            batches.add(loaded);
            totals.add(total);
        });
        assertEquals(first, batches.get(0), "the first batch is the most-logged foods");
        assertEquals(first + DatabaseFoodSink.BATCH, batches.get(1), "then the rest, a thousand at a time");
        assertEquals(all.size(), batches.get(batches.size() - 1).intValue(), "every food, once");
        assertEquals(List.of(all.size()), totals.stream().distinct().toList(), "the total is known from the first batch");
        assertEquals(first, firstWritten.get(0).size(), "written after the first batch: the most-logged foods");
        for (String id : firstWritten.get(0)) {
            assertTrue(CuratedNames.loadedFirst(FoodModule.BUNDLE_SOURCE, id), id);
        }
        List<String> expected = List.of("Oatmeal", "Bananas, raw", "Grapes", "Egg, white");
        for (int i = 0; i < expected.size(); i++) {
            FoodSummary hit = firstFound.get(i).get(0);
            assertTrue(hit.name().endsWith(", quinzel") && (hit.name().startsWith(expected.get(i))
                    || hit.displayName().startsWith(expected.get(i))), "searchable at once: " + hit);
        }
    }

    /** 2,500 foods of the real bundle, the first batch renamed "Quokkaberry …", the rest "Wombatfruit …". */
    private static byte[] bundle() throws Exception {
        List<FoodRecord> real = new ArrayList<>();
        try (InputStream in = FoodModule.class.getResourceAsStream(FoodModule.BUNDLE)) {
            FoodBundle.read(in, real::add);
        }
        List<FoodRecord> renamed = new ArrayList<>();
        for (int i = 0; i < FOODS; i++) {
            FoodRecord f = real.get(i);
            String name = (i < DatabaseFoodSink.BATCH ? "Quokkaberry, raw, lot " : "Wombatfruit, raw, lot ") + i;
            renamed.add(new FoodRecord("gated-test", "g" + i, name, null, f.foodGroup(), null, f.nutrients(),
                    f.portions(), f.proteinFactor(), f.fatFactor(), f.carbFactor()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FoodBundle.write(out, "gated-test", renamed);
        return out.toByteArray();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the load");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
