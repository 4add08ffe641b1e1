package org.openplate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/** The reports page on both databases: charts, their tables, downloads, unknown days left out. */
class ReportPagesHttpTest {

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void chartsAndTables(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser s = SignedInUser.signUp(app, "r");
            String csrf = s.csrf();
            assertEquals(200, s.json("PATCH", "/api/v1/profile", "{\"sex\":\"female\",\"birthDate\":\"1990-01-01\","
                    + "\"heightCm\":165,\"weightKg\":65}", csrf).statusCode());
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            // 100 g protein, 100 g carbohydrate, 0 fat → 50 % / 50 % / 0 % of macro energy
            assertEquals(201, s.json("POST", "/api/v1/diary/entries", "{\"date\":\"" + today + "\",\"kcal\":800,"
                    + "\"protein\":100,\"carbs\":100,\"fat\":0}", csrf).statusCode());
            String page = s.get("/reports?range=7").body();
            assertTrue(page.contains("1 of 7 days have food logged"), "unlogged days are unknown, not zero");
            assertTrue(page.contains("<td>" + org.openplate.units.Dates.day(today) + "</td><td class=\"n\">800</td>"), "calories table");
            assertTrue(page.contains("<td class=\"n\">50 %</td><td class=\"n\">50 %</td><td class=\"n\">0 %</td>"),
                    "macro split table");
            assertTrue(page.contains("id=\"coverage-report\"") && page.contains("<svg"));
            HttpResponse<String> svg = s.get("/reports/calories.svg?range=7");
            assertEquals(200, svg.statusCode());
            assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
            assertTrue(svg.body().startsWith("<svg") && svg.body().contains("<rect class=\"bar series-eaten tone-1\""),
                    svg.body());
            // a downloaded file has no page stylesheet and a <style> would be blocked by CSP: colours are attributes
            assertTrue(svg.body().contains("fill=\"" + org.openplate.chart.Paint.LIGHT.get(0) + "\""), svg.body());
            for (String markup : new String[] {page, svg.body()}) {
                assertTrue(!markup.contains("<style") && !markup.contains(" style="), "no inline styles (CSP style-src 'self')");
            }
            assertTrue(page.contains("class=\"chart chart-compact chart-macros\"")
                    && page.contains("class=\"chart chart-wide chart-macros\""), "a drawing per screen class");
            assertEquals(404, s.get("/reports/nope.svg").statusCode());
        }
    }
}
