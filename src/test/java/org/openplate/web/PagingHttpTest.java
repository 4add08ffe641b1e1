package org.openplate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/** List endpoints page with limit/offset and a next link; bad paging answers the error shape. */
class PagingHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void followNextThroughAllPages() throws Exception {
        try (TestApp app = TestApp.start(TestDatabases.sqlite())) {
            SignedInUser s = SignedInUser.signUp(app, "page");
            String csrf = s.csrf();
            for (int d = 1; d <= 5; d++) {
                assertEquals(201, s.json("POST", "/api/v1/weights", "{\"date\":\"2026-11-0" + d + "\",\"weight\":\""
                        + (80 + d) + "kg\"}", csrf).statusCode());
            }
            List<Double> seen = new ArrayList<>();
            String next = "/api/v1/weights?from=2026-11-01&limit=2";
            int pages = 0;
            while (next != null) {
                JsonNode page = JSON.readTree(s.get(next).body());
                assertEquals(5, page.get("total").asInt());
                assertEquals("2026-11-01", page.get("from").asText(), "other fields are kept");
                page.get("items").forEach(i -> seen.add(i.get("weightKg").asDouble()));
                next = page.get("next").isNull() ? null : page.get("next").asText();
                assertTrue(next == null || next.contains("from=2026-11-01"), next);
                pages++;
            }
            assertEquals(3, pages);
            assertEquals(List.of(81.0, 82.0, 83.0, 84.0, 85.0), seen.stream().sorted().toList());
            JsonNode bad = JSON.readTree(s.get("/api/v1/weights?limit=0").body());
            assertEquals("limit", bad.get("field").asText());
            assertTrue(bad.get("message").asText().contains("1 to 500"));
            assertEquals(400, s.get("/api/v1/diary/recipes?offset=-1").statusCode());
            assertEquals(0, JSON.readTree(s.get("/api/v1/weights?from=2026-11-01&offset=99").body()).get("items").size());
        }
    }
}
