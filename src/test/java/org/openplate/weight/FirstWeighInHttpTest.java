package org.openplate.weight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/** The weight given at sign-up, or first typed on the profile, is the first weigh-in (both databases). */
class FirstWeighInHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double LB = 0.45359237;

    private static JsonNode weighIns(HttpSession s) throws Exception {
        return JSON.readTree(s.get("/api/v1/weights").body()).get("items");
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void theCalculatorWeightCarriedThroughSignUpIsTheFirstWeighIn(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            HttpSession s = new HttpSession(app);
            Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("units", "us", "sex", "female",
                    "heightFt", "5", "heightIn", "4", "weight", "150", "age", "35", "activity", "light",
                    "goal", "lose-1", "timeZone", "America/Chicago"));
            fields.put("email", "first" + System.nanoTime() + "@example.org");
            fields.put("password", SignedInUser.PASSWORD);
            fields.put("confirmPassword", SignedInUser.PASSWORD);
            assertEquals(303, s.submit("/signup", "/signup", fields).statusCode());

            JsonNode items = weighIns(s);
            assertEquals(1, items.size(), items.toString());
            assertEquals(150 * LB, items.get(0).get("weightKg").asDouble(), 0.01);
            String today = JSON.readTree(s.get("/api/v1/weights").body()).get("to").asText();
            assertEquals(today, items.get(0).get("date").asText(), "dated the sign-up day in the user's zone");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void theFirstWeightOnTheProfileFormIsTheFirstWeighInAndLaterEditsAddNone(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser u = SignedInUser.signUp(app, "profileweight");
            assertEquals(0, weighIns(u.http()).size(), "a plain sign-up has no weight yet");
            assertEquals(303, u.http().submit("/profile", "/profile",
                    Map.of("units", "metric", "weight", "70")).statusCode());
            JsonNode items = weighIns(u.http());
            assertEquals(1, items.size(), items.toString());
            assertEquals(70.0, items.get(0).get("weightKg").asDouble(), 1e-9);

            assertEquals(303, u.http().submit("/profile", "/profile",
                    Map.of("units", "metric", "weight", "71")).statusCode());
            assertEquals(1, weighIns(u.http()).size(), "only the first weight becomes a weigh-in");
        }
    }
}
