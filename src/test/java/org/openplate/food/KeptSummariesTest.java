package org.openplate.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.food.search.FoodIndex;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * A search reads from the database only the summaries it does not keep: catalogue foods are kept at the
 * version the index holds, so a changed or deleted food shows as the search finds it, and the user's own
 * foods are read every time.
 */
class KeptSummariesTest {

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void catalogueSummariesAreKeptAtTheIndexedVersion(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            JdbiFoodRepository real = new JdbiFoodRepository(db.jdbi(), new ObjectMapper(), Clock.systemUTC());
            List<List<Long>> read = new ArrayList<>();
            FoodRepository counted = FoodRows.noting(real, (method, args) -> {
                if (method.equals("summaries")) {
                    @SuppressWarnings("unchecked")
                    List<Long> ids = (List<Long>) args[0];
                    read.add(List.copyOf(ids));
                }
            });
            FoodService foods = new FoodService(counted, new FoodIndex(real, null));
            UserId ann = FoodRows.user(db, "ann");
            long pie = FoodRows.food(db, "Quokka pie", 300, null);
            long tart = FoodRows.food(db, "Quokka tart", 250, null);
            long crumble = FoodRows.food(db, "Quokka crumble", 200, ann.value());
            foods.syncIndex();

            assertEquals(Set.of(pie, tart, crumble), ids(foods.find("quokka", ann, Set.of(), 10)));
            assertEquals(1, read.size());
            assertEquals(Set.of(pie, tart, crumble), Set.copyOf(read.get(0)));

            // another search (not a remembered answer): only the user's own food is read again
            assertEquals(Set.of(pie, tart, crumble), ids(foods.find("quokka", ann, Set.of(), 9)));
            assertEquals(List.of(crumble), read.get(1));
            // without a viewer, no private food, and nothing to read
            assertEquals(Set.of(pie, tart), ids(foods.find("quokka", null, Set.of(), 8)));
            assertEquals(2, read.size(), "every catalogue summary was kept");

            // a changed catalogue food is read again once the index has its new version
            db.jdbi().useHandle(h -> h.execute("UPDATE foods SET kcal = 320, nutrients = '{\"energy\":320.0}',"
                    + " updated_at = 2000 WHERE id = ?", pie));
            foods.syncIndex();
            FoodService.Results changed = foods.find("quokka", null, Set.of(), 7);
            assertEquals(List.of(pie), read.get(2));
            assertEquals(320.0, changed.items().stream().filter(f -> f.id() == pie).findFirst().orElseThrow()
                    .kcalPer100g(), 1e-9);
            // a deleted one is gone from the search, kept or not
            db.jdbi().useHandle(h -> h.execute("UPDATE foods SET deleted = 1, updated_at = 3000 WHERE id = ?", tart));
            foods.syncIndex();
            assertEquals(Set.of(pie), ids(foods.find("quokka", null, Set.of(), 6)));
            assertTrue(read.size() == 3, "the remaining food was kept at its version: " + read);
        }
    }

    private static Set<Long> ids(FoodService.Results r) {
        return Set.copyOf(r.items().stream().map(FoodSummary::id).toList());
    }
}
