package org.openplate.food.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openplate.App;
import org.openplate.food.FoodRecord;
import org.openplate.food.JdbiFoodRepository;
import org.openplate.nutrition.Nutrients;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases;

/** Incremental index syncs read only what changed: a steady state costs nothing. */
class FoodIndexSyncTest {

    private static FoodRecord food(String id, String name) {
        return new FoodRecord("csv", id, name, null, null, null, new Nutrients(Map.of("energy", 100.0)), List.of(),
                null, null, null);
    }

    @Test
    void repeatedSyncsIndexOnlyNewChanges() {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), null, null)) {
            var repo = new JdbiFoodRepository(db.jdbi(), App.objectMapper(), Clock.systemUTC());
            try (FoodIndex index = new FoodIndex(repo, null)) {
                repo.upsertAll(List.of(food("1", "Quince jelly"), food("2", "Quince paste")), null);
                assertEquals(2, index.sync());
                assertEquals(0, index.sync(), "nothing changed: nothing re-indexed, even inside the overlap window");
                repo.upsertAll(List.of(food("3", "Quince tart")), null);
                assertEquals(1, index.sync());
                assertEquals(3, new FoodSearch(index).search("quince", 0, Set.of(), 10).size());
                repo.upsertAll(List.of(food("1", "Quince jam")), null);
                assertEquals(1, index.sync(), "an update in the same millisecond window is still picked up");
                assertEquals(1, new FoodSearch(index).search("quince jam", 0, Set.of(), 10).size());
            }
        }
    }

    @Test
    void aRestartReadsTheOverlapButReindexesOnlyWhatChangedMeanwhile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), null, null)) {
            var repo = new JdbiFoodRepository(db.jdbi(), App.objectMapper(), Clock.systemUTC());
            java.util.List<FoodRecord> bundle = new java.util.ArrayList<>();
            for (int i = 0; i < 300; i++) {
                bundle.add(food("b" + i, "Quince variety " + i));
            }
            repo.upsertAll(bundle, null);
            try (FoodIndex index = new FoodIndex(repo, dir)) {
                assertEquals(300, index.sync());
            }
            // stopped; meanwhile another instance changed one food and added one
            repo.upsertAll(List.of(food("b7", "Quince cheese"), food("new", "Quince liqueur")), null);
            try (FoodIndex index = new FoodIndex(repo, dir)) {
                assertEquals(2, index.sync(), "the rows loaded just before the stop are not indexed again");
                assertEquals(1, new FoodSearch(index).search("quince cheese", 0, Set.of(), 10).size());
                assertEquals(301, new FoodSearch(index).search("quince", 0, Set.of(), 400).size());
            }
        }
    }
}
