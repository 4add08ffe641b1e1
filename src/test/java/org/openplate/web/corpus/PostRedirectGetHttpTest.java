package org.openplate.web.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.router.ParsedEndpoint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.Role;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * POST-redirect-GET for every HTML form: each POST route the app registers outside {@code /api/} is sent a
 * valid request, and a success must answer 303 (a reload of the page after it then repeats nothing). A new
 * route must be added here, or the test fails.
 */
class PostRedirectGetHttpTest {

    /** Routes that are not form submissions, with the reason. */
    private static final Map<String, String> NOT_FORMS = Map.of(
            "/editor/preview", "the editor's script fetches the rendered preview of the text; it stores nothing");

    /**
     * Routes whose success needs weeks of data this test does not make: here they may refuse with 400 and the
     * message; their successful 303 is checked where that data is made.
     */
    private static final Map<String, String> NEEDS_HISTORY = Map.of(
            "/weight/goal/adaptive", "two weeks of weigh-ins and food; 303 checked in weight/ExpenditureHttpTest");

    private static final String PASSWORD = "correct horse battery staple";

    private record Case(String route, Supplier<HttpResponse<String>> send) {
    }

    private static Set<String> htmlPostRoutes(TestApp app) {
        Set<String> routes = new TreeSet<>();
        for (ParsedEndpoint parsed : app.app().javalin().unsafe.internalRouter.allHttpHandlers()) {
            var e = parsed.endpoint;
            if (e.method.name().toUpperCase(Locale.ROOT).equals("POST") && !e.path.startsWith("/api/")) {
                routes.add(e.path);
            }
        }
        routes.removeAll(NOT_FORMS.keySet());
        return routes;
    }

    private static Map<String, String> f(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static HttpResponse<String> post(CorpusUser u, String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", u.csrf);
        return u.session.postForm(path, all);
    }

    private static HttpSession signedUp(TestApp app, String prefix, String[] email) {
        HttpSession s = new HttpSession(app);
        email[0] = prefix + System.nanoTime() + "@example.org";
        assertEquals(303, s.signUp(email[0], PASSWORD).statusCode());
        return s;
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static String group(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertTrue(m.find(), "no " + regex + " in " + html);
        return m.group(1);
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void everySuccessfulHtmlFormPostAnswers303(TestDb db) throws Exception {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        try (TestApp app = TestApp.start(db)) {
            CorpusUser me = CorpusUser.create(app, "prg", day);
            String d = "/diary/" + day;
            long food = me.ids.get("food");
            long meal = me.ids.get("meal");
            long recipe = me.ids.get("recipe");
            long extraFood = me.call("POST", "/api/v1/foods", "{\"name\":\"Spare bar\",\"servingName\":\"1 bar\","
                    + "\"servingGrams\":40,\"kcal\":190}").get("id").asLong();
            long extraMeal = me.call("POST", "/api/v1/diary/meals", "{\"name\":\"Spare\"}").get("id").asLong();
            String[] email = new String[1];
            String[] admin = new String[1];
            HttpSession adminSession = signedUp(app, "prgadmin", admin);
            app.app().accounts().grantRole(admin[0], Role.ADMIN);
            app.app().accounts().grantRole(admin[0], Role.EDITOR);
            String adminCsrf = HttpSession.csrfFrom(adminSession.get("/profile").body());

            List<Case> cases = new ArrayList<>();
            cases.add(new Case("/profile", () -> post(me, "/profile", f("units", "metric", "weight", "71"))));
            cases.add(new Case("/profile/goal", () -> post(me, "/profile/goal", f("sex", "female", "height", "170cm",
                    "weight", "71kg", "age", "40", "activity", "light", "goal", "maintain"))));
            cases.add(new Case("/start/weight", () -> post(me, "/start/weight", f("weight", "71"))));
            cases.add(new Case("/start/dismiss", () -> post(me, "/start/dismiss", f())));
            cases.add(new Case("/foods", () -> post(me, "/foods", f("name", "Bar", "servingName", "1 bar",
                    "servingGrams", "40", "kcal", "190"))));
            cases.add(new Case("/foods/{id}", () -> post(me, "/foods/" + food, f("name", "Corpus bar", "servingName",
                    "1 bar", "servingGrams", "40", "kcal", "195"))));
            cases.add(new Case("/foods/{id}/delete", () -> post(me, "/foods/" + extraFood + "/delete", f())));
            cases.add(new Case("/diary/{date}/entries", () -> post(me, d + "/entries", f("mealId", "" + meal,
                    "foodId", "" + food, "amount", "1", "portion", "1 bar"))));
            cases.add(new Case("/diary/{date}/entries/batch", () -> post(me, d + "/entries/batch", f("mealId", "" + meal,
                    "item", "food:" + food, "amount.food:" + food, "2"))));
            cases.add(new Case("/diary/entries/{id}", () -> post(me, "/diary/entries/" + me.ids.get("entry"),
                    f("amount", "2", "portion", "1 bar", "mealId", "" + meal))));
            cases.add(new Case("/diary/entries/{id}/delete", () -> post(me, "/diary/entries/" + me.ids.get("entry")
                    + "/delete", f())));
            cases.add(new Case("/diary/entries/{id}/restore", () -> post(me, "/diary/entries/" + me.ids.get("entry")
                    + "/restore", f())));
            cases.add(new Case("/diary/{date}/copy", () -> post(me, d + "/copy", f("other", day.plusDays(1).toString(),
                    "direction", "to", "mealId", "" + meal))));
            cases.add(new Case("/diary/{date}/note", () -> post(me, d + "/note", f("note", "Long run"))));
            cases.add(new Case("/diary/{date}/water", () -> post(me, d + "/water", f("add", "1", "unit", "cups"))));
            cases.add(new Case("/diary/{date}/meals/{id}/recipe", () -> post(me, d + "/meals/" + meal + "/recipe",
                    f("name", "My meal", "servings", "1"))));
            cases.add(new Case("/diary/meals", () -> post(me, "/diary/meals", f("name", "Elevenses"))));
            cases.add(new Case("/diary/meals/{id}", () -> post(me, "/diary/meals/" + meal, f("name", "Breakfast"))));
            cases.add(new Case("/diary/meals/{id}/move", () -> post(me, "/diary/meals/" + extraMeal + "/move",
                    f("direction", "up"))));
            cases.add(new Case("/diary/meals/{id}/delete", () -> post(me, "/diary/meals/" + extraMeal + "/delete",
                    f())));
            cases.add(new Case("/diary/settings", () -> post(me, "/diary/settings", f("exerciseCredit", "half",
                    "waterUnit", "ml"))));
            cases.add(new Case("/recipes", () -> post(me, "/recipes", f("name", "Oats", "servings", "2"))));
            cases.add(new Case("/recipes/{id}", () -> post(me, "/recipes/" + recipe, f("name", "Oats", "servings",
                    "2", "notes", "Soak"))));
            cases.add(new Case("/recipes/{id}/ingredients", () -> post(me, "/recipes/" + recipe + "/ingredients",
                    f("foodId", "" + food, "amount", "1", "portion", "1 bar"))));
            cases.add(new Case("/recipes/{id}/ingredients/{index}/delete", () -> post(me, "/recipes/" + recipe
                    + "/ingredients/0/delete", f())));
            cases.add(new Case("/recipes/{id}/duplicate", () -> post(me, "/recipes/" + recipe + "/duplicate", f())));
            cases.add(new Case("/recipes/{id}/delete", () -> post(me, "/recipes/" + recipe + "/delete", f())));
            cases.add(new Case("/exercise/settings", () -> post(me, "/exercise/settings", f("netOfRest", "on"))));
            cases.add(new Case("/exercise/{date}/entries", () -> post(me, "/exercise/" + day + "/entries",
                    f("kind", "cardio", "activityCode", "02101", "minutes", "15"))));
            cases.add(new Case("/exercise/entries/{id}/delete", () -> post(me, "/exercise/entries/"
                    + me.ids.get("exercise") + "/delete", f())));
            cases.add(new Case("/weight", () -> post(me, "/weight", f("date", day.minusDays(5).toString(),
                    "weight", "72kg"))));
            cases.add(new Case("/weight/import", () -> post(me, "/weight/import", f("csv", "date,weight\n"
                    + day.minusDays(6) + ",72kg\n"))));
            cases.add(new Case("/weight/goal/adaptive", () -> post(me, "/weight/goal/adaptive", f())));
            cases.add(new Case("/weight/goal/formula", () -> post(me, "/weight/goal/formula", f())));
            cases.add(new Case("/weight/{id}/delete", () -> post(me, "/weight/" + me.ids.get("weight") + "/delete",
                    f())));
            cases.add(new Case("/notifications/preferences", () -> post(me, "/notifications/preferences",
                    f("foodReminderTime", "19:30", "weighInReminder", "on"))));
            cases.add(new Case("/notifications/{id}/read", () -> post(me, "/notifications/"
                    + me.ids.get("notification") + "/read", f())));
            cases.add(new Case("/notifications/read-all", () -> post(me, "/notifications/read-all", f())));
            cases.add(new Case("/account/tokens", () -> post(me, "/account/tokens", f("name", "phone", "scope",
                    "read"))));
            cases.add(new Case("/account/tokens/{id}/revoke", () -> post(me, "/account/tokens/"
                    + me.ids.get("token") + "/revoke", f())));
            cases.add(new Case("/account/import", () -> me.session.multipart("/account/import",
                    f("_csrf", me.csrf, "source", "myfitnesspal"), List.of(new HttpSession.Upload("files",
                            "Measurement-Summary-2026-10-01-to-2026-10-02.csv",
                            "Date,Weight\n2026-10-01,72\n".getBytes(StandardCharsets.UTF_8))), null)));
            cases.add(new Case("/account/import/confirm", () -> post(me, "/account/import/confirm", f("token",
                    group(me.session.get("/account/import").body(), "name=\"token\" value=\"([^\"]+)\"")))));
            cases.add(new Case("/account/data/restore", () -> {
                byte[] zip = me.session.sendBytes(HttpRequest.newBuilder(URI.create(app.url(
                        "/account/data/openplate-export.zip"))).GET().build()).body();
                return me.session.multipart("/account/data/restore", f("_csrf", me.csrf),
                        List.of(new HttpSession.Upload("file", "openplate-export.zip", zip)), null);
            }));
            cases.add(new Case("/editor", () -> adminSession.postForm("/editor", f("_csrf", adminCsrf, "slug",
                    "prg-test", "title", "Sleep", "summary", "Why a short night makes you hungry.", "tags", "sleep", "features", "diary", "body",
                    "Some text."))));
            cases.add(new Case("/editor/{id}", () -> adminSession.postForm("/editor/" + group(adminSession
                    .get("/editor").body(), "href=\"/editor/(\\d+)\""), f("_csrf", adminCsrf, "slug", "prg-test",
                    "title", "Sleep", "summary", "Why a short night makes you hungry.", "tags", "sleep", "features", "diary", "body", "More text.",
                    "action", "save"))));
            cases.add(new Case("/editor/images", () -> {
                try {
                    return adminSession.multipart("/editor/images", f("_csrf", adminCsrf),
                            List.of(new HttpSession.Upload("image", "hero.png", png())), null);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
            cases.add(new Case("/admin/foods/import", () -> adminSession.multipart("/admin/foods/import",
                    f("_csrf", adminCsrf, "format", "csv"), List.of(new HttpSession.Upload("files", "foods.csv",
                            ("name,kcal,serving_grams\nPrg bar,190,40\n").getBytes(StandardCharsets.UTF_8))), null)));
            cases.add(new Case("/account/sessions/{id}/end", () -> {
                HttpSession other = new HttpSession(app);
                other.signIn(admin[0], PASSWORD);
                String id = me.session.get("/account/sessions").body().isEmpty() ? "" : group(adminSession
                        .get("/account/sessions").body(), "action=\"/account/sessions/([^/\"]+)/end\"");
                return adminSession.postForm("/account/sessions/" + id + "/end", f("_csrf", adminCsrf));
            }));
            cases.add(new Case("/account/sessions/others/end", () -> adminSession.postForm(
                    "/account/sessions/others/end", f("_csrf", adminCsrf))));
            cases.add(new Case("/account/forgot", () -> new HttpSession(app).submit("/signin",
                    "/account/forgot", f("email", "nobody@example.org"))));
            cases.add(new Case("/account/reset", () -> {
                String link = app.app().features().account().resets().linkFor(admin[0]);
                return new HttpSession(app).submit("/signin", "/account/reset", f("token",
                        link.substring(link.indexOf("token=") + 6), "password", "violet harbour trumpet 93",
                        "confirmPassword", "violet harbour trumpet 93"));
            }));
            cases.add(new Case("/signup", () -> new HttpSession(app).submit("/signup", "/signup", f("email",
                    "prgnew" + System.nanoTime() + "@example.org", "password", PASSWORD, "confirmPassword",
                    PASSWORD))));
            cases.add(new Case("/account/password", () -> {
                HttpSession s = signedUp(app, "prgpw", email);
                return s.submit("/account", "/account/password", f("currentPassword", PASSWORD, "newPassword",
                        "violet harbour trumpet 93", "confirmPassword", "violet harbour trumpet 93"));
            }));
            cases.add(new Case("/signin", () -> new HttpSession(app).submit("/signin", "/signin", f("email",
                    email[0], "password", "violet harbour trumpet 93"))));
            cases.add(new Case("/signout", () -> {
                HttpSession s = signedUp(app, "prgout", email);
                return s.submit("/account", "/signout", f());
            }));
            cases.add(new Case("/account/delete", () -> {
                HttpSession s = signedUp(app, "prgdel", email);
                return s.submit("/account", "/account/delete", f("confirm", "DELETE", "password", PASSWORD));
            }));

            Set<String> covered = new TreeSet<>();
            cases.forEach(c -> covered.add(c.route()));
            assertEquals(htmlPostRoutes(app), covered, "every HTML POST route is walked (add new ones here)");
            List<String> wrong = new ArrayList<>();
            for (Case c : cases) {
                HttpResponse<String> r;
                try {
                    r = c.send().get();
                } catch (AssertionError e) {
                    wrong.add("POST " + c.route() + ": could not prepare: " + e.getMessage().lines().findFirst()
                            .orElse(""));
                    continue;
                }
                boolean refusedForHistory = NEEDS_HISTORY.containsKey(c.route()) && r.statusCode() == 400
                        && r.body().contains("role=\"alert\"");
                if (r.statusCode() != 303 && !refusedForHistory) {
                    String why = r.body().replaceAll("(?s).*role=\"alert\"[^>]*>([^<]*)<.*", "$1").strip();
                    wrong.add("POST " + c.route() + " → " + r.statusCode() + " "
                            + why.substring(0, Math.min(200, why.length())));
                }
            }
            assertTrue(wrong.isEmpty(), "a successful form POST must answer 303 (POST-redirect-GET):\n  "
                    + String.join("\n  ", wrong));
        }
    }
}
