package org.openplate.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * Export → restore into a fresh account → export again: every record of every table is the same
 * (ids aside), on both databases. Restoring again, or into the account it came from, adds nothing.
 */
public class TransferRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Fills an account through the API with one of everything; returns its user id. */
    public static UserId fill(TestApp app, HttpSession s, String email) throws Exception {
        s.signUp(email, "correct horse");
        String csrf = HttpSession.csrfFrom(s.get("/profile").body());
        assertEquals(200, s.json("PATCH", "/api/v1/profile", "{\"sex\":\"female\",\"birthDate\":\"1980-05-06\","
                + "\"heightCm\":165,\"weightKg\":72,\"units\":\"us\",\"goal\":\"lose-1\",\"targetWeightKg\":65}", csrf)
                .statusCode());
        JsonNode banana = JSON.readTree(s.get("/api/v1/foods?q=banana&limit=1").body()).get("items").get(0);
        JsonNode meals = JSON.readTree(s.get("/api/v1/diary/meals").body()).get("items");
        long breakfast = meals.get(0).get("id").asLong();
        long lunch = meals.get(1).get("id").asLong();
        assertEquals(200, s.json("PUT", "/api/v1/diary/meals/" + lunch, "{\"name\":\"Midday\"}", csrf).statusCode());
        long bar = JSON.readTree(s.json("POST", "/api/v1/foods", "{\"name\":\"Granola bar\",\"servingName\":\"1 bar\","
                + "\"servingGrams\":40,\"kcal\":180,\"proteinG\":4,\"fatG\":7,\"carbsG\":26}", csrf).body()).get("id").asLong();
        for (String day : List.of("2026-11-01", "2026-11-02")) {
            assertEquals(201, s.json("POST", "/api/v1/diary/entries", "{\"date\":\"" + day + "\",\"mealId\":" + breakfast
                    + ",\"foodId\":" + banana.get("id").asLong() + ",\"amount\":2,\"portion\":\"1 cup, sliced\"}", csrf)
                    .statusCode());
            assertEquals(201, s.json("POST", "/api/v1/diary/entries", "{\"date\":\"" + day + "\",\"mealId\":" + lunch
                    + ",\"foodId\":" + bar + ",\"amount\":1,\"portion\":\"1 bar\"}", csrf).statusCode());
            assertEquals(201, s.json("POST", "/api/v1/diary/entries", "{\"date\":\"" + day + "\",\"mealId\":" + lunch
                    + ",\"kcal\":250,\"protein\":10,\"name\":\"Vending snack\"}", csrf).statusCode());
        }
        JsonNode recipe = JSON.readTree(s.json("POST", "/api/v1/diary/recipes/from-meal", "{\"date\":\"2026-11-01\","
                + "\"mealId\":" + lunch + ",\"name\":\"Desk lunch\",\"servings\":2}", csrf).body());
        assertEquals(201, s.json("POST", "/api/v1/diary/entries", "{\"date\":\"2026-11-03\",\"mealId\":" + breakfast
                + ",\"recipeId\":" + recipe.get("id").asLong() + ",\"amount\":1}", csrf).statusCode());
        assertEquals(200, s.json("PUT", "/api/v1/diary/days/2026-11-01/note", "{\"note\":\"Felt, \\\"great\\\"\"}", csrf)
                .statusCode());
        s.json("POST", "/api/v1/diary/days/2026-11-01/water", "{\"add\":\"500\",\"unit\":\"ml\"}", csrf);
        assertEquals(201, s.json("POST", "/api/v1/exercise/entries", "{\"date\":\"2026-11-01\",\"activityCode\":\"02101\","
                + "\"minutes\":20,\"painBefore\":3,\"painAfter\":6,\"holdSeconds\":30,\"effort\":\"mild\","
                + "\"areas\":\"lower-back\"}", csrf).statusCode());
        assertEquals(201, s.json("POST", "/api/v1/exercise/entries", "{\"date\":\"2026-11-02\",\"kind\":\"manual\","
                + "\"name\":\"Watch says\",\"kcal\":321}", csrf).statusCode());
        for (int d = 1; d <= 3; d++) {
            assertEquals(201, s.json("POST", "/api/v1/weights", "{\"date\":\"2026-11-0" + d + "\",\"weight\":\""
                    + (72 - d * 0.3) + "kg\"}", csrf).statusCode());
        }
        assertEquals(303, s.submit("/notifications", "/notifications/preferences", Map.of("streak", "true",
                "foodReminderTime", "19:30")).statusCode());
        return new UserId(JSON.readTree(s.get("/api/v1/me").body()).get("id").asLong());
    }

    static byte[] export(TestApp app, UserId u) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        app.app().transfer().export(u, out);
        return out.toByteArray();
    }

    static JsonNode document(byte[] zip) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("openplate-export.json")) {
                    return JSON.readTree(in.readAllBytes());
                }
            }
        }
        throw new AssertionError("no document");
    }

    /**
     * The tables with ids replaced by each row's position in its table and references replaced by
     * the referenced row's position (catalogue foods by source id; meals by name), so two accounts'
     * exports compare record by record.
     */
    static Map<String, List<String>> normalise(JsonNode doc) {
        Map<String, Map<Long, String>> keys = new HashMap<>();
        Map<String, List<String>> out = new java.util.TreeMap<>();
        for (UserTables.Table t : UserTables.ALL) {
            List<String> rows = new ArrayList<>();
            int i = 0;
            for (JsonNode row : doc.path("tables").path(t.name())) {
                ObjectNode r = ((ObjectNode) row).deepCopy();
                if (t.id() != null) {
                    String key = t.name().equals("diary_meals") ? "meal:" + r.path("name").asText() : t.name() + "#" + i;
                    keys.computeIfAbsent(t.name(), k -> new HashMap<>()).put(r.path(t.id()).asLong(), key);
                    r.remove(t.id());
                }
                for (Map.Entry<String, String> ref : t.refs().entrySet()) {
                    if (r.hasNonNull(ref.getKey())) {
                        long old = r.path(ref.getKey()).asLong();
                        String mapped = keys.getOrDefault(ref.getValue(), Map.of()).get(old);
                        if (mapped == null && ref.getValue().equals("foods")) {
                            mapped = "catalogue:" + doc.path("catalogueFoods").path(String.valueOf(old)).path("sourceId").asText();
                        }
                        r.put(ref.getKey(), mapped);
                    }
                }
                if (t.name().equals("foods")) {
                    r.remove("source_id");   // fresh for a copied custom food (globally unique)
                    r.remove("updated_at");  // set when restored, so the search index picks it up
                }
                if (t.name().equals("diary_meals")) {
                    continue;                // compared through the entries' meal names
                }
                if (t.name().equals("import_keys") && r.path("source").asText().startsWith("openplate:")) {
                    continue;                // the restore's own bookkeeping in the target account
                }
                rows.add(r.toString());
                i++;
            }
            out.put(t.name(), rows);
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void exportRestoreExportIsLossless(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            HttpSession annSession = new HttpSession(app);
            UserId ann = fill(app, annSession, "ann" + System.nanoTime() + "@example.org");
            byte[] first = export(app, ann);
            JsonNode doc = document(first);
            assertEquals("openplate-export", doc.get("format").asText());
            assertEquals(1, doc.get("version").asInt());
            for (String table : List.of("profiles", "foods", "recipes", "recipe_ingredients", "diary_entries", "diary_days",
                    "exercise_entries", "back_checkins", "weigh_ins", "notification_prefs", "notification_settings")) {
                assertTrue(doc.path("tables").path(table).size() > 0, table + " exported");
            }

            HttpSession bobSession = new HttpSession(app);
            bobSession.signUp("bob" + System.nanoTime() + "@example.org", "correct horse");
            UserId bob = new UserId(JSON.readTree(bobSession.get("/api/v1/me").body()).get("id").asLong());
            ImportCounts counts = app.app().transfer().restore(bob, "export.zip", new ByteArrayInputStream(first));
            assertEquals(7, counts.added().get("diary_entries"));
            JsonNode second = document(export(app, bob));
            Map<String, List<String>> a = normalise(doc);
            Map<String, List<String>> b = normalise(second);
            for (String table : a.keySet()) {
                assertEquals(a.get(table), b.get(table), table + " round trip");
            }
            // the restored account works: the same day totals through the API
            for (String day : List.of("2026-11-01", "2026-11-02", "2026-11-03")) {
                String path = "/api/v1/diary/days/" + day;
                assertEquals(JSON.readTree(annSession.get(path).body()).get("totals"),
                        JSON.readTree(bobSession.get(path).body()).get("totals"), day);
            }

            // idempotent: again into bob, and into ann herself, adds nothing and changes nothing
            for (UserId again : List.of(bob, ann)) {
                ImportCounts twice = app.app().transfer().restore(again, "export.zip", new ByteArrayInputStream(first));
                assertEquals(0, twice.totalAdded(), twice.added().toString());
                assertEquals(0, twice.totalUpdated(), twice.updated().toString());
            }
            assertEquals(normalise(doc), normalise(document(export(app, ann))));
            assertEquals(b, normalise(document(export(app, bob))));
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void brokenExportsWriteNothing(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            UserId ann = fill(app, new HttpSession(app), "ann" + System.nanoTime() + "@example.org");
            ObjectNode doc = (ObjectNode) document(export(app, ann));
            HttpSession bobSession = new HttpSession(app);
            bobSession.signUp("bob" + System.nanoTime() + "@example.org", "correct horse");
            UserId bob = new UserId(JSON.readTree(bobSession.get("/api/v1/me").body()).get("id").asLong());

            // a food the catalogue lacks, after many rows were already written: all rolled back
            ObjectNode badFood = doc.deepCopy();
            Iterator<String> ids = badFood.path("catalogueFoods").fieldNames();
            ((ObjectNode) badFood.path("catalogueFoods").path(ids.next())).put("sourceId", "no-such-food");
            BadInputException e = assertThrows(BadInputException.class, () -> app.app().transfer().restore(bob, "x.zip",
                    new ByteArrayInputStream(zip(badFood))));
            assertTrue(e.getMessage().contains("no-such-food"), e.getMessage());
            assertEquals(0, JSON.readTree(bobSession.get("/api/v1/weights").body()).get("items").size(), "nothing written");

            // links outside the app and image rows that lie about their type do not survive a restore
            ObjectNode crafted = doc.deepCopy();
            ((ArrayNode) crafted.path("tables").path("notifications")).addObject().put("id", 9999)
                    .put("kind", "streak").put("dedupe_key", "crafted").put("title", "Click me").put("body", "x")
                    .put("link", "javascript:alert(1)").put("created_at", 1L);
            app.app().transfer().restore(bob, "crafted.zip", new ByteArrayInputStream(zip(crafted)));
            JsonNode feed = JSON.readTree(bobSession.get("/api/v1/notifications").body()).get("items");
            boolean found = false;
            for (JsonNode n : feed) {
                if (n.path("title").asText().equals("Click me")) {
                    found = true;
                    assertTrue(n.path("link").isNull(), n.toString());
                }
            }
            assertTrue(found, feed.toString());
            ObjectNode future = doc.deepCopy().put("version", 99);
            assertTrue(assertThrows(BadInputException.class, () -> app.app().transfer().restore(bob, "x.zip",
                    new ByteArrayInputStream(zip(future)))).getMessage().contains("version 99"));
            ObjectNode unknown = doc.deepCopy();
            ((ObjectNode) unknown.path("tables")).set("users", new ArrayNode(JSON.getNodeFactory()));
            assertTrue(assertThrows(BadInputException.class, () -> app.app().transfer().restore(bob, "x.zip",
                    new ByteArrayInputStream(zip(unknown)))).getMessage().contains("unknown table"));
            assertThrows(BadInputException.class, () -> app.app().transfer().restore(bob, "notes.txt",
                    new ByteArrayInputStream("hello".getBytes())));
            // a zip bomb: 300 MB of zeros in a small file
            ByteArrayOutputStream bomb = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(bomb)) {
                z.putNextEntry(new ZipEntry("openplate-export.json"));
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 300; i++) {
                    z.write(zeros);
                }
                z.closeEntry();
            }
            assertTrue(bomb.size() < 1_000_000);
            assertTrue(assertThrows(BadInputException.class, () -> app.app().transfer().restore(bob, "bomb.zip",
                    new ByteArrayInputStream(bomb.toByteArray()))).getMessage().contains("zip bomb"));
        }
    }

    static byte[] zip(JsonNode doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("openplate-export.json"));
            z.write(JSON.writeValueAsBytes(doc));
            z.closeEntry();
        }
        return out.toByteArray();
    }

}
