package org.openplate.web.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * NUL and other control characters in stored text, and broken lines in the weight CSV import, on
 * both databases: a 400 naming the field (or a rejected line naming line and column), never a 500,
 * and nothing written.
 */
class ControlCharactersHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void controlCharactersInStoredTextAnswer400NamingTheField(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser s = SignedInUser.signUp(app, "nul", "correct horse battery");
            String csrf = s.csrf();
            String food = "{\"name\":\"Bar\",\"servingGrams\":40,\"kcal\":190,\"servingName\":\"1 bar\"}";

            // the API: create and update
            assertField(s.json("POST", "/api/v1/foods", food.replace("1 bar", "1\\u0000bar"), csrf), "servingName");
            assertField(s.json("POST", "/api/v1/foods", food.replace("1 bar", "1\\u001bbar"), csrf), "servingName");
            assertField(s.json("POST", "/api/v1/foods", food.replace("\"Bar\"", "\"B\\u0000\""), csrf), "name");
            HttpResponse<String> created = s.json("POST", "/api/v1/foods", food, csrf);
            assertEquals(201, created.statusCode(), created.body());
            long id = JSON.readTree(created.body()).get("id").asLong();
            assertField(s.json("PUT", "/api/v1/foods/" + id, food.replace("1 bar", "\\u0000"), csrf), "servingName");
            assertEquals("1 bar", JSON.readTree(s.get("/api/v1/foods/" + id).body()).at("/portions/0/name").asText(),
                    "nothing written");

            // the HTML form: create and update re-render with the message
            Map<String, String> form = new LinkedHashMap<>(Map.of("name", "Bar", "servingGrams", "40", "kcal", "190",
                    "servingName", "1\u0000bar"));
            HttpResponse<String> page = s.submit("/foods/new", "/foods", form);
            assertEquals(400, page.statusCode(), page.body());
            assertTrue(page.body().contains("Serving size contains an invisible control character"), page.body());
            page = s.submit("/foods/" + id + "/edit", "/foods/" + id, form);
            assertEquals(400, page.statusCode(), page.body());
            assertTrue(page.body().contains("Serving size contains an invisible control character"), page.body());

            // the same check for the other stored text (meals, notes, recipes, exercise, weights, profile)
            String day = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
            assertField(s.json("POST", "/api/v1/diary/meals", "{\"name\":\"Snack\\u0000\"}", csrf), "name");
            assertField(s.json("PUT", "/api/v1/diary/days/" + day + "/note", "{\"note\":\"a\\u0000\"}", csrf), "note");
            assertEquals(200, s.json("PUT", "/api/v1/diary/days/" + day + "/note", "{\"note\":\"line\\n\\tline\"}", csrf)
                    .statusCode(), "TAB and line breaks are fine in a note");
            assertField(s.json("POST", "/api/v1/diary/entries", "{\"date\":\"" + day + "\",\"kcal\":100,"
                    + "\"name\":\"x\\u0007\"}", csrf), "name");
            assertField(s.json("POST", "/api/v1/diary/recipes", "{\"name\":\"Oats\",\"servings\":1,\"notes\":\"\\u0000\","
                    + "\"ingredients\":[]}", csrf), "notes");
            assertField(s.json("POST", "/api/v1/exercise/entries", "{\"date\":\"" + day + "\",\"kind\":\"manual\","
                    + "\"name\":\"Walk\\u0000\",\"kcal\":100}", csrf), "name");
            assertField(s.json("POST", "/api/v1/weights", "{\"weight\":\"80kg\\u0000\"}", csrf), "weight");
            assertField(s.json("PATCH", "/api/v1/profile", "{\"timeZone\":\"UTC\\u0000\"}", csrf), "timeZone");
            assertField(s.json("GET", "/api/v1/diary/history?q=" + "a%00b", null, csrf), "q");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void weightCsvLinesThatAreEmptyOrMissAValueAreReportedByLineAndColumn(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser s = SignedInUser.signUp(app, "csv", "correct horse battery");
            String csrf = s.csrf();
            LocalDate d = LocalDate.now(ZoneOffset.UTC);
            String csv = "date,weight\n" + d.minusDays(5) + ",80kg\n,\n\n" + d.minusDays(4) + ",\n,81kg\n;;;\n"
                    + d.minusDays(3) + ",80kg,20,x\n" + d.minusDays(2) + ",80\u0000kg\n" + d.minusDays(1) + ",79kg,\n";
            HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/weights/import")))
                    .header("X-CSRF-Token", csrf).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(csv)).build());
            assertEquals(200, r.statusCode(), r.body());
            JsonNode res = JSON.readTree(r.body());
            assertEquals(2, res.get("inserted").asInt(), res.toString());
            JsonNode rejected = res.get("rejected");
            assertEquals(6, rejected.size(), res.toString());
            assertTrue(rejected.get(0).asText().startsWith("line 3, column 1 (date): Date is missing"), res.toString());
            assertTrue(rejected.get(1).asText().startsWith("line 5, column 2 (weight): Weight is missing"), res.toString());
            assertTrue(rejected.get(2).asText().startsWith("line 6, column 1 (date)"), res.toString());
            assertTrue(rejected.get(3).asText().startsWith("line 7, column 1 (date)"), res.toString());
            assertTrue(rejected.get(4).asText().startsWith("line 8, column 4: "), res.toString());
            assertTrue(rejected.get(5).asText().startsWith("line 9, column 2 (weight): Weight contains an invisible"),
                    res.toString());

            // the page's textarea goes through the same import
            HttpResponse<String> page = s.submit("/weight", "/weight/import", Map.of("csv", "date,weight\n,\n"));
            assertTrue(page.statusCode() < 500, page.body());
        }
    }

    private static void assertField(HttpResponse<String> r, String field) throws Exception {
        assertEquals(400, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals("bad_input", body.get("error").asText(), r.body());
        assertEquals(field, body.get("field").asText(), r.body());
    }
}
