package org.openplate.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/** The food API over HTTP on both databases: search, detail, barcodes, custom foods and isolation. */
class FoodApiHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void searchDetailBarcodeAndCustomFoods(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            HttpSession anon = new HttpSession(app);
            JsonNode found = JSON.readTree(anon.get("/api/v1/foods?q=banana&limit=5").body());
            JsonNode first = found.get("items").get(0);
            assertEquals("Bananas, raw", first.get("name").asText());
            assertEquals("usda-sr24", first.get("source").asText());
            assertEquals("09040", first.get("sourceId").asText());
            assertEquals(89.0, first.get("kcalPer100g").asDouble());
            assertTrue(found.get("items").size() <= 5);
            assertFalse(found.has("correctedQuery"), "nothing was corrected");

            // A corrected typo says how the query was read, in the JSON and on the page.
            JsonNode typo = JSON.readTree(anon.get("/api/v1/foods?q=chiken%20brest&limit=5").body());
            assertEquals("chicken breast", typo.get("correctedQuery").asText());
            assertTrue(typo.get("items").get(0).get("name").asText().startsWith("Chicken"));
            String page = anon.get("/foods?q=chiken+brest").body();
            assertTrue(page.contains("Showing results for <em>chicken breast</em>"), page);
            assertFalse(anon.get("/foods?q=chicken+breast").body().contains("Showing results for"));

            // No two results share a title (USDA lists "2% milk" five times under one short name).
            JsonNode milk = JSON.readTree(anon.get("/api/v1/foods?q=2%25%20milk&limit=10").body()).get("items");
            java.util.Set<String> titles = new java.util.HashSet<>();
            milk.forEach(m -> assertTrue(titles.add(m.get("displayName").asText()), "repeated: " + m));

            HttpResponse<String> detail = anon.get("/api/v1/foods/" + first.get("id").asLong());
            assertEquals(200, detail.statusCode());
            JsonNode food = JSON.readTree(detail.body());
            JsonNode energy = food.get("nutrients").get(0);
            assertEquals("energy", energy.get("id").asText());
            assertEquals("kcal", energy.get("unit").asText());
            assertEquals(89.0, energy.get("per100g").asDouble());
            boolean sliced = false;
            for (JsonNode p : food.get("portions")) {
                sliced |= p.get("name").asText().equals("1 cup, sliced") && p.get("grams").asDouble() == 150.0;
            }
            assertTrue(sliced);
            for (JsonNode n : food.get("nutrients")) {
                assertFalse(n.get("id").asText().equals("chromium"), "unmeasured nutrients are absent");
            }

            assertEquals(404, anon.get("/api/v1/foods/99999999").statusCode());
            assertEquals(404, anon.get("/api/v1/foods/abc").statusCode());
            JsonNode noQuery = JSON.readTree(anon.get("/api/v1/foods").body());
            assertEquals("q", noQuery.get("field").asText());
            assertEquals(400, anon.get("/api/v1/foods?q=egg&limit=500").statusCode());
            JsonNode badCode = JSON.readTree(anon.get("/api/v1/foods?barcode=036000291453").body());
            assertEquals("barcode", badCode.get("field").asText());

            SignedInUser ann = SignedInUser.signUp(app, "ann");
            String csrf = ann.csrf();
            HttpResponse<String> created = ann.json("POST", "/api/v1/foods", "{\"name\":\"Granola bar\","
                    + "\"brand\":\"Trailmix Co\",\"barcode\":\"036000291452\",\"servingName\":\"1 bar\","
                    + "\"servingGrams\":40,\"kcal\":180,\"proteinG\":4,\"fatG\":7,\"carbsG\":26}", csrf);
            assertEquals(201, created.statusCode(), created.body());
            JsonNode bar = JSON.readTree(created.body());
            long barId = bar.get("id").asLong();
            assertEquals(450.0, bar.get("kcalPer100g").asDouble(), 1e-9, "180 kcal per 40 g");
            assertTrue(bar.get("custom").asBoolean());

            JsonNode byCode = JSON.readTree(ann.get("/api/v1/foods?barcode=036000291452").body());
            assertEquals(barId, byCode.get("items").get(0).get("id").asLong());
            JsonNode byEan = JSON.readTree(ann.get("/api/v1/foods?barcode=0036000291452").body());
            assertEquals(barId, byEan.get("items").get(0).get("id").asLong(), "UPC-A and its EAN-13 form match");
            JsonNode searched = JSON.readTree(ann.get("/api/v1/foods?q=granola%20bar").body());
            assertEquals(barId, searched.get("items").get(0).get("id").asLong(), "own custom foods rank first");

            SignedInUser bob = SignedInUser.signUp(app, "bob");
            String bobCsrf = bob.csrf();
            assertEquals(404, bob.get("/api/v1/foods/" + barId).statusCode());
            assertEquals(0, JSON.readTree(bob.get("/api/v1/foods?barcode=036000291452").body()).get("items").size());
            for (JsonNode hit : JSON.readTree(bob.get("/api/v1/foods?q=granola%20bar").body()).get("items")) {
                assertFalse(hit.get("id").asLong() == barId, "another user's custom food never shows");
            }
            assertEquals(404, bob.json("PUT", "/api/v1/foods/" + barId, "{\"name\":\"x\",\"servingGrams\":1,"
                    + "\"kcal\":1}", bobCsrf).statusCode());
            assertEquals(404, bob.json("DELETE", "/api/v1/foods/" + barId, null, bobCsrf).statusCode());
            assertEquals(404, ann.json("PUT", "/api/v1/foods/" + first.get("id").asLong(), "{\"name\":\"x\","
                    + "\"servingGrams\":1,\"kcal\":1}", csrf).statusCode(), "catalogue foods are not editable");

            HttpResponse<String> bad = ann.json("PUT", "/api/v1/foods/" + barId, "{\"name\":\"Granola bar\","
                    + "\"servingGrams\":40,\"kcal\":180,\"fatG\":-1}", csrf);
            assertEquals(400, bad.statusCode());
            assertEquals("fatG", JSON.readTree(bad.body()).get("field").asText());
            assertEquals(450.0, JSON.readTree(ann.get("/api/v1/foods/" + barId).body()).get("kcalPer100g").asDouble(),
                    1e-9, "nothing written");
            HttpResponse<String> impossible = ann.json("POST", "/api/v1/foods", "{\"name\":\"x\",\"servingGrams\":10,"
                    + "\"kcal\":50,\"proteinG\":8,\"carbsG\":8}", csrf);
            assertEquals(400, impossible.statusCode(), "16 g of macros in a 10 g serving");

            HttpResponse<String> updated = ann.json("PUT", "/api/v1/foods/" + barId, "{\"name\":\"Granola bar\","
                    + "\"servingGrams\":50,\"kcal\":200}", csrf);
            assertEquals(200, updated.statusCode(), updated.body());
            assertEquals(400.0, JSON.readTree(updated.body()).get("kcalPer100g").asDouble(), 1e-9);
            // Search answers are remembered, but never past a change to a food they show.
            JsonNode afterEdit = JSON.readTree(ann.get("/api/v1/foods?q=granola%20bar").body()).get("items").get(0);
            assertEquals(barId, afterEdit.get("id").asLong());
            assertEquals(400.0, afterEdit.get("kcalPer100g").asDouble(), 1e-9, "the search shows the edited food");
            assertEquals(200.0, afterEdit.get("kcalPerCommonPortion").asDouble(), 1e-9);
            assertEquals(204, ann.json("DELETE", "/api/v1/foods/" + barId, null, csrf).statusCode());
            assertEquals(404, ann.get("/api/v1/foods/" + barId).statusCode());
            for (JsonNode hit : JSON.readTree(ann.get("/api/v1/foods?q=granola%20bar").body()).get("items")) {
                assertFalse(hit.get("id").asLong() == barId, "a deleted food leaves the search at once");
            }
        }
    }
}
