package org.openplate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/**
 * Calls every documented operation on the real app and checks each answer against the OpenAPI
 * document: the status is one the operation documents, and a JSON body conforms to the schema
 * given for that status (no undeclared properties, types, enums, nullability, required
 * properties). Error answers are checked against the shared Error schema the same way. An operation
 * that this test never calls successfully fails it, so a new endpoint needs a sample call here.
 */
class OpenApiResponsesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient BARE = HttpClient.newHttpClient();

    private JsonNode document;
    private OpenApiSchemaCheck schemas;
    private TestApp app;
    private HttpSession session;
    private String csrf;
    private String email;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> succeeded = new TreeSet<>();
    private final Map<Pattern, String> templates = new LinkedHashMap<>();

    @Test
    void everyOperationAnswersAsDocumented() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ApiDocsRoutes.DOCUMENT_RESOURCE)) {
            document = JSON.readTree(in);
        }
        schemas = new OpenApiSchemaCheck(document);
        document.get("paths").fieldNames().forEachRemaining(t -> templates.put(
                Pattern.compile(t.replace(".", "\\.").replaceAll("\\{[^}/]+}", "[^/]+")), t));

        try (TestApp started = TestApp.start(TestDatabases.sqlite())) {
            app = started;
            session = new HttpSession(app);
            email = "shape" + System.nanoTime() + "@example.org";
            session.signUp(email, "correct horse");
            csrf = HttpSession.csrfFrom(session.get("/profile").body());
            exercise();
        }

        Set<String> never = new TreeSet<>(OpenApiDocumentTest.documentedOperations(document));
        never.removeAll(succeeded);
        never.forEach(op -> problems.add(op + ": documented, but this test never called it successfully"));
        if (!problems.isEmpty()) {
            fail("Answers that do not match src/main/resources/api/openapi.json (" + problems.size() + "):\n  "
                    + String.join("\n  ", problems));
        }
    }

    private void exercise() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String day = today.minusDays(1).toString();
        String day2 = today.minusDays(2).toString();

        // documentation
        call("GET", "/api/openapi.json", null, 200);
        call("GET", "/api/docs", null, 200);
        call("GET", "/api/docs/assets/swagger-ui.css", null, 200);
        call("GET", "/api/docs/assets/nothing.js", null, 404);

        // account, profile, calculator
        call("GET", "/api/v1/me", null, 200);
        new HttpSession(app).signIn(email, "correct horse");
        for (JsonNode s : call("GET", "/api/v1/sessions", null, 200).get("items")) {
            if (!s.get("current").asBoolean()) {
                call("DELETE", "/api/v1/sessions/" + s.get("id").asText(), null, 204);
            }
        }
        call("DELETE", "/api/v1/sessions/no-such-session", null, 404);
        call("POST", "/api/v1/account/password", "{\"currentPassword\":\"correct horse\",\"newPassword\":\"password\"}",
                400);
        call("POST", "/api/v1/account/password", "{\"currentPassword\":\"correct horse\","
                + "\"newPassword\":\"battery staple\",\"endOtherSessions\":false}", 204);
        call("GET", "/api/v1/profile", null, 200);
        call("PUT", "/api/v1/profile", "{\"units\":\"metric\",\"timeZone\":\"UTC\"}", 200);
        call("PATCH", "/api/v1/profile", "{\"sex\":\"female\",\"birthDate\":\"" + today.minusYears(40) + "\","
                + "\"heightCm\":170,\"weight\":\"72kg\",\"goal\":\"lose-1\",\"targetWeight\":65,\"bodyFat\":30}", 200);
        call("PATCH", "/api/v1/profile", "{\"carbsPct\":50,\"proteinPct\":50,\"fatPct\":50}", 400);
        call("PUT", "/api/v1/profile", "{\"units\":[1]}", 400);
        call("GET", "/api/v1/calorie-goal?sex=male&height=5ft10in&weight=180lb&age=40&activity=moderate&goal=lose-1"
                + "&bodyFat=20&equation=katch-mcardle", null, 200);
        call("GET", "/api/v1/calorie-goal?sex=male", null, 400);

        // tokens (session only)
        call("GET", "/api/v1/tokens", null, 200);
        JsonNode token = call("POST", "/api/v1/tokens", "{\"name\":\"shape\",\"scope\":\"write\"}", 201);
        JsonNode reader = call("POST", "/api/v1/tokens", "{\"name\":\"shape-read\",\"scope\":\"read\"}", 201);
        call("POST", "/api/v1/tokens", "{\"name\":\"x\",\"scope\":\"admin\"}", 400);
        bearer(token.get("secret").asText(), "GET", "/api/v1/tokens", null, 403);
        bearer(reader.get("secret").asText(), "GET", "/api/v1/diary/meals", null, 200);
        bearer(reader.get("secret").asText(), "PUT", "/api/v1/diary/settings", "{}", 403);
        bearer("opt_not-a-token", "GET", "/api/v1/me", null, 401);
        call("DELETE", "/api/v1/tokens/" + reader.get("id").asLong(), null, 204);
        call("DELETE", "/api/v1/tokens/999999", null, 404);
        anonymous("GET", "/api/v1/me", 401);
        call("POST", "/api/v1/diary/meals", "{\"name\":\"No CSRF\"}", 403, false);

        // foods
        JsonNode found = call("GET", "/api/v1/foods?q=banana&limit=3", null, 200);
        long banana = found.get("items").get(0).get("id").asLong();
        call("GET", "/api/v1/foods?q=chiken%20brest&limit=3", null, 200);   // with correctedQuery
        call("GET", "/api/v1/foods?barcode=036000291452", null, 200);
        call("GET", "/api/v1/foods?barcode=123", null, 400);
        call("GET", "/api/v1/foods", null, 400);
        call("GET", "/api/v1/foods/" + banana, null, 200);
        call("GET", "/api/v1/foods/999999999", null, 404);
        JsonNode custom = call("POST", "/api/v1/foods", "{\"name\":\"Granola bar\",\"brand\":\"Acme\","
                + "\"servingName\":\"1 bar\",\"servingGrams\":40,\"kcal\":190,\"fatG\":7,\"carbsG\":29,"
                + "\"proteinG\":4,\"sodiumMg\":120,\"barcode\":\"036000291452\"}", 201);
        long bar = custom.get("id").asLong();
        call("GET", "/api/v1/foods/barcode/036000291452", null, 200);
        call("GET", "/api/v1/foods/barcode/036000291453", null, 400);
        call("GET", "/api/v1/foods/barcode/5901234123457", null, 404);
        frame(org.openplate.testing.BarcodePictures.encode(org.openplate.testing.BarcodePictures.draw("96385074",
                com.google.zxing.BarcodeFormat.EAN_8, 640, 360), "jpeg"), 200);
        call("PUT", "/api/v1/foods/" + bar, "{\"name\":\"Granola bar\",\"servingGrams\":42,\"kcal\":200}", 200);
        call("POST", "/api/v1/foods", "{\"name\":\"Bad\",\"servingGrams\":0,\"kcal\":1}", 400);

        // diary
        JsonNode meals = call("GET", "/api/v1/diary/meals", null, 200);
        long breakfast = meals.get("items").get(0).get("id").asLong();
        long lunch = meals.get("items").get(1).get("id").asLong();
        JsonNode entry = call("POST", "/api/v1/diary/entries", "{\"date\":\"" + day + "\",\"mealId\":" + breakfast
                + ",\"foodId\":" + banana + ",\"amount\":1,\"portion\":\"1 cup, sliced\"}", 201);
        long entryId = entry.get("id").asLong();
        call("POST", "/api/v1/diary/entries", "{\"date\":\"" + day + "\",\"mealId\":" + breakfast + ",\"foodId\":" + bar
                + ",\"amount\":1}", 201);
        JsonNode quick = call("POST", "/api/v1/diary/entries", "{\"date\":\"" + day + "\",\"mealId\":" + lunch
                + ",\"kcal\":300,\"fat\":12,\"name\":\"Snack\"}", 201);
        call("POST", "/api/v1/diary/entries", "{\"date\":\"" + day + "\",\"foodId\":" + banana + ",\"amount\":-1}", 400);
        call("GET", "/api/v1/diary/entries/" + entryId, null, 200);
        call("GET", "/api/v1/diary/entries/999999", null, 404);
        call("PUT", "/api/v1/diary/entries/" + entryId, "{\"amount\":2}", 200);
        call("PATCH", "/api/v1/diary/entries/" + quick.get("id").asLong(), "{\"kcal\":320}", 200);
        call("DELETE", "/api/v1/diary/entries/" + quick.get("id").asLong(), null, 204);
        call("POST", "/api/v1/diary/entries/" + quick.get("id").asLong() + "/restore", null, 200);
        call("POST", "/api/v1/diary/copy", "{\"from\":\"" + day + "\",\"to\":\"" + day2 + "\",\"fromMealId\":"
                + breakfast + ",\"toMealId\":" + lunch + "}", 201);
        call("POST", "/api/v1/diary/copy", "{\"from\":\"" + day + "\"}", 400);
        JsonNode meal = call("POST", "/api/v1/diary/meals", "{\"name\":\"Pre-workout\"}", 201);
        call("PUT", "/api/v1/diary/meals/" + meal.get("id").asLong(), "{\"name\":\"Brunch\",\"move\":-1}", 200);
        call("DELETE", "/api/v1/diary/meals/" + meal.get("id").asLong(), null, 204);
        call("DELETE", "/api/v1/diary/meals/" + breakfast, null, 409);
        call("PUT", "/api/v1/diary/days/" + day + "/note", "{\"note\":\"Long run\"}", 200);
        call("POST", "/api/v1/diary/days/" + day + "/water", "{\"add\":2,\"unit\":\"cups\"}", 200);
        call("POST", "/api/v1/diary/days/" + day + "/water", "{\"set\":999999,\"unit\":\"ml\"}", 400);
        call("GET", "/api/v1/diary/settings", null, 200);
        call("PUT", "/api/v1/diary/settings", "{\"exerciseCredit\":\"half\",\"waterUnit\":\"ml\"}", 200);
        call("PUT", "/api/v1/diary/settings", "{\"exerciseCredit\":\"most\"}", 400);
        call("GET", "/api/v1/diary/week?start=" + today.minusDays(6), null, 200);
        call("GET", "/api/v1/diary/week?start=yesterday", null, 400);
        call("GET", "/api/v1/diary/history?q=banana&limit=1", null, 200);
        call("GET", "/api/v1/diary/recent", null, 200);
        call("GET", "/api/v1/diary/frequent?limit=5&offset=0", null, 200);
        call("GET", "/api/v1/diary/recent?limit=501", null, 400);

        // recipes
        JsonNode recipe = call("POST", "/api/v1/diary/recipes", "{\"name\":\"Banana oats\",\"servings\":2,\"notes\":\"Soak\","
                + "\"ingredients\":[{\"foodId\":" + banana + ",\"amount\":100,\"portion\":\"g\"},{\"foodId\":" + bar
                + ",\"amount\":1,\"portion\":\"1 serving\"}]}", 201);
        long recipeId = recipe.get("id").asLong();
        call("POST", "/api/v1/diary/recipes", "{\"name\":\"Bad\",\"ingredients\":{}}", 400);
        call("GET", "/api/v1/diary/recipes", null, 200);
        call("GET", "/api/v1/diary/recipes/" + recipeId, null, 200);
        call("PUT", "/api/v1/diary/recipes/" + recipeId, "{\"servings\":4}", 200);
        JsonNode copy = call("POST", "/api/v1/diary/recipes/" + recipeId + "/duplicate", null, 201);
        call("POST", "/api/v1/diary/recipes/from-meal", "{\"date\":\"" + day + "\",\"mealId\":" + breakfast
                + ",\"name\":\"My breakfast\"}", 201);
        call("DELETE", "/api/v1/diary/recipes/" + copy.get("id").asLong(), null, 204);
        call("GET", "/api/v1/diary/recipes/" + copy.get("id").asLong(), null, 404);
        call("POST", "/api/v1/diary/entries", "{\"date\":\"" + day + "\",\"recipeId\":" + recipeId
                + ",\"amount\":1,\"portion\":\"serving\"}", 201);

        // exercise
        call("GET", "/api/v1/exercise/activities?q=jogging&limit=3", null, 200);
        call("GET", "/api/v1/exercise/activities", null, 400);
        call("GET", "/api/v1/exercise/activities/02101", null, 200);
        call("GET", "/api/v1/exercise/activities/99999", null, 404);
        JsonNode stretch = call("POST", "/api/v1/exercise/entries", "{\"date\":\"" + day + "\",\"activityCode\":\"02101\","
                + "\"minutes\":15,\"painBefore\":3,\"painAfter\":7,\"holdSeconds\":50,\"effort\":\"painful\","
                + "\"areas\":\"lower-back,neck\",\"redFlags\":\"tingling\"}", 201);
        call("POST", "/api/v1/exercise/entries", "{\"date\":\"" + day + "\",\"kind\":\"strength\",\"name\":\"Squat\","
                + "\"sets\":3,\"reps\":5,\"loadKg\":60}", 201);
        call("POST", "/api/v1/exercise/entries", "{\"date\":\"" + day + "\",\"kind\":\"custom\",\"name\":\"Climbing\","
                + "\"minutes\":30,\"kcalPerMinute\":8}", 201);
        JsonNode manual = call("POST", "/api/v1/exercise/entries", "{\"date\":\"" + day + "\",\"kind\":\"manual\","
                + "\"name\":\"Watch\",\"kcal\":200}", 201);
        call("POST", "/api/v1/exercise/entries", "{\"activityCode\":\"02101\",\"minutes\":9999}", 400);
        call("GET", "/api/v1/exercise/entries/" + stretch.get("id").asLong(), null, 200);
        call("DELETE", "/api/v1/exercise/entries/" + manual.get("id").asLong(), null, 204);
        call("GET", "/api/v1/exercise/entries/" + manual.get("id").asLong(), null, 404);
        call("GET", "/api/v1/exercise/days/" + day, null, 200);
        call("GET", "/api/v1/exercise/days/not-a-date", null, 400);
        call("GET", "/api/v1/exercise/checkins", null, 200);
        call("GET", "/api/v1/exercise/settings", null, 200);
        call("PUT", "/api/v1/exercise/settings", "{\"netOfRest\":true}", 200);
        call("PUT", "/api/v1/exercise/settings", "{\"netOfRest\":\"maybe\"}", 400);
        call("GET", "/api/v1/diary/days/" + day, null, 200);
        call("GET", "/api/v1/diary/days/" + today.plusYears(2), null, 400);

        // weight
        JsonNode weighIn = call("POST", "/api/v1/weights", "{\"date\":\"" + day2 + "\",\"weight\":\"72kg\","
                + "\"bodyFat\":29,\"waist\":80}", 201);
        call("POST", "/api/v1/weights", "{\"date\":\"" + day + "\",\"weightKg\":71.5}", 201);
        call("POST", "/api/v1/weights", "{\"weight\":\"2kg\"}", 400);
        call("GET", "/api/v1/weights?from=" + today.minusDays(30) + "&to=" + today + "&limit=1", null, 200);
        call("GET", "/api/v1/weights?from=" + today + "&to=" + today.minusDays(3), null, 400);
        call("GET", "/api/v1/weights/trend?from=" + today.minusDays(30), null, 200);
        call("GET", "/api/v1/projection", null, 200);
        call("GET", "/api/v1/projection?target=40kg&by=" + today.plusDays(60), null, 200);
        call("GET", "/api/v1/projection?target=60kg&by=" + today.plusDays(3), null, 400);
        call("GET", "/api/v1/weights/" + weighIn.get("id").asLong(), null, 200);
        call("PUT", "/api/v1/weights/" + weighIn.get("id").asLong(), "{\"weight\":\"71.8kg\"}", 200);
        textCall("/api/v1/weights/import", "date,weight,body fat\n" + today.minusDays(10) + ",73kg,30\n"
                + today.minusDays(9) + ",oops\n", 200);
        call("DELETE", "/api/v1/weights/" + weighIn.get("id").asLong(), null, 204);
        call("DELETE", "/api/v1/weights/" + weighIn.get("id").asLong(), null, 404);

        // notifications (the stretch above asked to see a doctor)
        JsonNode feed = call("GET", "/api/v1/notifications", null, 200);
        assertTrue(feed.get("unread").asInt() >= 1, feed.toString());
        call("POST", "/api/v1/notifications/" + feed.get("items").get(0).get("id").asLong() + "/read", null, 204);
        call("POST", "/api/v1/notifications/999999/read", null, 404);
        call("POST", "/api/v1/notifications/read-all", null, 200);

        // export
        call("GET", "/api/v1/export", null, 200);
        call("GET", "/api/v1/export/diary-entries.csv", null, 200);
        call("GET", "/api/v1/export/secrets.csv", null, 404);
        String exercises = "Day,Group,Exercise,Minutes,Calories Burned\r\n2026-10-04,Exercise,Cycling,45,-380\r\n";
        upload("/api/v1/import/cronometer?dryRun=true", "exercises.csv", exercises, 200);
        upload("/api/v1/import/cronometer", "exercises.csv", exercises, 201);
        upload("/api/v1/import/cronometer", "exercises.csv", "Day,Group\r\n", 400);
        upload("/api/v1/import/fitbit", "exercises.csv", exercises, 400);
        call("GET", "/api/v1/nothing-here", null, 404);

        // the custom food goes last: entries refer to it
        call("DELETE", "/api/v1/foods/" + bar, null, 204);
    }

    private JsonNode call(String method, String path, String body, int expected) throws Exception {
        return call(method, path, body, expected, true);
    }

    private JsonNode call(String method, String path, String body, int expected, boolean withCsrf) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (withCsrf) {
            b.header("X-CSRF-Token", csrf);
        }
        return record(method, path, session.sendBytes(b.build()), expected);
    }

    private void frame(byte[] jpeg, int expected) throws Exception {
        record("POST", "/api/v1/barcodes/read", session.sendBytes(HttpRequest.newBuilder(URI.create(
                app.url("/api/v1/barcodes/read"))).header("Content-Type", "image/jpeg").header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofByteArray(jpeg)).build()), expected);
    }

    private void upload(String path, String filename, String content, int expected) throws Exception {
        String boundary = "----op" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        record("POST", path, session.sendBytes(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()), expected);
    }

    private void textCall(String path, String csv, int expected) throws Exception {
        record("POST", path, session.sendBytes(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "text/csv").header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build()), expected);
    }

    private void bearer(String token, String method, String path, String body, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(path))).header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        record(method, path, BARE.send(b.build(), HttpResponse.BodyHandlers.ofByteArray()), expected);
    }

    private void anonymous(String method, String path, int expected) throws Exception {
        record(method, path, BARE.send(HttpRequest.newBuilder(URI.create(app.url(path))).method(method,
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray()), expected);
    }

    /** Checks one answer against the document; returns its JSON (or null). */
    private JsonNode record(String method, String pathAndQuery, HttpResponse<byte[]> r, int expected) throws Exception {
        String path = URI.create(pathAndQuery).getPath();
        String where = method + " " + pathAndQuery + " → " + r.statusCode();
        assertEquals(expected, r.statusCode(), where + ": " + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        String contentType = r.headers().firstValue("Content-Type").orElse("");
        JsonNode json = contentType.startsWith("application/json") && r.body().length > 0 ? JSON.readTree(r.body()) : null;

        String template = templates.entrySet().stream().filter(e -> e.getKey().matcher(path).matches())
                .map(Map.Entry::getValue).findFirst().orElse(null);
        JsonNode operation = template == null ? null : document.get("paths").get(template).get(method.toLowerCase(Locale.ROOT));
        if (operation == null) {
            if (r.statusCode() == 404 && json != null) {
                // an undocumented path: still the Error shape
                problems.addAll(prefix(where, schemas.check(document.at("/components/schemas/Error"), json)));
            } else {
                problems.add(where + ": no documented operation");
            }
            return json;
        }
        JsonNode response = operation.get("responses").get(Integer.toString(r.statusCode()));
        if (response == null) {
            problems.add(where + ": status not documented for " + method + " " + template);
            return json;
        }
        response = schemas.resolve(response);
        if (r.statusCode() < 300) {
            succeeded.add(method.toUpperCase(Locale.ROOT) + " " + template);
        }
        JsonNode content = response.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            if (r.body().length > 0) {
                problems.add(where + ": a body where the document says there is none");
            }
            return json;
        }
        if (content.has("application/json")) {
            if (json == null) {
                problems.add(where + ": expected JSON, got " + contentType);
            } else {
                problems.addAll(prefix(where, schemas.check(content.get("application/json").get("schema"), json)));
            }
            return json;
        }
        boolean declared = false;
        for (var it = content.fieldNames(); it.hasNext(); ) {
            declared |= contentType.startsWith(it.next());
        }
        if (!declared) {
            problems.add(where + ": Content-Type " + contentType + " is not one of " + content.fieldNames().next() + "…");
        }
        return json;
    }

    private static List<String> prefix(String where, List<String> found) {
        return found.stream().map(p -> where + ": " + p).toList();
    }
}
