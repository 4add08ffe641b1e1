package org.openplate.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/** Every place that takes a body weight refuses 2,000 lb with the same range, in the user's units. */
class WeightRangeHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void profileWeighInTargetCalculatorAndProjectionReportOneRange(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser u = SignedInUser.signUp(app, "range");
            assertEquals(200, u.json("PUT", "/api/v1/profile", "{\"units\":\"us\",\"sex\":\"female\","
                    + "\"birthDate\":\"1990-01-01\",\"heightCm\":162.5,\"weightKg\":70}", u.csrf()).statusCode());
            String range = WeightRange.text(UnitSystem.US);

            assertRefused(u.json("PUT", "/api/v1/profile", "{\"weight\":\"2000\"}", u.csrf()), "weight", range);
            assertRefused(u.json("PUT", "/api/v1/profile", "{\"targetWeight\":\"2000\"}", u.csrf()),
                    "targetWeight", range);
            assertRefused(u.json("POST", "/api/v1/weights", "{\"weight\":2000}", u.csrf()), "weight", range);
            assertRefused(u.get("/api/v1/calorie-goal?units=us&sex=female&height=5ft4in&weight=2000&age=30"
                    + "&activity=light&goal=maintain"), "weight", range);

            HttpResponse<String> form = u.http().submit("/weight", "/weight", Map.of("weight", "2000"));
            assertEquals(400, form.statusCode());
            assertTrue(form.body().contains("Weight must be " + range), "weigh-in form");
            HttpResponse<String> target = u.get("/weight/projection?target=2000");
            assertEquals(400, target.statusCode());
            assertTrue(target.body().contains("Target weight must be " + range), "projection target");
            HttpResponse<String> profile = u.http().submit("/profile", "/profile", Map.of("targetWeight", "2000"));
            assertEquals(400, profile.statusCode());
            assertTrue(profile.body().contains("Target weight must be " + range), "profile target");
        }
    }

    private static void assertRefused(HttpResponse<String> r, String field, String range) throws Exception {
        assertEquals(400, r.statusCode(), r.body());
        JsonNode j = JSON.readTree(r.body());
        assertEquals(field, j.get("field").asText(), r.body());
        assertTrue(j.get("message").asText().contains(range), r.body());
    }
}
