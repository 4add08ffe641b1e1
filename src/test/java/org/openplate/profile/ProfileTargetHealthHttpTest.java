package org.openplate.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/** A 100 lb target for 5 ft 4 in is no longer accepted silently: the page and the API warn, in pounds. */
class ProfileTargetHealthHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void anUnhealthyTargetIsSavedWithAWarning(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser u = SignedInUser.signUp(app, "target");
            JsonNode saved = JSON.readTree(u.json("PATCH", "/api/v1/profile", "{\"units\":\"us\",\"heightCm\":162.56,"
                    + "\"targetWeight\":\"100\"}", u.csrf()).body());
            assertEquals("target_below_healthy", saved.at("/warnings/0/code").asText(), saved.toString());
            assertTrue(saved.at("/warnings/0/message").asText().contains("healthy range starts at 108 lb"));
            String page = u.get("/profile").body();
            assertTrue(page.contains("id=\"target-warning\"") && page.contains("healthy range starts at 108 lb"), page);

            assertEquals(303, u.http().submit("/profile", "/profile", Map.of("targetWeight", "120")).statusCode());
            assertFalse(u.get("/profile").body().contains("id=\"target-warning\""), "120 lb is healthy");
            assertEquals(0, JSON.readTree(u.get("/api/v1/profile").body()).get("warnings").size());
        }
    }
}
