package org.openplate.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * An entry sent again with the same client id (a retry, or the offline queue sending what it kept) is
 * logged once, through the JSON API and the HTML form alike, on both databases; client ids are per user.
 */
class DiaryClientIdHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DAY = "2026-11-20";

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aRetryLogsOnce(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser ann = SignedInUser.signUp(app, "ann");
            String csrf = ann.csrf();
            long banana = JSON.readTree(ann.get("/api/v1/foods?q=banana&limit=1").body()).get("items").get(0)
                    .get("id").asLong();
            String id = UUID.randomUUID().toString();
            String body = "{\"date\":\"" + DAY + "\",\"foodId\":" + banana + ",\"amount\":1,\"portion\":\"g\","
                    + "\"clientId\":\"" + id + "\"}";

            HttpResponse<String> first = ann.json("POST", "/api/v1/diary/entries", body, csrf);
            assertEquals(201, first.statusCode(), first.body());
            HttpResponse<String> again = ann.json("POST", "/api/v1/diary/entries", body, csrf);
            assertEquals(200, again.statusCode(), again.body());
            assertEquals(JSON.readTree(first.body()).get("id").asLong(), JSON.readTree(again.body()).get("id").asLong(),
                    "the same entry answers");
            assertEquals(1, entries(ann, DAY), "no second row");

            // the same id with other values still names the entry already logged (nothing changes)
            HttpResponse<String> changed = ann.json("POST", "/api/v1/diary/entries", "{\"date\":\"" + DAY
                    + "\",\"kcal\":500,\"clientId\":\"" + id + "\"}", csrf);
            assertEquals(200, changed.statusCode(), changed.body());
            assertEquals(1, entries(ann, DAY));

            // the HTML form: redirected (POST-redirect-GET) both times, one row
            String formId = UUID.randomUUID().toString();
            Map<String, String> form = Map.of("kcal", "150", "name", "Apple pie", "clientId", formId);
            HttpResponse<String> posted = ann.submit("/diary/" + DAY, "/diary/" + DAY + "/entries", form);
            assertEquals(303, posted.statusCode(), posted.body());
            HttpResponse<String> repeated = ann.submit("/diary/" + DAY, "/diary/" + DAY + "/entries", form);
            assertEquals(303, repeated.statusCode(), repeated.body());
            String notice = URLDecoder.decode(repeated.headers().firstValue("Location").orElseThrow(),
                    StandardCharsets.UTF_8);
            assertTrue(notice.contains("Already added Apple pie"), notice);
            assertEquals(2, entries(ann, DAY));
            // the form's id, sent again through the API, is the same entry too
            assertEquals(200, ann.json("POST", "/api/v1/diary/entries", "{\"date\":\"" + DAY
                    + "\",\"kcal\":150,\"clientId\":\"" + formId + "\"}", csrf).statusCode());
            assertEquals(2, entries(ann, DAY));

            // a deleted entry is not logged again by a late retry
            long firstId = JSON.readTree(first.body()).get("id").asLong();
            assertEquals(204, ann.json("DELETE", "/api/v1/diary/entries/" + firstId, null, csrf).statusCode());
            assertEquals(200, ann.json("POST", "/api/v1/diary/entries", body, csrf).statusCode());
            assertEquals(1, entries(ann, DAY));

            // another user's identical client id is another entry
            SignedInUser bob = SignedInUser.signUp(app, "bob");
            HttpResponse<String> bobs = bob.json("POST", "/api/v1/diary/entries", body, bob.csrf());
            assertEquals(201, bobs.statusCode(), bobs.body());
            assertTrue(JSON.readTree(bobs.body()).get("id").asLong() != firstId);
            assertEquals(1, entries(bob, DAY));
            assertEquals(1, entries(ann, DAY));

            // a client id that is not one names the field, nothing written
            HttpResponse<String> bad = ann.json("POST", "/api/v1/diary/entries", "{\"date\":\"" + DAY
                    + "\",\"kcal\":10,\"clientId\":\"not an id; drop table\"}", csrf);
            assertEquals(400, bad.statusCode());
            assertEquals("clientId", JSON.readTree(bad.body()).get("field").asText());
            assertEquals(1, entries(ann, DAY));
        }
    }

    private static int entries(SignedInUser u, String day) throws Exception {
        JsonNode json = JSON.readTree(u.get("/api/v1/diary/days/" + day).body());
        return json.get("totals").get("entries").asInt();
    }
}
