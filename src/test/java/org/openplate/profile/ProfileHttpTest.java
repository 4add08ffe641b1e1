package org.openplate.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/** Profiles over HTTP on both databases: sign-up with a goal, edits, validation and isolation. */
class ProfileHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void signUpWithTheCalculatorGoalFillsTheProfile(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            HttpSession s = new HttpSession(app);
            HttpResponse<String> result = s.get("/calculator?units=us&goal=lose-1&sex=female&heightFt=5&heightIn=4"
                    + "&weight=150&age=35&activity=light");
            assertEquals(200, result.statusCode());
            String href = between(result.body(), "id=\"signup-with-goal\" href=\"", "\"").replace("&amp;", "&");
            String signupPage = s.get(href).body();
            assertTrue(signupPage.contains("name=\"heightCm\""), "calculator entries are carried as hidden fields");
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(signupPage);
            while (m.find()) {
                fields.put(m.group(1), m.group(2).replace("&amp;", "&"));
            }
            fields.put("timeZone", "America/Chicago");
            fields.put("email", "goal" + System.nanoTime() + "@example.org");
            fields.put("password", "correct horse");
            fields.put("confirmPassword", "correct horse");
            assertEquals(303, s.postForm("/signup", fields).statusCode());

            JsonNode p = JSON.readTree(s.get("/api/v1/profile").body());
            assertEquals("female", p.get("sex").asText());
            assertEquals(35, p.get("age").asInt());
            assertEquals(162.56, p.get("heightCm").asDouble(), 0.01);
            assertEquals(150 * 0.45359237, p.get("weightKg").asDouble(), 0.01);
            assertEquals("light", p.get("activity").asText());
            assertEquals("lose-1", p.get("goal").asText());
            assertEquals("America/Chicago", p.get("timeZone").asText());
            JsonNode expected = JSON.readTree(s.get("/api/v1/calorie-goal?sex=female&height=5ft4in&weight=150lb&age=35"
                    + "&activity=light&goal=lose-1").body());
            assertEquals(expected.get("dailyGoal").asInt(), p.at("/calorieGoal/dailyGoal").asInt());
            assertTrue(s.get("/profile").body().contains(String.format("%,d", expected.get("dailyGoal").asInt())));
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void eachUserSeesAndChangesOnlyTheirOwnProfile(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            HttpSession ann = new HttpSession(app);
            ann.signUp("ann" + System.nanoTime() + "@example.org", "correct horse");
            HttpSession bob = new HttpSession(app);
            bob.signUp("bob" + System.nanoTime() + "@example.org", "correct horse");

            String annCsrf = HttpSession.csrfFrom(ann.get("/profile").body());
            HttpResponse<String> put = ann.json("PUT", "/api/v1/profile", "{\"units\":\"metric\",\"sex\":\"female\","
                    + "\"birthDate\":\"1990-01-01\",\"heightCm\":170,\"weight\":65,\"activity\":\"moderate\","
                    + "\"goal\":\"lose-0.5\"}", annCsrf);
            assertEquals(200, put.statusCode(), put.body());
            assertEquals(65.0, JSON.readTree(put.body()).get("weightKg").asDouble(), 1e-9);

            JsonNode bobs = JSON.readTree(bob.get("/api/v1/profile").body());
            assertTrue(bobs.get("sex").isNull());
            assertTrue(bobs.get("weightKg").isNull());
            assertTrue(bobs.get("calorieGoal").isNull());
            assertFalse(bob.get("/profile").body().contains("65.0 kg"));

            String bobCsrf = HttpSession.csrfFrom(bob.get("/profile").body());
            HttpResponse<String> crossToken = bob.json("PUT", "/api/v1/profile", "{\"weight\":99}", annCsrf);
            assertEquals(403, crossToken.statusCode(), "another session's CSRF token is refused");
            assertEquals(200, bob.json("PATCH", "/api/v1/profile", "{\"units\":\"metric\",\"weight\":99}", bobCsrf)
                    .statusCode());
            assertEquals(65.0, JSON.readTree(ann.get("/api/v1/profile").body()).get("weightKg").asDouble(), 1e-9);
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void badProfileInputIsRefusedWholeAndNamesTheField(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser s = SignedInUser.signUp(app, "val");
            String csrf = s.csrf();
            assertEquals(200, s.json("PUT", "/api/v1/profile", "{\"units\":\"metric\",\"weight\":70}", csrf).statusCode());

            HttpResponse<String> r = s.json("PUT", "/api/v1/profile",
                    "{\"units\":\"metric\",\"weight\":60,\"heightCm\":400}", csrf);
            assertEquals(400, r.statusCode());
            JsonNode err = JSON.readTree(r.body());
            assertEquals("heightCm", err.get("field").asText(), "the field that was sent and is wrong");
            assertTrue(err.get("message").asText().contains("250"));
            assertEquals(70.0, JSON.readTree(s.get("/api/v1/profile").body()).get("weightKg").asDouble(), 1e-9,
                    "nothing was written");

            HttpResponse<String> macros = s.json("PUT", "/api/v1/profile",
                    "{\"carbsPct\":50,\"proteinPct\":30,\"fatPct\":30}", csrf);
            assertEquals("carbsPct", JSON.readTree(macros.body()).get("field").asText());
            HttpResponse<String> zone = s.json("PUT", "/api/v1/profile", "{\"timeZone\":\"Mars/Olympus\"}", csrf);
            assertEquals("timeZone", JSON.readTree(zone.body()).get("field").asText());
            HttpResponse<String> notJson = s.json("PUT", "/api/v1/profile", "[1,2", csrf);
            assertEquals(400, notJson.statusCode());

            HttpResponse<String> form = s.submit("/profile", "/profile", Map.of("units", "us", "weight", "2000"));
            assertEquals(400, form.statusCode());
            assertTrue(form.body().contains("Weight must be between 25 and 400 kg"), "the form re-renders with the error");
        }
    }

    private static String between(String s, String start, String end) {
        int i = s.indexOf(start);
        if (i < 0) {
            throw new AssertionError("missing " + start);
        }
        int from = i + start.length();
        return s.substring(from, s.indexOf(end, from));
    }
}
