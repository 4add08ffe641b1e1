package org.openplate.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/** The "get started" card on today's diary, on both databases: steps, short forms, done and dismissed. */
class GetStartedHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Today's diary page, following the /diary redirect. */
    private static String today(HttpSession s) {
        HttpResponse<String> r = s.get("/diary");
        assertEquals(303, r.statusCode());
        return s.get(r.headers().firstValue("Location").orElseThrow()).body();
    }

    private static HttpSession calculatorSignUp(TestApp app, String email) {
        HttpSession s = new HttpSession(app);
        Map<String, String> f = new LinkedHashMap<>(Map.of("units", "us", "sex", "female", "heightFt", "5",
                "heightIn", "4", "weight", "150", "age", "35", "activity", "light", "goal", "lose-1"));
        f.put("email", email);
        f.put("password", SignedInUser.PASSWORD);
        f.put("confirmPassword", SignedInUser.PASSWORD);
        HttpResponse<String> r = s.submit("/signup", "/signup", f);
        assertEquals(303, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").startsWith("/diary"), "lands on the diary");
        return s;
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aPlainSignUpIsAskedOnlyForTheMissingProfileFieldsAndTheProfileStepReturnsToTheDiary(TestDb db) {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser u = SignedInUser.signUp(app, "plain");
            String page = today(u.http());
            assertTrue(page.contains("id=\"get-started\""), "a new account sees the card");
            assertTrue(page.contains("id=\"start-profile\""));
            for (String field : new String[] {"name=\"sex\"", "name=\"birthDate\"", "name=\"heightFt\"",
                "id=\"start-profile-weight\""}) {
                assertTrue(page.contains(field), field);
            }
            HttpResponse<String> saved = u.http().submit("/profile", "/profile", Map.of("sex", "male",
                    "birthDate", "1980-02-03", "next", "/diary#get-started"));
            assertEquals(303, saved.statusCode());
            assertEquals("/diary?notice=Profile%20saved.#get-started", saved.headers().firstValue("Location").orElse(""));
            String after = today(u.http());
            assertFalse(after.contains("name=\"sex\""), "sex is known now");
            assertFalse(after.contains("name=\"birthDate\""), "so is the birth date");
            assertTrue(after.contains("name=\"heightFt\""), "height is still asked");

            HttpResponse<String> away = u.http().submit("/profile", "/profile", Map.of("sex", "male",
                    "next", "https://evil.example/"));
            assertEquals("/profile?notice=Profile%20saved.", away.headers().firstValue("Location").orElse(""),
                    "only a local next path is followed");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void theWeightStepIsPrefilledFromSignUpAndLoggingItChangesTodaysWeighInInsteadOfAddingOne(TestDb db)
            throws Exception {
        try (TestApp app = TestApp.start(db)) {
            HttpSession s = calculatorSignUp(app, "card" + System.nanoTime() + "@example.org");
            String page = today(s);
            assertTrue(page.contains("id=\"get-started\""));
            assertFalse(page.contains("id=\"start-profile\""), "the calculator gave every profile field");
            assertTrue(page.contains("id=\"start-weight-value\" name=\"weight\" inputmode=\"decimal\" required"
                    + " value=\"150\""), "prefilled in lb from sign-up");

            HttpResponse<String> bad = s.submit("/profile", "/start/weight", Map.of("weight", "2000"));
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("between 56 and 881 lb"), bad.body());

            HttpResponse<String> logged = s.submit("/profile", "/start/weight", Map.of("weight", "149.5"));
            assertEquals(303, logged.statusCode());
            JsonNode items = JSON.readTree(s.get("/api/v1/weights").body()).get("items");
            assertEquals(1, items.size(), "today's weigh-in from sign-up was changed, not doubled: " + items);
            assertEquals(149.5 * 0.45359237, items.get(0).get("weightKg").asDouble(), 0.01);
            String after = today(s);
            assertFalse(after.contains("id=\"start-weight\""), "the weight step is done");
            assertTrue(after.contains("2 of 4 done"), "profile and weight");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aDismissedCardStaysGoneOnEveryDeviceAndACompletedOneDisappears(TestDb db) {
        try (TestApp app = TestApp.start(db)) {
            String email = "dismiss" + System.nanoTime() + "@example.org";
            HttpSession laptop = calculatorSignUp(app, email);
            assertEquals(303, laptop.submit("/profile", "/start/dismiss", Map.of()).statusCode());
            assertFalse(today(laptop).contains("id=\"get-started\""));
            HttpSession phone = new HttpSession(app);
            assertEquals(303, phone.signIn(email, SignedInUser.PASSWORD).statusCode());
            assertFalse(today(phone).contains("id=\"get-started\""), "stored with the account, not in a cookie");

            HttpSession other = calculatorSignUp(app, "done" + System.nanoTime() + "@example.org");
            String day = other.get("/diary").headers().firstValue("Location").orElseThrow().replace("/diary/", "");
            String meal = today(other).replaceAll("(?s).*?id=\"meal-(\\d+)\".*", "$1");
            assertEquals(303, other.submit("/profile", "/diary/" + day + "/entries", Map.of("mealId", meal, "kcal", "250",
                    "name", "Toast")).statusCode());
            assertEquals(303, other.submit("/profile", "/start/weight", Map.of("weight", "150")).statusCode());
            assertTrue(today(other).contains("id=\"get-started\""), "one step left: the reminder");
            assertEquals(303, other.submit("/notifications", "/notifications/preferences",
                    Map.of("foodReminderTime", "19:30", "foodReminder", "on")).statusCode());
            assertFalse(today(other).contains("id=\"get-started\""), "every step done: the card is gone");
        }
    }
}
