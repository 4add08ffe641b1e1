package org.openplate.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/** Settings → Your data over HTTP: the zip, the CSV files (checked against the diary), restore by upload. */
class DataPagesHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Map<String, String>> parse(String csv) {
        List<String> lines = List.of(csv.split("\r\n"));
        List<String> head = split(lines.get(0));
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = split(line);
            assertEquals(head.size(), f.size(), line);
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < head.size(); i++) {
                m.put(head.get(i), f.get(i));
            }
            rows.add(m);
        }
        return rows;
    }

    private static List<String> split(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void downloadsMatchTheDiaryAndRestoreByUpload(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            HttpSession ann = new HttpSession(app);
            TransferRoundTripTest.fill(app, ann, "ann" + System.nanoTime() + "@example.org");
            assertTrue(ann.get("/account/data").body().contains("id=\"download-export\""));
            String data = ann.get("/account/data").body();
            assertFalse(data.contains("docs/formats.md") || data.contains("Units are metric"),
                    "no repository paths or bare 'metric' on the page");
            assertTrue(data.contains("Exports use kilograms, centimetres") && data.contains("href=\"/help/formats\""));
            assertFalse(ann.get("/account/import").body().contains("docs/formats.md"));

            List<Map<String, String>> entries = parse(ann.get("/account/data/diary-entries.csv").body());
            assertEquals(7, entries.size());
            JsonNode day = JSON.readTree(ann.get("/api/v1/diary/days/2026-11-01").body());
            double kcal = entries.stream().filter(r -> r.get("date").equals("2026-11-01"))
                    .mapToDouble(r -> Double.parseDouble(r.get("energy_kcal"))).sum();
            assertEquals(day.get("totals").get("kcal").asDouble(), kcal, 0.01, "entries add up to the day's total");
            assertTrue(entries.stream().anyMatch(r -> r.get("name").equals("Vending snack") && r.get("kind").equals("quick")
                    && r.get("fiber_g").isEmpty()), "unknown nutrients are empty, not 0");
            assertTrue(entries.stream().anyMatch(r -> r.get("meal").equals("Midday")));

            List<Map<String, String>> daily = parse(ann.get("/account/data/daily-totals.csv").body());
            assertEquals(3, daily.size());
            Map<String, String> first = daily.get(0);
            assertEquals("2026-11-01", first.get("date"));
            assertEquals(day.get("totals").get("kcal").asDouble(), Double.parseDouble(first.get("energy_kcal")), 0.01);
            assertEquals("500", first.get("water_ml"));
            assertEquals("2", first.get("fiber_missing_entries"), "the quick add and the granola bar lack fiber");

            List<Map<String, String>> weights = parse(ann.get("/account/data/weights.csv").body());
            assertEquals(3, weights.size());
            assertEquals(71.7, Double.parseDouble(weights.get(0).get("weight_kg")), 1e-9);
            assertEquals(71.7 / 0.45359237, Double.parseDouble(weights.get(0).get("weight_lb")), 1e-3);
            assertTrue(!weights.get(2).get("trend_kg").isEmpty());

            List<Map<String, String>> exercise = parse(ann.get("/account/data/exercise.csv").body());
            assertEquals(2, exercise.size());
            assertEquals("6", exercise.get(0).get("pain_after"));
            assertEquals("321", exercise.get(1).get("kcal"));

            assertEquals(404, ann.get("/account/data/passwords.csv").statusCode());
            HttpResponse<byte[]> zip = ann.sendBytes(HttpRequest.newBuilder(URI.create(app.url("/api/v1/export"))).build());
            assertEquals(200, zip.statusCode());
            assertTrue(zip.headers().firstValue("Content-Disposition").orElse("").contains(".zip"));
            HttpSession anon = new HttpSession(app);
            assertEquals(401, anon.get("/api/v1/export").statusCode());

            // restore by upload into a new account
            HttpSession bob = new HttpSession(app);
            bob.signUp("bob" + System.nanoTime() + "@example.org", "correct horse");
            String csrf = HttpSession.csrfFrom(bob.get("/account/data").body());
            HttpResponse<String> posted = upload(bob, app, csrf, "openplate-export.zip", zip.body());
            assertEquals(303, posted.statusCode(), "POST-redirect-GET: " + posted.body());
            HttpResponse<String> restored = bob.get("/account/data");
            assertEquals(200, restored.statusCode(), restored.body());
            assertTrue(restored.body().contains("id=\"restore-result\"") && restored.body().contains("diary entries: 7 added"),
                    restored.body());
            assertTrue(restored.body().contains("profiles: 1 updated"), "bob's sign-up profile took the export's values");
            assertEquals(day.get("totals"), JSON.readTree(bob.get("/api/v1/diary/days/2026-11-01").body()).get("totals"));
            assertEquals(303, upload(bob, app, csrf, "openplate-export.zip", zip.body()).statusCode());
            HttpResponse<String> again = bob.get("/account/data");
            assertTrue(again.body().contains("Restored: 0 records added,") && !again.body().contains(" updated</li>"),
                    "the same export again adds and changes nothing: " + again.body());
            HttpResponse<String> bad = upload(bob, app, csrf, "photo.zip", "not a zip".getBytes(StandardCharsets.UTF_8));
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("photo.zip"), bad.body());
        }
    }

    static HttpResponse<String> upload(HttpSession s, TestApp app, String csrf, String filename, byte[] bytes) {
        return s.multipart("/account/data/restore", Map.of("_csrf", csrf), List.of(new HttpSession.Upload("file",
                filename, bytes)), null);
    }
}
