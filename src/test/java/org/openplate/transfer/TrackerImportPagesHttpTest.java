package org.openplate.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;
import org.openplate.transfer.trackers.TrackerFile;

/** The import page (upload, preview, confirm) and the import API, over HTTP. */
class TrackerImportPagesHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static HttpResponse<String> multipart(HttpSession s, TestApp app, String path, Map<String, String> fields,
                                          List<TrackerFile> files, String csrfHeader) {
        return s.multipart(path, fields, files.stream().map(f -> new HttpSession.Upload("files", f.name(), f.bytes()))
                .toList(), csrfHeader);
    }

    @Test
    void uploadPreviewConfirmAndApi() throws Exception {
        try (TestApp app = TestApp.start(TestDatabases.sqlite())) {
            HttpSession s = new HttpSession(app);
            s.signUp("imp" + System.nanoTime() + "@example.org", "correct horse");
            String csrf = HttpSession.csrfFrom(s.get("/account/import").body());
            List<TrackerFile> files = List.of(TrackerImportServiceTest.MFP_NUTRITION, TrackerImportServiceTest.MFP_WEIGHT);
            HttpResponse<String> uploaded = multipart(s, app, "/account/import", Map.of("_csrf", csrf, "source",
                    "myfitnesspal"), files, null);
            assertEquals(303, uploaded.statusCode(), "POST-redirect-GET: " + uploaded.body());
            HttpResponse<String> preview = s.get("/account/import");
            assertEquals(200, preview.statusCode(), preview.body());
            assertTrue(preview.body().contains("id=\"count-foods\">3<") && preview.body().contains("id=\"count-weights\">2<"),
                    preview.body());
            assertTrue(preview.body().contains("Thu 1 Oct 2026 to Fri 2 Oct 2026"));
            Matcher m = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(preview.body());
            assertTrue(m.find());
            assertTrue(!s.get("/account/import").body().contains("id=\"count-foods\""), "the preview came once");
            HttpResponse<String> confirmed = s.postForm("/account/import/confirm", Map.of("_csrf", csrf, "token",
                    m.group(1)));
            assertEquals(303, confirmed.statusCode());
            HttpResponse<String> done = s.get("/account/import");
            assertTrue(done.body().contains("id=\"import-result\"") && done.body().contains("food: 3"), done.body());
            assertEquals(404, s.postForm("/account/import/confirm", Map.of("_csrf", csrf, "token", m.group(1)))
                    .statusCode(), "a preview is used once");

            // a broken file: the preview lists the problem with file and row, and offers no import
            TrackerFile bad = TrackerImportServiceTest.csv("Measurement-Summary-x.csv", "Date,Weight", "2026-10-03,abc");
            assertEquals(303, multipart(s, app, "/account/import", Map.of("_csrf", csrf, "source",
                    "myfitnesspal"), List.of(bad), null).statusCode());
            HttpResponse<String> problems = s.get("/account/import");
            assertTrue(problems.body().contains("id=\"import-problems\"") && problems.body().contains("row 2"),
                    problems.body());
            assertTrue(!problems.body().contains("id=\"confirm-import\""));
            HttpResponse<String> notExcel = multipart(s, app, "/account/import", Map.of("_csrf", csrf, "source", "myplate"),
                    List.of(TrackerImportServiceTest.csv("MyPlate.xls", "not,excel")), null);
            assertEquals(400, notExcel.statusCode());
            assertTrue(notExcel.body().contains("MyPlate.xls"), notExcel.body());

            // the API: dry run, then import, then nothing new
            List<TrackerFile> cron = List.of(TrackerImportServiceTest.csv("exercises.csv",
                    "Day,Group,Exercise,Minutes,Calories Burned", "2026-10-04,Exercise,Cycling,45,-380"));
            JsonNode dry = JSON.readTree(multipart(s, app, "/api/v1/import/cronometer?dryRun=true", Map.of(), cron, csrf)
                    .body());
            assertEquals(1, dry.get("counts").get("exercises").asInt());
            HttpResponse<String> imported = multipart(s, app, "/api/v1/import/cronometer", Map.of(), cron, csrf);
            assertEquals(201, imported.statusCode(), imported.body());
            assertEquals(1, JSON.readTree(imported.body()).get("added").get("exercise").asInt());
            JsonNode again = JSON.readTree(multipart(s, app, "/api/v1/import/cronometer", Map.of(), cron, csrf).body());
            assertEquals(0, again.get("added").size());
            JsonNode day = JSON.readTree(s.get("/api/v1/exercise/days/2026-10-04").body());
            assertTrue(day.toString().contains("Cycling") && day.toString().contains("380"), day.toString());
            JsonNode err = JSON.readTree(multipart(s, app, "/api/v1/import/fitbit", Map.of(), cron, csrf).body());
            assertEquals("source", err.get("field").asText());
        }
    }
}
