package org.openplate.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.common.NotFoundException;
import org.openplate.food.search.FoodIndex;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * Diary lines and look-ups by id read a catalogue food from the database once per version of the search
 * index: while no food has changed, a day summary or an add reads none, a change is seen once the index has
 * it, a deleted food stays on the days it was logged but is no longer found, and a user's own foods are read
 * every time and never shown to anyone else.
 */
class CurrentFoodsTest {

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void catalogueFoodsAreReadOncePerIndexVersion(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            JdbiFoodRepository real = new JdbiFoodRepository(db.jdbi(), new ObjectMapper(), Clock.systemUTC());
            List<String> reads = new ArrayList<>();
            FoodService foods = new FoodService(FoodRows.noting(real, (method, args) -> {
                if (method.equals("findLogged")) {
                    reads.add("findLogged " + Set.copyOf((Collection<?>) args[0]));
                } else if (method.equals("find")) {
                    reads.add("find " + args[0]);
                }
            }), new FoodIndex(real, null));
            UserId ann = FoodRows.user(db, "ann");
            UserId bob = FoodRows.user(db, "bob");
            long pie = FoodRows.food(db, "Wombat pie", 300, null);
            long tart = FoodRows.food(db, "Wombat tart", 250, null);
            long crumble = FoodRows.food(db, "Wombat crumble", 200, ann.value());
            foods.syncIndex();

            Map<Long, Food> day = foods.logged(List.of(pie, tart, crumble), ann);
            assertEquals(Set.of(pie, tart, crumble), day.keySet());
            assertEquals(List.of("findLogged " + Set.of(pie, tart, crumble)), reads);

            // the same day again: only the user's own food is read
            reads.clear();
            assertEquals(day, foods.logged(List.of(pie, tart, crumble), ann));
            assertEquals(List.of("findLogged " + Set.of(crumble)), reads);

            // a look-up by id leaves deleted foods out, so a food read for a diary line is read once more for it
            reads.clear();
            assertEquals(300.0, foods.get(pie, ann).nutrients().energyKcal().orElseThrow(), 1e-9);
            assertEquals(List.of("find " + pie), reads);
            reads.clear();
            assertEquals(300.0, foods.get(pie, bob).nutrients().energyKcal().orElseThrow(), 1e-9);
            assertEquals(List.of(), reads, "a catalogue food found once at this index version is not read again");

            // another instance changes the food: seen once the index has synced it, as a kept day summary sees it
            db.jdbi().useHandle(h -> h.execute("UPDATE foods SET kcal = 320, nutrients = '{\"energy\":320.0}',"
                    + " updated_at = 2000 WHERE id = ?", pie));
            foods.syncIndex();
            reads.clear();
            assertEquals(320.0, foods.logged(List.of(pie, tart), ann).get(pie).nutrients().energyKcal().orElseThrow(), 1e-9);
            assertEquals(320.0, foods.get(pie, ann).nutrients().energyKcal().orElseThrow(), 1e-9);
            assertEquals(List.of("findLogged " + Set.of(pie, tart), "find " + pie), reads,
                    "the index changed, so every food is read again once");

            // deleted: still on the days it was logged, no longer found by id
            db.jdbi().useHandle(h -> h.execute("UPDATE foods SET deleted = 1, updated_at = 3000 WHERE id = ?", tart));
            foods.syncIndex();
            assertEquals(250.0, foods.logged(List.of(tart), ann).get(tart).nutrients().energyKcal().orElseThrow(), 1e-9);
            assertThrows(NotFoundException.class, () -> foods.get(tart, ann));
            assertThrows(NotFoundException.class, () -> foods.get(tart, ann), "a miss is not kept as found");

            // the user's own food: read every time (a change shows at once), and never shown to another user
            db.jdbi().useHandle(h -> h.execute("UPDATE foods SET kcal = 210, nutrients = '{\"energy\":210.0}',"
                    + " updated_at = 4000 WHERE id = ?", crumble));
            assertEquals(210.0, foods.logged(List.of(crumble), ann).get(crumble).nutrients().energyKcal().orElseThrow(), 1e-9);
            assertEquals(210.0, foods.get(crumble, ann).nutrients().energyKcal().orElseThrow(), 1e-9);
            assertTrue(foods.logged(List.of(crumble, pie), bob).keySet().equals(Set.of(pie)),
                    "another user's food stays hidden");
            assertThrows(NotFoundException.class, () -> foods.get(crumble, bob));
        }
    }

    @Test
    void nothingIsKeptWithoutAnIndexVersionOrForAUsersOwnFood() {
        CurrentFoods current = new CurrentFoods(2);
        Food catalogue = food(1, null, 1000);
        current.put(catalogue, CurrentFoods.UNKNOWN, true);
        assertEquals(null, current.get(1, CurrentFoods.UNKNOWN, false));
        current.put(food(2, 7L, 1000), 5, true);
        assertEquals(0, current.size());

        current.put(catalogue, 5, false);
        assertEquals(catalogue, current.get(1, 5, false));
        assertEquals(null, current.get(1, 5, true), "read with deleted foods: not known to be live");
        assertEquals(null, current.get(1, 6, false), "another index version");
        current.put(catalogue, 5, true);
        current.put(catalogue, 6, false);
        assertEquals(catalogue, current.get(1, 6, true), "the same row version keeps what was learnt about it");
        current.put(food(1, null, 2000), 7, false);
        assertEquals(null, current.get(1, 7, true), "a newer row version is not known to be live");

        current.put(food(3, null, 1000), 7, true);
        current.put(food(4, null, 1000), 7, true);
        assertTrue(current.size() <= 2, "bounded: " + current.size());
    }

    private static Food food(long id, Long owner, long updatedAt) {
        return new Food(id, owner == null ? "test" : "custom", "s" + id, owner, "Food " + id, null, null, null,
                org.openplate.nutrition.Nutrients.NONE, List.of(), null, null, null, List.of(),
                java.time.Instant.ofEpochMilli(updatedAt));
    }
}
