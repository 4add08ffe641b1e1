package org.openplate.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.energy.MetCalories;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * The exercise page's log forms on both databases: every "Log" returns to the day's list with a notice, the
 * back-care check-in is optional and prefilled, a pain rise of 2 points notifies with the article's advice,
 * and each activity shows its calories for the default duration before logging.
 */
class ExerciseLogPagesHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DAY = "2026-11-20";
    private static final String PAGE = "/exercise/" + DAY;
    private static final String STRETCHING = "02101";

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void stretchingWithoutACheckInAndPainRisesThatNotify(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser s = SignedInUser.signUp(app, "exlog");
            assertEquals(200, s.json("PATCH", "/api/v1/profile", "{\"weightKg\":70}", s.csrf()).statusCode());

            // no check-in ticked: the session is logged without one, back on the day's list with a notice
            HttpResponse<String> plain = log(s, Map.of("checkInForm", "optional", "painBefore", "", "painAfter", "",
                    "holdSeconds", "30", "effort", "mild"));
            assertEquals(303, plain.statusCode(), plain.body());
            String to = location(plain);
            assertTrue(to.startsWith(PAGE + "?notice="), to);
            assertTrue(to.endsWith("#notice"), to);
            double kcal = 2.3 * 3.5 * 70 / 200 * 15;
            assertTrue(to.contains("Logged Stretching, mild, 15 min · " + Math.round(kcal) + " kcal"), to);
            JsonNode day = JSON.readTree(s.get("/api/v1/exercise/days/" + DAY).body());
            assertTrue(day.get("entries").get(0).path("checkIn").isMissingNode()
                    || day.get("entries").get(0).path("checkIn").isNull(), day.toString());

            // a first check-in 3 → 4 (a rise of 1): logged, no notification, prefilled next time
            HttpResponse<String> first = log(s, Map.of("checkInForm", "optional", "checkIn", "yes",
                    "painBefore", "3", "painAfter", "4", "holdSeconds", "25", "effort", "strong", "areas", "hips"));
            assertTrue(location(first).startsWith(PAGE + "?notice="), location(first));
            assertEquals(0, feed(s).get("items").size(), "a rise of 1 point is not worth a notification");
            String page = s.get(PAGE + "?q=stretching").body();
            assertTrue(page.contains("name=\"painBefore\" type=\"number\" min=\"0\" max=\"10\" value=\"3\""), page);
            assertTrue(page.contains("name=\"painAfter\" type=\"number\" min=\"0\" max=\"10\" value=\"4\""));
            assertTrue(page.contains("value=\"hips\" checked"), "areas prefilled");

            // 4 → 6 during the session: a notification linking the entry and the article, with its advice
            HttpResponse<String> rose = log(s, Map.of("checkInForm", "optional", "checkIn", "yes",
                    "painBefore", "4", "painAfter", "6", "effort", "mild"));
            String roseAt = location(rose);
            assertTrue(roseAt.contains("&logged="), roseAt);
            String landed = s.get(rose.headers().firstValue("Location").orElseThrow().replace("#notice", "")).body();
            assertTrue(landed.contains("id=\"logged-advice\""), "the check-in's advice is summed up on the list");
            JsonNode n = feed(s).get("items").get(0);
            assertEquals("back-care", n.get("kind").asText());
            long entry = Long.parseLong(roseAt.substring(roseAt.indexOf("&logged=") + 8, roseAt.indexOf('#')));
            assertEquals("/exercise/entries/" + entry, n.get("link").asText());
            assertTrue(n.get("body").asText().contains("from 4 to 6"), n.toString());
            assertTrue(n.get("body").asText().contains("mild tension") && n.get("body").asText().contains("20-30"),
                    "the article's advice, not only 'see a doctor'");
            String feedPage = s.get("/notifications").body();
            assertTrue(feedPage.contains("href=\"/articles/back-pain-after-stretching\""), "links the article");
            assertTrue(feedPage.contains("href=\"/exercise/entries/" + entry + "\""), "links the entry");

            // same before and after, but 2 points above the last check-in's "after": notified too
            log(s, Map.of("checkInForm", "optional", "checkIn", "yes", "painBefore", "8", "painAfter", "8"));
            // 8 is severe: the "see a doctor" advice is the one sent for that entry
            assertEquals(2, feed(s).get("items").size());
            log(s, Map.of("checkInForm", "optional", "checkIn", "yes", "painBefore", "1", "painAfter", "1"));
            log(s, Map.of("checkInForm", "optional", "checkIn", "yes", "painBefore", "3", "painAfter", "3"));
            JsonNode latest = feed(s).get("items").get(0);
            assertEquals(3, feed(s).get("items").size(), feed(s).toString());
            assertTrue(latest.get("body").asText().contains("from 1 last time to 3"), latest.toString());

            // a warning sign is never dropped, ticked box or not
            log(s, Map.of("checkInForm", "optional", "painBefore", "2", "painAfter", "2", "redFlags", "tingling"));
            assertEquals("Stop stretching and see a doctor", feed(s).get("items").get(0).get("title").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void resultsShowTheCaloriesForTheDefaultDurationBeforeLogging(TestDb db) {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser s = SignedInUser.signUp(app, "exest");
            assertFalse(s.get(PAGE + "?q=running").body().contains("class=\"estimate\""),
                    "no weight, no estimate (and no made-up figure)");
            assertEquals(200, s.json("PATCH", "/api/v1/profile", "{\"weightKg\":80}", s.csrf()).statusCode());
            String page = s.get(PAGE + "?q=stretching").body();
            long expected = Math.round(MetCalories.kcal(2.3, 80, ExerciseService.DEFAULT_MINUTES, false));
            assertTrue(page.contains("≈ <span class=\"estimate-kcal\">" + expected + "</span> kcal for <span"
                    + " class=\"estimate-min\">30</span> min"), page);
            assertTrue(page.contains("data-kcal-per-min=\"" + MetCalories.kcalPerMinute(2.3, 80, false) + "\""));
            assertTrue(page.contains("src=\"/static/exercise.js\""));

            // net of rest: the estimate follows the user's choice, as the logged figure does
            s.submit(PAGE, "/exercise/settings", Map.of("netOfRest", "true"));
            long net = Math.round(MetCalories.kcal(2.3, 80, ExerciseService.DEFAULT_MINUTES, true));
            assertTrue(s.get(PAGE + "?q=stretching").body().contains("estimate-kcal\">" + net + "<"));
        }
    }

    private static HttpResponse<String> log(SignedInUser s, Map<String, String> checkIn) {
        Map<String, String> form = new HashMap<>(checkIn);
        form.put("kind", "cardio");
        form.put("activityCode", STRETCHING);
        form.put("minutes", "15");
        HttpResponse<String> r = s.submit(PAGE + "?q=stretching", PAGE + "/entries", form);
        assertEquals(303, r.statusCode(), r.body());
        return r;
    }

    private static String location(HttpResponse<String> r) {
        return URLDecoder.decode(r.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8);
    }

    private static JsonNode feed(SignedInUser s) throws Exception {
        return JSON.readTree(s.get("/api/v1/notifications").body());
    }
}
