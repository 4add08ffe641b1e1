package org.openplate.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openplate.App;
import org.openplate.account.PasswordHasher;
import org.openplate.account.UserId;
import org.openplate.cli.Main;
import org.openplate.config.Settings;
import org.openplate.storage.DataDirectorySeed;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/**
 * The build's ready-made data directory, made by the same command the build runs: a first start on it searches
 * the whole catalogue before any job has run, its foods are the ones a first start loads itself, and foods the
 * user adds afterwards are indexed as usual.
 */
class SeededFirstStartTest {

    private static Path seed;

    @BeforeAll
    static void makeTheSeedAsTheBuildDoes(@TempDir Path tmp) {
        seed = tmp.resolve("data.zip");
        assertEquals(0, Main.run("seed", "--out", seed.toString()));
    }

    private static Settings planted(Path dir) {
        Settings settings = Settings.defaults().withDataDir(dir).withPort(0).withHost("127.0.0.1");
        assertTrue(DataDirectorySeed.plant(settings, () -> {
            try {
                return Files.newInputStream(seed);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        return settings;
    }

    private static boolean finds(FoodService foods, String q, UserId viewer, String name) {
        return foods.search(q, viewer, Set.of(), 10).stream().anyMatch(f -> f.name().equals(name));
    }

    @Test
    void aFirstStartSearchesTheWholeCatalogueBeforeAnyJobRunsAndLoadsNothing(@TempDir Path dir) {
        Settings settings = planted(dir);
        // built, not started: the catalogue's job has not run, so what is found came with the seed
        try (App app = App.build(settings, Clock.systemUTC(), new PasswordHasher(1024, 1))) {
            FoodService foods = app.foods();
            assertTrue(finds(foods, "banana", null, "Bananas, raw"), "a food of the bundle's last batch");
            assertTrue(finds(foods, "oatmeal", null, "Cereals, oats, regular and quick, not fortified, dry"),
                    "a most-logged food");
            List<Long> batches = new ArrayList<>();
            app.features().food().prepareBundle((loaded, total) -> batches.add(loaded));
            assertEquals(List.of(), batches, "the bundle is already loaded: nothing is written again");
            assertEquals("ready", foods.status().catalogue());
            Jdbi jdbi = app.database().jdbi();
            int foodRows = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM foods").mapTo(Integer.class).one());
            int users = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM users").mapTo(Integer.class).one());
            assertEquals(7_907, foodRows);
            assertEquals(0, users);
        }
    }

    @Test
    void theSeedsCatalogueIsTheOneAFirstStartLoadsItself(@TempDir Path dir) {
        String columns = "id, source, source_id, owner_id, name, brand, food_group, barcode, kcal, protein_g, fat_g,"
                + " carbs_g, nutrients, portions, protein_factor, fat_factor, carb_factor, flags, deleted";
        List<Map<String, Object>> seeded;
        List<Map<String, Object>> bundle;
        String seededVersion;
        String loadedVersion;
        try (App app = App.build(planted(dir), Clock.systemUTC(), new PasswordHasher(1024, 1))) {
            seeded = app.database().jdbi().withHandle(h -> h.createQuery("SELECT " + columns + " FROM foods ORDER BY id")
                    .mapToMap().list());
            seededVersion = app.database().jdbi().withHandle(h -> h.createQuery("SELECT version FROM catalog_bundles")
                    .mapTo(String.class).one());
        }
        // a database whose catalogue was loaded by the app itself, from the same bundle
        try (TestApp loaded = TestApp.start(TestDatabases.sqlite())) {
            bundle = loaded.app().database().jdbi().withHandle(h -> h.createQuery("SELECT " + columns
                    + " FROM foods ORDER BY id").mapToMap().list());
            loadedVersion = loaded.app().database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT version FROM catalog_bundles").mapTo(String.class).one());
        }
        assertEquals(bundle.size(), seeded.size());
        for (int i = 0; i < bundle.size(); i++) {
            assertEquals(bundle.get(i), seeded.get(i), "row " + i);
        }
        assertEquals(loadedVersion, seededVersion);
    }

    @Test
    void foodsAddedAfterASeededStartAreFoundAndStayFoundAfterARestart(@TempDir Path dir) {
        Settings settings = planted(dir);
        long owner;
        try (App app = App.build(settings, Clock.systemUTC(), new PasswordHasher(1024, 1)).start()) {
            app.foods().awaitReady();
            owner = app.database().jdbi().withHandle(h -> h.createQuery(
                            "INSERT INTO users (email, password_hash, created_at) VALUES ('me@example.org', 'x', 0) RETURNING id")
                    .mapTo(Long.class).one());
            app.foods().createCustom(new UserId(owner), new CustomFoodRequest("Grandma's lentil soup", null, "1 bowl",
                    300, null, Map.of("energy", 250.0)));
            assertTrue(finds(app.foods(), "lentil soup", new UserId(owner), "Grandma's lentil soup"));
        }
        try (App again = App.build(settings, Clock.systemUTC(), new PasswordHasher(1024, 1))) {
            assertTrue(finds(again.foods(), "lentil soup", new UserId(owner), "Grandma's lentil soup"));
            assertTrue(finds(again.foods(), "banana", null, "Bananas, raw"));
        }
    }
}
