package org.openplate.weight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/** The weight import reads RFC 4180 quoting: a quoted field may hold a comma (a decimal comma here). */
class WeightCsvImportHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void quotedFieldsWithCommasImport(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            HttpSession s = new HttpSession(app);
            s.signUp("wcsv" + System.nanoTime() + "@example.org", "correct horse battery");
            String csrf = HttpSession.csrfFrom(s.get("/profile").body());
            LocalDate d = LocalDate.now(ZoneOffset.UTC);
            String csv = "\"date\",\"weight\",\"body fat\"\r\n"
                    + "\"" + d.minusDays(3) + "\",\"80,5 kg\",\"21,5\"\r\n"
                    + d.minusDays(2) + ";\"79,9kg\";20\r\n"
                    + d.minusDays(1) + ",\"79kg\r\n";
            HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/weights/import")))
                    .header("X-CSRF-Token", csrf).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(csv)).build());
            assertEquals(200, r.statusCode(), r.body());
            JsonNode res = JSON.readTree(r.body());
            assertEquals(3, res.get("read").asInt(), res.toString());
            assertEquals(2, res.get("inserted").asInt(), res.toString());
            assertEquals("line 4: A quoted field is never closed (a \" is missing).", res.get("rejected").get(0).asText());
            JsonNode items = JSON.readTree(s.get("/api/v1/weights?from=" + d.minusDays(10)).body()).get("items");
            assertEquals(2, items.size(), items.toString());
            JsonNode first = items.get(0).get("date").asText().equals(d.minusDays(3).toString()) ? items.get(0) : items.get(1);
            JsonNode second = first == items.get(0) ? items.get(1) : items.get(0);
            assertEquals(80.5, first.get("weightKg").asDouble(), 1e-9, items.toString());
            assertEquals(21.5, first.get("bodyFatPct").asDouble(), 1e-9, items.toString());
            assertEquals(79.9, second.get("weightKg").asDouble(), 1e-9, items.toString());
            assertTrue(second.get("bodyFatPct").asDouble() == 20.0, items.toString());
        }
    }

    @Test
    void lineFieldsFollowTheFirstSeparatorOutsideQuotes() {
        assertEquals(List.of("2026-01-01", "80,5", "20"), WeightCsv.fields("2026-01-01;80,5;20"));
        assertEquals(List.of("2026-01-01", "80,5kg"), WeightCsv.fields("\"2026-01-01\",\"80,5kg\""));
        assertEquals(List.of("a", "b"), WeightCsv.fields("a\tb"));
        assertEquals(List.of("", "", "", ""), WeightCsv.fields(";;;"));
        assertEquals("80.5kg", WeightCsv.decimalPoint("80,5kg"));
        assertEquals("1,2,3", WeightCsv.decimalPoint("1,2,3"));
    }
}
