package org.openplate.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * A corpus of crafted exports, one per attack, restored by a plain user: nothing public (no served
 * media, no articles, no roles) and nothing foreign (no catalogue food, no other user's rows or ids)
 * appears. A refused export names the table, the row and the column, and writes nothing at all.
 */
public class RestoreAttacksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> USER_DATA = List.of("foods WHERE owner_id = :u", "diary_entries WHERE user_id = :u",
            "weigh_ins WHERE user_id = :u", "exercise_entries WHERE user_id = :u", "notifications WHERE user_id = :u",
            "import_keys WHERE user_id = :u", "recipes WHERE user_id = :u", "diary_days WHERE user_id = :u");

    /** A zip holding the document and extra files. */
    static byte[] zip(JsonNode doc, Map<String, byte[]> files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("openplate-export.json"));
            z.write(JSON.writeValueAsBytes(doc));
            z.closeEntry();
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                z.putNextEntry(new ZipEntry(f.getKey()));
                z.write(f.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static ObjectNode craft(JsonNode doc, Consumer<ObjectNode> change) {
        ObjectNode copy = doc.deepCopy();
        change.accept(copy);
        return copy;
    }

    private static ObjectNode first(ObjectNode doc, String table) {
        return (ObjectNode) doc.path("tables").path(table).get(0);
    }

    private static ArrayNode rows(ObjectNode doc, String table) {
        ObjectNode tables = (ObjectNode) doc.path("tables");
        return tables.has(table) ? (ArrayNode) tables.get(table) : tables.putArray(table);
    }

    private static int count(Jdbi jdbi, String from, UserId u) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + from).bind("u", u.value())
                .mapTo(Integer.class).one());
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void craftedExportsCreateNothingPublicOrForeign(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            Jdbi jdbi = app.app().database().jdbi();
            UserId ann = TransferRoundTripTest.fill(app, new HttpSession(app), "ann" + System.nanoTime() + "@example.org");
            JsonNode doc = TransferRoundTripTest.document(TransferRoundTripTest.export(app, ann));
            HttpSession bobSession = new HttpSession(app);
            bobSession.signUp("bob" + System.nanoTime() + "@example.org", "correct horse");
            UserId bob = new UserId(JSON.readTree(bobSession.get("/api/v1/me").body()).get("id").asLong());
            long annFood = jdbi.withHandle(h -> h.createQuery("SELECT MIN(id) FROM foods WHERE owner_id = :u")
                    .bind("u", ann.value()).mapTo(Long.class).one());
            HttpSession carol = new HttpSession(app);
            carol.signUp("carol" + System.nanoTime() + "@example.org", "correct horse");
            long carolFood = JSON.readTree(carol.json("POST", "/api/v1/foods", "{\"name\":\"Carol's bar\","
                    + "\"servingName\":\"1 bar\",\"servingGrams\":40,\"kcal\":180}",
                    HttpSession.csrfFrom(carol.get("/profile").body())).body()).get("id").asLong();
            Map<String, Integer> annBefore = new LinkedHashMap<>();
            USER_DATA.forEach(t -> annBefore.put(t, count(jdbi, t, ann)));

            Map<String, Consumer<ObjectNode>> refused = new LinkedHashMap<>();
            refused.put("foods row 1, source", d -> first(d, "foods").put("source", "usda-sr24"));
            refused.put("foods row 1, nutrients", d -> first(d, "foods").put("nutrients", "{\"energy\":-5}"));
            refused.put("profiles row 1, height_cm", d -> first(d, "profiles").put("height_cm", 1000));
            refused.put("profiles row 1, activity", d -> first(d, "profiles").put("activity", "admin"));
            refused.put("diary_entries row 1, kind", d -> first(d, "diary_entries").put("kind", "published"));
            refused.put("diary_entries row 1, day", d -> first(d, "diary_entries").put("day", "9999-01-01"));
            refused.put("diary_entries row 1 refers to foods " + carolFood, d -> first(d, "diary_entries")
                    .put("food_id", carolFood).put("kind", "food"));
            refused.put("recipe_ingredients row 1 refers to foods " + carolFood, d -> first(d, "recipe_ingredients")
                    .put("food_id", carolFood));
            refused.put("weigh_ins row 1, created_at", d -> first(d, "weigh_ins").put("created_at", Long.MAX_VALUE / 2));
            refused.put("weigh_ins row 1, weight_kg", d -> first(d, "weigh_ins").put("weight_kg", -3));
            refused.put("diary_days row 1, note", d -> first(d, "diary_days").put("note", "nul\u0000here"));
            refused.put("notification_prefs row 1, kind", d -> first(d, "notification_prefs").put("kind", "admin"));
            refused.put("notification_settings row 1, food_reminder_time", d -> first(d, "notification_settings")
                    .put("food_reminder_time", "25:99"));
            refused.put("back_checkins row 1, pain_after", d -> first(d, "back_checkins").put("pain_after", 11));
            refused.put("recipes row 1, name", d -> first(d, "recipes").put("name", "x".repeat(5000)));
            refused.put("unknown table \"user_roles\"", d -> rows(d, "user_roles").addObject().put("role", "admin"));
            refused.put("unknown table \"articles\"", d -> rows(d, "articles").addObject()
                    .put("published_version_id", 1));
            refused.put("unknown table \"sessions\"", d -> rows(d, "sessions").addObject().put("token_hash", "x"));
            refused.put("diary_meals row 1, name", d -> first(d, "diary_meals").put("name", ""));
            for (Map.Entry<String, Consumer<ObjectNode>> attack : refused.entrySet()) {
                byte[] zip = zip(craft(doc, attack.getValue()), Map.of());
                BadInputException e = assertThrows(BadInputException.class, () -> app.app().transfer().restore(bob,
                        "crafted.zip", new ByteArrayInputStream(zip)), attack.getKey());
                assertTrue(e.getMessage().contains(attack.getKey()), attack.getKey() + " → " + e.getMessage());
                assertEquals("file", e.field());
                for (String t : USER_DATA) {
                    assertEquals(0, count(jdbi, t, bob), attack.getKey() + ": nothing written to " + t);
                }
            }

            // accepted, with the server's values: owner, no foreign local ids, no images, no off-site links
            byte[] image = new byte[3 * 1024 * 1024];
            new Random(7).nextBytes(image);
            String name = "0123456789abcdef0123456789abcdef.gif";
            ObjectNode ok = craft(doc, d -> {
                first(d, "foods").put("owner_id", ann.value()).put("flags", "verified");
                rows(d, "import_keys").addObject().put("source", "tracker:x").put("external_id", "e1").put("kind", "food")
                        .put("local_id", annFood).put("imported_at", 1L);
                rows(d, "article_images").addObject().put("id", 1).put("name", name).put("content_type", "image/gif")
                        .put("size_bytes", image.length).put("width", 1).put("height", 1).put("uploaded_by", ann.value())
                        .put("uploaded_at", 1L);
            });
            image[0] = 'G';
            image[1] = 'I';
            image[2] = 'F';
            image[3] = '8';
            ImportCounts counts = app.app().transfer().restore(bob, "crafted.zip",
                    new ByteArrayInputStream(zip(ok, Map.of("images/" + name, image))));
            assertEquals(1, counts.skipped().get("article_images"), counts.toString());
            assertEquals(404, new HttpSession(app).get("/media/" + name).statusCode(), "nothing served at /media/");
            assertEquals(0, (int) jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM article_images").mapTo(Integer.class)
                    .one()));
            assertEquals(0, (int) jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM user_roles WHERE user_id = :u")
                    .bind("u", bob.value()).mapTo(Integer.class).one()));
            assertEquals(0, (int) jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM foods WHERE owner_id = :u"
                    + " AND flags IS NOT NULL").bind("u", bob.value()).mapTo(Integer.class).one()));
            assertNull(jdbi.withHandle(h -> h.createQuery("SELECT local_id FROM import_keys WHERE user_id = :u AND"
                    + " source = 'tracker:x'").bind("u", bob.value()).mapTo(Long.class).one()));
            assertTrue(count(jdbi, "foods WHERE owner_id = :u", bob) > 0);
            for (String t : USER_DATA) {
                assertEquals(annBefore.get(t), count(jdbi, t, ann), "ann's " + t + " untouched");
            }
        }
    }

    /** Notification links go through the one strict local-path check: backslash and TAB tricks are dropped. */
    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void offSiteNotificationLinksAreDropped(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            UserId ann = TransferRoundTripTest.fill(app, new HttpSession(app), "ann" + System.nanoTime() + "@example.org");
            JsonNode doc = TransferRoundTripTest.document(TransferRoundTripTest.export(app, ann));
            HttpSession bob = new HttpSession(app);
            bob.signUp("bob" + System.nanoTime() + "@example.org", "correct horse");
            UserId bobId = new UserId(JSON.readTree(bob.get("/api/v1/me").body()).get("id").asLong());
            List<String> links = List.of("/\\evil.example/x", "/\t/evil.example/x", "//evil.example/x", "/diary");
            ObjectNode crafted = craft(doc, d -> {
                for (int i = 0; i < links.size(); i++) {
                    rows(d, "notifications").addObject().put("id", 9000 + i).put("kind", "streak")
                            .put("dedupe_key", "crafted-" + i).put("title", "Link " + i).put("body", "x")
                            .put("link", links.get(i)).put("created_at", 1L);
                }
            });
            app.app().transfer().restore(bobId, "crafted.zip", new ByteArrayInputStream(zip(crafted, Map.of())));
            Map<String, String> restored = new LinkedHashMap<>();
            app.app().database().jdbi().useHandle(h -> h.createQuery("SELECT title, link FROM notifications WHERE"
                    + " user_id = :u AND title LIKE 'Link %'").bind("u", bobId.value()).mapToMap()
                    .forEach(m -> restored.put((String) m.get("title"), (String) m.get("link"))));
            assertEquals(4, restored.size(), restored.toString());
            assertNull(restored.get("Link 0"), "backslash link dropped");
            assertNull(restored.get("Link 1"), "TAB link dropped");
            assertNull(restored.get("Link 2"), "protocol-relative link dropped");
            assertEquals("/diary", restored.get("Link 3"), "a local link stays");
        }
    }
    /**
     * An entry's client id travels with it, checked like the diary's own field; restored into an account
     * that already uses the id, the restored entry goes without it (no failure, no second owner of the id),
     * and elsewhere it keeps it, so a late retry of that add still logs nothing twice.
     */
    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void clientIdsTravelWithoutColliding(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            Jdbi jdbi = app.app().database().jdbi();
            HttpSession annSession = new HttpSession(app);
            UserId ann = TransferRoundTripTest.fill(app, annSession, "ann" + System.nanoTime() + "@example.org");
            String id = "5f0c2a9e-8d4b-4e1f-a6c3-2b7d9e0f1a2b";
            String body = "{\"date\":\"2026-11-20\",\"kcal\":123,\"name\":\"Queued snack\",\"clientId\":\"" + id + "\"}";
            assertEquals(201, annSession.json("POST", "/api/v1/diary/entries", body,
                    HttpSession.csrfFrom(annSession.get("/profile").body())).statusCode());
            JsonNode doc = TransferRoundTripTest.document(TransferRoundTripTest.export(app, ann));
            assertTrue(doc.toString().contains(id), "exported with its client id");

            HttpSession bob = new HttpSession(app);
            bob.signUp("bob" + System.nanoTime() + "@example.org", "correct horse");
            UserId bobId = new UserId(JSON.readTree(bob.get("/api/v1/me").body()).get("id").asLong());
            String bobCsrf = HttpSession.csrfFrom(bob.get("/profile").body());
            assertEquals(201, bob.json("POST", "/api/v1/diary/entries", body.replace("Queued", "Bob's"), bobCsrf)
                    .statusCode());
            BadInputException bad = assertThrows(BadInputException.class, () -> app.app().transfer().restore(bobId,
                    "crafted.zip", new ByteArrayInputStream(zip(craft(doc, d -> first(d, "diary_entries")
                            .put("client_id", "not an id'; --")), Map.of()))));
            assertTrue(bad.getMessage().contains("diary_entries row 1, client_id"), bad.getMessage());
            app.app().transfer().restore(bobId, "export.zip", new ByteArrayInputStream(zip(doc, Map.of())));
            assertEquals(1, count(jdbi, "diary_entries WHERE user_id = :u AND client_id = '" + id + "'", bobId),
                    "bob's own entry keeps the id");
            assertEquals(1, count(jdbi, "diary_entries WHERE user_id = :u AND quick_name = 'Queued snack'"
                    + " AND client_id IS NULL", bobId), "the restored one goes without");

            HttpSession carol = new HttpSession(app);
            carol.signUp("carol" + System.nanoTime() + "@example.org", "correct horse");
            UserId carolId = new UserId(JSON.readTree(carol.get("/api/v1/me").body()).get("id").asLong());
            app.app().transfer().restore(carolId, "export.zip", new ByteArrayInputStream(zip(doc, Map.of())));
            assertEquals(200, carol.json("POST", "/api/v1/diary/entries", body,
                    HttpSession.csrfFrom(carol.get("/profile").body())).statusCode(), "the restored entry answers");
            assertEquals(1, count(jdbi, "diary_entries WHERE user_id = :u AND quick_name = 'Queued snack'", carolId));
        }
    }
}
