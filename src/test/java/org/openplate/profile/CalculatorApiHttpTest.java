package org.openplate.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/** {@code GET /api/v1/calorie-goal} over real HTTP: the contract, the formula, and the errors. */
class CalculatorApiHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestApp app;
    private static HttpSession http;

    @BeforeAll
    static void start() {
        app = TestApp.start(TestDatabases.sqlite());
        http = new HttpSession(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static JsonNode ok(String query) throws Exception {
        HttpResponse<String> r = http.get("/api/v1/calorie-goal?" + query);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    @Test
    void theDocumentedExampleMatchesTheFormula() throws Exception {
        JsonNode j = ok("sex=female&height=5ft4in&weight=150lb&age=35&activity=light&goal=lose-1");
        double kg = 150 * 0.45359237;
        double cm = 64 * 2.54;
        double bmr = 10 * kg + 6.25 * cm - 5 * 35 - 161;  // Mifflin-St Jeor, women
        double maintenance = bmr * 1.375;
        assertEquals(Math.round(bmr), j.get("bmr").asInt());
        assertEquals(Math.round(maintenance), j.get("maintenance").asInt());
        assertEquals(Math.round(maintenance - 500), j.get("dailyGoal").asInt());
        assertFalse(j.get("floorApplied").asBoolean());
        assertEquals(-1.0, j.get("weeklyChangeLb").asDouble(), 1e-9);
        assertEquals(-0.45, j.get("weeklyChangeKg").asDouble(), 0.005);
        assertEquals(kg / Math.pow(cm / 100, 2), j.get("bmi").asDouble(), 0.05);
        assertTrue(j.get("warnings").isArray());
        int goal = j.get("dailyGoal").asInt();
        assertEquals(Math.round(goal * 0.20 / 4), j.at("/macros/proteinG").asInt());
        assertEquals(Math.round(goal * 0.50 / 4), j.at("/macros/carbsG").asInt());
        assertEquals(Math.round(goal * 0.30 / 9), j.at("/macros/fatG").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5ft4in", "5'4\"", "64in", "162.56cm"})
    void heightFormsAreEquivalent(String height) throws Exception {
        JsonNode j = ok("sex=male&height=" + URLEncoder.encode(height, StandardCharsets.UTF_8)
                + "&weight=80kg&age=30&activity=sedentary&goal=maintain");
        assertEquals(162.56, j.at("/inputs/heightCm").asDouble(), 0.01);
    }

    @Test
    void stonesAndPoundsAreAccepted() throws Exception {
        JsonNode j = ok("sex=male&height=180cm&weight=10st10lb&age=30&activity=sedentary&goal=maintain");
        assertEquals(150 * 0.45359237, j.at("/inputs/weightKg").asDouble(), 0.01);
    }

    @Test
    void theFloorIsAppliedAndReported() throws Exception {
        JsonNode j = ok("sex=female&height=150cm&weight=50kg&age=60&activity=sedentary&goal=lose-2");
        double bmr = 10 * 50 + 6.25 * 150 - 5 * 60 - 161;
        double maintenance = bmr * 1.2;
        assertTrue(j.get("floorApplied").asBoolean());
        assertEquals(1200, j.get("dailyGoal").asInt());
        assertEquals((1200 - maintenance) / 500, j.get("weeklyChangeLb").asDouble(), 0.006);
        assertTrue(j.get("warnings").size() >= 1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sex=female&height=300cm&weight=60kg&age=30&activity=light&goal=maintain|height|250",
        "sex=female&height=80cm&weight=60kg&age=30&activity=light&goal=maintain|height|90",
        "sex=female&height=170cm&weight=500kg&age=30&activity=light&goal=maintain|weight|400",
        "sex=female&height=170cm&weight=20kg&age=30&activity=light&goal=maintain|weight|25",
        "sex=female&height=170cm&weight=60kg&age=12&activity=light&goal=maintain|age|13",
        "sex=female&height=170cm&weight=60kg&age=121&activity=light&goal=maintain|age|120",
        "sex=female&height=170cm&weight=60kg&age=abc&activity=light&goal=maintain|age|number",
        "sex=other&height=170cm&weight=60kg&age=30&activity=light&goal=maintain|sex|female or male",
        "height=170cm&weight=60kg&age=30&activity=light&goal=maintain|sex|required",
        "sex=male&height=170cm&weight=60kg&age=30&activity=lazy&goal=maintain|activity|sedentary",
        "sex=male&height=170cm&weight=60kg&age=30&activity=light&goal=lose-3|goal|lose-2",
        "sex=male&height=tall&weight=60kg&age=30&activity=light&goal=maintain|height|5ft4in",
        "sex=male&height=170cm&weight=60kg&age=30&activity=light&goal=maintain&equation=katch-mcardle|bodyFat|required",
    })
    void badInputIsA400NamingTheFieldAndRange(String query, String field, String mentions) throws Exception {
        HttpResponse<String> r = http.get("/api/v1/calorie-goal?" + query);
        assertEquals(400, r.statusCode(), r.body());
        JsonNode j = JSON.readTree(r.body());
        assertEquals("bad_input", j.get("error").asText());
        assertEquals(field, j.get("field").asText());
        assertTrue(j.get("message").asText().contains(mentions), j.get("message").asText());
        assertFalse(r.body().contains("Exception"), "no stack traces");
    }
}
