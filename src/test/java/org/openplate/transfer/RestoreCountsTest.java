package org.openplate.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * What a restore reports for the rows kept per user or per day (profile, settings, a day's note and
 * water): the same export twice adds and updates nothing; an export with a different profile says
 * the profile was updated, not added, and the profile takes the export's values.
 */
class RestoreCountsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void reRestoreAddsNothingAndAChangedProfileIsUpdated(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            UserId ann = TransferRoundTripTest.fill(app, new HttpSession(app), "ann" + System.nanoTime() + "@example.org");
            byte[] export = TransferRoundTripTest.export(app, ann);
            HttpSession bobSession = new HttpSession(app);
            bobSession.signUp("bob" + System.nanoTime() + "@example.org", "correct horse");
            UserId bob = new UserId(JSON.readTree(bobSession.get("/api/v1/me").body()).get("id").asLong());

            ImportCounts first = app.app().transfer().restore(bob, "export.zip", new ByteArrayInputStream(export));
            assertEquals(1, first.updated().getOrDefault("profiles", 0), "bob's sign-up profile took ann's values");
            assertEquals(1, first.added().getOrDefault("diary_days", 0));
            ImportCounts second = app.app().transfer().restore(bob, "export.zip", new ByteArrayInputStream(export));
            assertEquals(Map.of(), second.added(), "restoring the same export again adds nothing");
            assertEquals(Map.of(), second.updated(), "and rewrites nothing");
            assertEquals(first.totalAdded() + first.totalKept() + first.totalUpdated(), second.totalKept(),
                    "every row of the export is reported as already here");

            ObjectNode changed = (ObjectNode) TransferRoundTripTest.document(export).deepCopy();
            ((ObjectNode) changed.path("tables").path("profiles").get(0)).put("weight_kg", 80.5);
            ImportCounts third = app.app().transfer().restore(bob, "changed.zip",
                    new ByteArrayInputStream(TransferRoundTripTest.zip(changed)));
            assertEquals(Map.of("profiles", 1), third.updated(), "the one changed row is reported as updated");
            assertEquals(Map.of(), third.added());
            JsonNode profile = JSON.readTree(bobSession.get("/api/v1/profile").body());
            assertEquals(80.5, profile.path("weightKg").asDouble(), 1e-9, profile.toString());
        }
    }
}
