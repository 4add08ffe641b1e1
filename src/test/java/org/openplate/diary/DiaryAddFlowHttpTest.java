package org.openplate.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * The add page's calls, on both databases: "Add selected" (POST /diary/{date}/entries/batch) logs all its
 * items or none, refuses another user's custom food or recipe with 404, needs the CSRF token and names the
 * item's field and the allowed range when an amount is wrong; single adds and deletes answer JSON when asked,
 * with the day's calories; the live search's fragment is the results block alone.
 */
class DiaryAddFlowHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DAY = "2026-11-20";
    private static final String BATCH = "/diary/" + DAY + "/entries/batch";

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void addSelectedIsAllOrNothing(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser ann = SignedInUser.signUp(app, "ann");
            String csrf = ann.csrf();
            long banana = JSON.readTree(ann.get("/api/v1/foods?q=banana&limit=1").body()).get("items").get(0)
                    .get("id").asLong();
            long bar = JSON.readTree(ann.json("POST", "/api/v1/foods", "{\"name\":\"Ann bar\",\"servingName\":\"1 bar\","
                    + "\"servingGrams\":40,\"kcal\":190}", csrf).body()).get("id").asLong();
            long recipe = JSON.readTree(ann.json("POST", "/api/v1/diary/recipes", "{\"name\":\"Ann oats\",\"servings\":2,"
                    + "\"ingredients\":[{\"foodId\":" + bar + ",\"amount\":2}]}", csrf).body()).get("id").asLong();
            long meal = JSON.readTree(ann.get("/api/v1/diary/meals").body()).get("items").get(1).get("id").asLong();

            // three at once, with their own amounts: 201, the entries in order, the day's calories
            HttpResponse<String> added = post(app, ann, BATCH, true, csrf, "mealId", "" + meal,
                    "item", "food:" + banana, "amount.food:" + banana, "150", "portion.food:" + banana, "g",
                    "item", "food:" + bar, "item", "recipe:" + recipe, "amount.recipe:" + recipe, "0.5");
            assertEquals(201, added.statusCode(), added.body());
            JsonNode json = JSON.readTree(added.body());
            assertEquals(3, json.get("entries").size());
            assertEquals(banana, json.get("entries").get(0).get("foodId").asLong());
            assertEquals(150.0, json.get("entries").get(0).get("grams").asDouble(), 0.01);
            assertEquals("1 bar (40 g)", json.get("entries").get(1).get("description").asText());
            assertEquals(recipe, json.get("entries").get(2).get("recipeId").asLong());
            assertEquals(95.0, json.get("entries").get(2).get("kcal").asDouble(), 0.01, "half of two bars' 380 kcal / 2");
            for (JsonNode e : json.get("entries")) {
                assertEquals(meal, e.get("mealId").asLong());
            }
            double kcal = 0;
            for (JsonNode e : json.get("entries")) {
                kcal += e.get("kcal").asDouble();
            }
            assertTrue(json.get("message").asText().startsWith("Added 3 items (" + Math.round(kcal) + " kcal): "),
                    json.get("message").asText());
            assertEquals(kcal, json.get("day").get("foodKcal").asDouble(), 0.05);
            assertEquals(DAY, json.get("day").get("date").asText());
            assertEquals(3, entries(ann));

            // one bad amount: 400 naming that item's field and the range, nothing written
            HttpResponse<String> zero = post(app, ann, BATCH, true, csrf, "item", "food:" + bar,
                    "item", "food:" + banana, "amount.food:" + banana, "0");
            assertError(zero, 400, "amount.food:" + banana, "greater than 0");
            assertTrue(JSON.readTree(zero.body()).get("message").asText().contains("5 kg"), zero.body());
            HttpResponse<String> heavy = post(app, ann, BATCH, true, csrf, "item", "food:" + bar,
                    "item", "food:" + banana, "amount.food:" + banana, "6000", "portion.food:" + banana, "g");
            assertError(heavy, 400, "amount.food:" + banana, "at most 5 kg");
            HttpResponse<String> portion = post(app, ann, BATCH, true, csrf, "item", "food:" + banana,
                    "item", "food:" + bar, "portion.food:" + bar, "bucket");
            assertError(portion, 400, "portion.food:" + bar, "Ann bar: Portion must be one of this food's portions (1 bar, g, oz)");
            assertError(post(app, ann, BATCH, true, csrf, "item", "fish:1"), 400, "item", "food:ID or recipe:ID");
            assertError(post(app, ann, BATCH, true, csrf, "mealId", "" + meal), 400, "item", "at least one");
            assertEquals(3, entries(ann), "nothing written by the refused batches");

            // another user's custom food or recipe: 404, and nothing of the batch is written
            SignedInUser bob = SignedInUser.signUp(app, "bob");
            assertError(post(app, bob, BATCH, true, bob.csrf(), "item", "food:" + banana, "item", "food:" + bar),
                    404, null, "No food with id " + bar);
            assertError(post(app, bob, BATCH, true, bob.csrf(), "item", "food:" + banana, "item", "recipe:" + recipe),
                    404, null, "No recipe with id " + recipe);
            // another user's meal: 400 naming the field and listing bob's own meals, nothing written
            assertError(post(app, bob, BATCH, true, bob.csrf(), "mealId", "" + meal, "item", "food:" + banana),
                    400, "mealId", "Meal id must be one of your meals (");
            assertEquals(0, entries(bob));
            assertEquals(3, entries(ann), "ann's meal untouched by bob's batch");

            // no CSRF token: refused, nothing written
            HttpResponse<String> forged = post(app, ann, BATCH, true, null, "item", "food:" + banana);
            assertEquals(403, forged.statusCode(), forged.body());
            assertEquals("csrf", JSON.readTree(forged.body()).get("error").asText());
            assertEquals(3, entries(ann));

            // without JavaScript: POST-redirect-GET to the meal with the message
            HttpResponse<String> plain = post(app, ann, BATCH, false, csrf, "mealId", "" + meal, "item", "food:" + bar,
                    "item", "food:" + bar);
            assertEquals(303, plain.statusCode(), plain.body());
            String location = URLDecoder.decode(plain.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8);
            assertTrue(location.startsWith("/diary/" + DAY + "?notice=Added Ann bar (190 kcal)#meal-" + meal), location);
            assertEquals(4, entries(ann), "an item sent twice is logged once");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void addAndUndoAnswerJson(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser ann = SignedInUser.signUp(app, "ann");
            String csrf = ann.csrf();
            long bar = JSON.readTree(ann.json("POST", "/api/v1/foods", "{\"name\":\"Ann bar\",\"servingName\":\"1 bar\","
                    + "\"servingGrams\":40,\"kcal\":190}", csrf).body()).get("id").asLong();
            HttpResponse<String> added = post(app, ann, "/diary/" + DAY + "/entries", true, csrf, "foodId", "" + bar,
                    "amount", "2", "portion", "1 bar", "clientId", "3b7e1a2c-1111-4a4a-9f00-5e2b1c3d4e5f");
            assertEquals(201, added.statusCode(), added.body());
            JsonNode json = JSON.readTree(added.body());
            assertEquals("Added Ann bar (380 kcal)", json.get("message").asText());
            assertTrue(json.get("created").asBoolean());
            assertEquals(380.0, json.get("day").get("foodKcal").asDouble(), 0.01);
            long id = json.get("entry").get("id").asLong();
            // the same client id again: the entry already logged, 200
            HttpResponse<String> again = post(app, ann, "/diary/" + DAY + "/entries", true, csrf, "foodId", "" + bar,
                    "amount", "2", "portion", "1 bar", "clientId", "3b7e1a2c-1111-4a4a-9f00-5e2b1c3d4e5f");
            assertEquals(200, again.statusCode());
            assertFalse(JSON.readTree(again.body()).get("created").asBoolean());
            assertEquals(1, entries(ann));

            assertError(post(app, ann, "/diary/" + DAY + "/entries", true, csrf, "foodId", "" + bar, "amount", "-1"),
                    400, "amount", "greater than 0");

            HttpResponse<String> undone = post(app, ann, "/diary/entries/" + id + "/delete", true, csrf);
            assertEquals(200, undone.statusCode(), undone.body());
            assertEquals("Removed Ann bar.", JSON.readTree(undone.body()).get("message").asText());
            assertEquals(0.0, JSON.readTree(undone.body()).get("day").get("foodKcal").asDouble(), 0.01);
            assertEquals(0, entries(ann));
            SignedInUser bob = SignedInUser.signUp(app, "bob");
            assertEquals(404, post(app, bob, "/diary/entries/" + id + "/delete", true, bob.csrf()).statusCode());

            // the live search's fragment: the results block alone, ticks and preview data included
            HttpResponse<String> fragment = ann.get("/diary/" + DAY + "/add?fragment=1&q=Ann+bar");
            assertEquals(200, fragment.statusCode());
            assertTrue(fragment.body().strip().startsWith("<div id=\"add-results-holder\""), fragment.body());
            assertFalse(fragment.body().contains("<html"));
            assertTrue(fragment.body().contains("value=\"food:" + bar + "\" form=\"batch-form\""), fragment.body());
            assertTrue(fragment.body().contains("data-kcal=\"475.0\""), "190 kcal per 40 g is 475 per 100 g");
            assertTrue(fragment.body().contains("data-grams=\"40.0\""), fragment.body());
        }
    }

    /** Recent foods sit one tap away under each meal of the day page, and Recent and Frequent never repeat one. */
    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void recentFoodsAreOneTapFromTheDay(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser ann = SignedInUser.signUp(app, "ann");
            String csrf = ann.csrf();
            long bar = JSON.readTree(ann.json("POST", "/api/v1/foods", "{\"name\":\"Ann bar\",\"servingName\":\"1 bar\","
                    + "\"servingGrams\":40,\"kcal\":190}", csrf).body()).get("id").asLong();
            for (int i = 0; i < 3; i++) {
                assertEquals(201, post(app, ann, "/diary/" + DAY + "/entries", true, csrf, "foodId", "" + bar,
                        "amount", "1").statusCode());
            }
            String day = ann.get("/diary/" + DAY).body();
            assertTrue(day.contains("class=\"inline one-tap\""), "one-tap forms");
            assertTrue(day.contains("data-food=\"" + bar + "\""), day);
            String add = ann.get("/diary/" + DAY + "/add").body();
            int recent = add.indexOf("id=\"recent-foods\"");
            int frequent = add.indexOf("id=\"frequent-foods\"");
            assertTrue(add.substring(recent, frequent).contains("food:" + bar));
            assertFalse(add.substring(frequent).contains("data-item=\"food:" + bar + "\""), "not again in Frequent");
        }
    }

    /**
     * A food is offered in its common portion, 1 of it; a food without one in grams, 100 of them (as the day
     * page's one-tap foods), not 1 g.
     */
    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aFoodWithoutACommonPortionIsOfferedAs100Grams(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser ann = SignedInUser.signUp(app, "ann");
            String page = ann.get("/diary/" + DAY + "/add?q=milk").body();
            String results = page.substring(page.indexOf("id=\"add-results\""));
            int inGrams = 0;
            int inPortions = 0;
            for (String item : results.split("<li class=\"food-choice\"")) {
                if (!item.contains("name=\"amount\"")) {
                    continue;
                }
                boolean grams = item.contains("<option value=\"g\" data-grams=\"1\" selected>");
                String amount = item.replaceAll("(?s).*name=\"amount\"[^>]*value=\"([^\"]*)\".*", "$1");
                assertEquals(grams ? "100" : "1", amount, item);
                inGrams += grams ? 1 : 0;
                inPortions += grams ? 0 : 1;
            }
            assertTrue(inGrams > 0 && inPortions > 0, "milks with and without a common portion: " + inGrams + ", "
                    + inPortions);
        }
    }

    private static void assertError(HttpResponse<String> r, int status, String field, String text) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode e = JSON.readTree(r.body());
        if (field != null) {
            assertEquals(field, e.get("field").asText(), r.body());
        }
        assertTrue(e.get("message").asText().contains(text), r.body());
    }

    private static int entries(SignedInUser u) throws Exception {
        return JSON.readTree(u.get("/api/v1/diary/days/" + DAY).body()).get("totals").get("entries").asInt();
    }

    /** A form post with repeated fields, as a script sends it (Accept: application/json) or a browser does. */
    private static HttpResponse<String> post(TestApp app, SignedInUser u, String path, boolean json, String csrf,
                                             String... pairs) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.add(enc(pairs[i]) + "=" + enc(pairs[i + 1]));
        }
        if (csrf != null) {
            fields.add("_csrf=" + enc(csrf));
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields.stream().collect(Collectors.joining("&"))));
        if (json) {
            b.header("Accept", "application/json");
        }
        return u.send(b.build());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
