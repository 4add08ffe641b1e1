package org.openplate.food.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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
    void aCatalogueSyncedInBatchesIsSearchedAsOneSegment(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), null, null)) {
            var repo = new JdbiFoodRepository(db.jdbi(), App.objectMapper(), Clock.systemUTC());
            try (FoodIndex index = new FoodIndex(repo, dir)) {
                for (int batch = 0; batch < 4; batch++) {
                    java.util.List<FoodRecord> foods = new java.util.ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        foods.add(food(batch + "-" + i, "Quince variety " + batch + " " + i));
                    }
                    repo.upsertAll(foods, null);
                    assertEquals(50, index.sync());
                    assertEquals(1, index.segments(), "after batch " + batch + ": one segment, not one per batch");
                }
                assertEquals(10, new FoodSearch(index).search("quince", 0, Set.of(), 10).size());
                assertEquals(1, new FoodSearch(index).search("quince variety 3 17", 0, Set.of(), 1).size());
                repo.upsertAll(List.of(food("0-1", "Medlar jelly")), null);
                assertEquals(1, index.sync());
                assertEquals(1, index.segments(), "an update is merged in too");
                assertEquals(1, new FoodSearch(index).search("medlar", 0, Set.of(), 10).size());
                assertEquals(199, new FoodSearch(index).search("quince", 0, Set.of(), 500).size(),
                        "the updated food's old document is gone");
            }
        }
    }

    @Test
    void rememberedAnswersLastOnlyUntilTheIndexChanges() {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), null, null)) {
            var repo = new JdbiFoodRepository(db.jdbi(), App.objectMapper(), Clock.systemUTC());
            try (FoodIndex index = new FoodIndex(repo, null)) {
                repo.upsertAll(List.of(food("1", "Quince jelly"), food("2", "Quince paste")), null);
                index.sync();
                FoodSearch search = new FoodSearch(index);
                List<FoodSearch.Hit> first = search.search("quince", 0, Set.of(), 10);
                assertEquals(2, first.size());
                assertSame(first, search.search("quince", 0, Set.of(), 10), "the same question is answered from memory");
                assertEquals(1, search.search("quince", 0, Set.of(), 1).size(), "the limit is part of the question");
                assertEquals(List.of("quinse"), search.unknownWords("quinse jelly"));
                assertEquals(List.of("quinse"), search.unknownWords("quinse paste"), "what the index knows of the word, kept");

                repo.upsertAll(List.of(food("3", "Quince tart"), food("4", "Quinse liqueur")), null);
                assertEquals(2, search.search("quince", 0, Set.of(), 10).size(), "not synced yet: the index is unchanged");
                index.sync();
                assertEquals(3, search.search("quince", 0, Set.of(), 10).size(), "a sync that indexed foods forgets old answers");
                assertEquals(List.of(), search.unknownWords("quinse jelly"), "a word the catalogue now knows is no typo");
                assertEquals(List.of(), search.unknownWords("quinse tart"),
                        "a new question about the word reads what the changed index knows of it");
                assertEquals(0, index.sync());
                List<FoodSearch.Hit> again = search.search("quince", 0, Set.of(), 10);
                assertSame(again, search.search("quince", 0, Set.of(), 10), "a sync that changed nothing keeps them");
            }
        }
    }

    @Test
    void equalMatchesComeInTheOrderTheyWereIndexedAndALowerLimitIsTheirStart() {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), null, null)) {
            var repo = new JdbiFoodRepository(db.jdbi(), App.objectMapper(), Clock.systemUTC());
            try (FoodIndex index = new FoodIndex(repo, null)) {
                java.util.List<FoodRecord> same = new java.util.ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    same.add(food("q" + i, "Quince jelly"));
                }
                same.add(food("long", "Quince jelly, with a much longer name than the others"));
                repo.upsertAll(same, null);
                index.sync();
                FoodSearch search = new FoodSearch(index);
                List<FoodSearch.Hit> ten = search.search("quince jelly", 0, Set.of(), 10);
                assertEquals(10, ten.size());
                for (int i = 1; i < ten.size(); i++) {
                    assertEquals(ten.get(0).score(), ten.get(i).score(), "equal names score alike");
                    assertEquals(true, ten.get(i - 1).id() < ten.get(i).id(), "ties keep the indexing order: " + ten);
                }
                assertEquals(ten.subList(0, 4), search.search("quince jelly", 0, Set.of(), 4));
                List<FoodSearch.Hit> all = search.search("quince jelly", 0, Set.of(), 50);
                assertEquals(31, all.size());
                assertEquals(repo.findBySource("csv", "long", null).orElseThrow().id(), all.get(30).id(),
                        "the longer name ranks last");
                assertEquals(ten, all.subList(0, 10));
            }
        }
    }

    @Test
    void aTyposExpansionIsKeptForItsIndexVersionOnly() {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), null, null)) {
            var repo = new JdbiFoodRepository(db.jdbi(), App.objectMapper(), Clock.systemUTC());
            try (FoodIndex index = new FoodIndex(repo, null)) {
                repo.upsertAll(List.of(food("1", "Quinoa, cooked"), food("2", "Quinoa salad"), food("3", "Rice pudding")),
                        null);
                index.sync();
                FoodSearch search = new FoodSearch(index);
                // "quinao" is not in the catalogue: a typo, expanded to the terms within its edit distance
                List<FoodSearch.Hit> salad = search.search("quinao salad", 0, Set.of(), 10);
                assertEquals(1, salad.size());
                assertEquals(1, search.rewrittenKept(), "the expansion of the typo is kept");
                List<FoodSearch.Hit> alone = search.search("quinao", 0, Set.of(), 10);
                assertEquals(1, search.rewrittenKept(), "and used again for another query with the same typo");
                assertEquals(new FoodSearch(index).search("quinao", 0, Set.of(), 10), alone,
                        "the same hits as a search that expands it afresh");
                assertEquals(2, alone.size());
                // a food indexed since brings a new term within the typo's reach: the old expansion must not hide it
                repo.upsertAll(List.of(food("4", "Quinac biscuits")), null);
                index.sync();
                List<FoodSearch.Hit> after = search.search("quinao", 0, Set.of(), 10);
                assertEquals(3, after.size(), "a new version expands the typo again: " + after);
                assertEquals(new FoodSearch(index).search("quinao", 0, Set.of(), 10), after);
            }
        }
    }

    @Test
    void aWordsPlaceInTheTermDictionaryIsKeptForItsIndexVersionOnly() {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), null, null)) {
            var repo = new JdbiFoodRepository(db.jdbi(), App.objectMapper(), Clock.systemUTC());
            try (FoodIndex index = new FoodIndex(repo, null)) {
                repo.upsertAll(List.of(food("1", "Quinoa, cooked"), food("2", "Rice pudding"),
                        food("3", "Quinoa flakes")), null);
                index.sync();
                FoodSearch search = new FoodSearch(index);
                List<FoodSearch.Hit> first = search.search("quinoa", 0, Set.of(), 10);
                assertEquals(2, first.size());
                assertEquals(1, search.wordsLookedUp(), "the word's place in the index is kept");
                List<FoodSearch.Hit> again = search.search("quinoa cooked", 0, Set.of(), 10);
                assertEquals(2, search.wordsLookedUp(), "and used again; only the new word is looked up");
                assertEquals(new FoodSearch(index).search("quinoa cooked", 0, Set.of(), 10), again,
                        "the same hits and scores as a search that looks every word up afresh");
                // foods indexed since: a new index version looks the word up again, with its new statistics
                repo.upsertAll(List.of(food("4", "Quinoa salad"), food("5", "Quinoa, uncooked")), null);
                index.sync();
                List<FoodSearch.Hit> after = search.search("quinoa", 0, Set.of(), 10);
                assertEquals(4, after.size(), "the new foods are found: " + after);
                assertEquals(new FoodSearch(index).search("quinoa", 0, Set.of(), 10), after);
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
