package org.openplate.diary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import static java.nio.charset.StandardCharsets.UTF_8;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.testing.MutableClock;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;
import org.openplate.transfer.TrackerImportService;
import org.openplate.transfer.TrackerImportServiceTest;

/**
 * The day summary a reading request is served from memory (issue 18) is never older than the user's data:
 * after every kind of change (an entry added, edited or deleted through the API or the add page, a note,
 * water, a meal renamed, a custom food edited, exercise, the profile's goal, the diary settings, a tracker
 * import, a restore), on the instance that made it and on another instance over the same database, and
 * when the date rolls over. A kept day is served as the same bytes a fresh build writes; another user's
 * day is never served from it.
 */
class DayCacheHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DAY = "2026-11-20";
    private static final String DAY_API = "/api/v1/diary/days/" + DAY;
    private static final String OTHER_DAY = "2026-11-19";

    private static JsonNode day(SignedInUser u, TestApp app, String path) throws Exception {
        HttpResponse<String> r = u.send(HttpRequest.newBuilder(URI.create(app.url(path))).GET().build());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> json(SignedInUser u, TestApp app, String method, String path, String body) {
        return u.send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Content-Type", "application/json")
                .header("X-CSRF-Token", u.csrf())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static int entries(JsonNode day) {
        int n = 0;
        for (JsonNode m : day.get("meals")) {
            n += m.get("entries").size();
        }
        return n;
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aKeptDayFollowsEveryChangeOnEitherInstance(TestDb db) throws Exception {
        try (TestApp a = TestApp.start(db); TestApp b = TestApp.start(db)) {
            SignedInUser ann = SignedInUser.signUp(a, "cache");
            long banana = JSON.readTree(ann.get("/api/v1/foods?q=banana&limit=1").body()).get("items").get(0)
                    .get("id").asLong();
            JsonNode meals = JSON.readTree(ann.get("/api/v1/diary/meals").body()).get("items");
            long breakfast = meals.get(0).get("id").asLong();
            long lunch = meals.get(1).get("id").asLong();

            JsonNode empty = day(ann, a, DAY_API);
            assertEquals(0, entries(empty));
            assertEquals(empty, day(ann, b, DAY_API), "the same session on the other instance");
            assertEquals(empty, day(ann, a, DAY_API), "served again while nothing changed");

            // an entry added on a: both instances show it at once
            HttpResponse<String> added = json(ann, a, "POST", "/api/v1/diary/entries", "{\"date\":\"" + DAY
                    + "\",\"mealId\":" + breakfast + ",\"foodId\":" + banana + ",\"amount\":100,\"portion\":\"g\"}");
            assertEquals(201, added.statusCode(), added.body());
            long entry = JSON.readTree(added.body()).get("id").asLong();
            double bananaKcal = JSON.readTree(added.body()).get("kcal").asDouble();
            for (TestApp app : List.of(a, b)) {
                JsonNode d = day(ann, app, DAY_API);
                assertEquals(1, entries(d));
                assertEquals(bananaKcal, d.get("foodKcal").asDouble(), 0.01);
            }

            // edited on b: a shows the new amount
            assertEquals(200, json(ann, b, "PATCH", "/api/v1/diary/entries/" + entry, "{\"amount\":200}").statusCode());
            assertEquals(2 * bananaKcal, day(ann, a, DAY_API).get("foodKcal").asDouble(), 0.02);
            assertEquals(2 * bananaKcal, day(ann, b, DAY_API).get("foodKcal").asDouble(), 0.02);

            // a note and water, on a
            assertEquals(200, json(ann, a, "PUT", DAY_API + "/note", "{\"note\":\"Long walk\"}").statusCode());
            assertEquals(200, json(ann, a, "POST", DAY_API + "/water", "{\"add\":\"250\",\"unit\":\"ml\"}").statusCode());
            for (TestApp app : List.of(a, b)) {
                JsonNode d = day(ann, app, DAY_API);
                assertEquals("Long walk", d.get("note").asText());
                assertEquals(250, d.get("waterMl").asDouble(), 0.01);
            }

            // a meal renamed on b
            assertEquals(200, json(ann, b, "PUT", "/api/v1/diary/meals/" + breakfast, "{\"name\":\"First meal\"}")
                    .statusCode());
            assertEquals("First meal", day(ann, a, DAY_API).get("meals").get(0).get("name").asText());

            // a custom food logged, then edited: the entry's calories follow the food
            long bar = JSON.readTree(json(ann, a, "POST", "/api/v1/foods", "{\"name\":\"Cache bar\",\"servingName\":"
                    + "\"1 bar\",\"servingGrams\":40,\"kcal\":190}").body()).get("id").asLong();
            assertEquals(201, json(ann, a, "POST", "/api/v1/diary/entries", "{\"date\":\"" + DAY + "\",\"mealId\":"
                    + lunch + ",\"foodId\":" + bar + ",\"amount\":1,\"portion\":\"1 bar\"}").statusCode());
            assertEquals(2 * bananaKcal + 190, day(ann, b, DAY_API).get("foodKcal").asDouble(), 0.02);
            HttpResponse<String> edited = json(ann, b, "PUT", "/api/v1/foods/" + bar, "{\"name\":\"Cache bar\","
                    + "\"servingName\":\"1 bar\",\"servingGrams\":40,\"kcal\":210}");
            assertEquals(200, edited.statusCode(), edited.body());
            assertEquals(2 * bananaKcal + 210, day(ann, a, DAY_API).get("foodKcal").asDouble(), 0.02);

            // a recipe logged, then edited on the other instance: the recipe's line follows (days built while
            // nothing changed take the recipe from what the user's standing remembers, not from the database)
            double before = day(ann, a, DAY_API).get("foodKcal").asDouble();
            long oats = JSON.readTree(json(ann, a, "POST", "/api/v1/diary/recipes", "{\"name\":\"Cache oats\","
                    + "\"servings\":2,\"ingredients\":[{\"foodId\":" + bar + ",\"amount\":2,\"portion\":\"1 bar\"}]}")
                    .body()).get("id").asLong();
            for (String date : List.of(DAY, OTHER_DAY, DAY)) {
                assertEquals(201, json(ann, b, "POST", "/api/v1/diary/entries", "{\"date\":\"" + date + "\",\"mealId\":"
                        + lunch + ",\"recipeId\":" + oats + ",\"amount\":1}").statusCode());
            }
            for (TestApp app : List.of(a, b, a, b)) {           // read twice on each: kept, recipe remembered
                assertEquals(before + 2 * 210, day(ann, app, DAY_API).get("foodKcal").asDouble(), 0.02);
                assertEquals(210, day(ann, app, "/api/v1/diary/days/" + OTHER_DAY).get("foodKcal").asDouble(), 0.02);
            }
            // the recipe is read once for all the days built under the same data version, and again after a change
            UserId annUser = new UserId(JSON.readTree(ann.get("/api/v1/me").body()).get("id").asLong());
            java.util.concurrent.atomic.AtomicInteger recipeReads = new java.util.concurrent.atomic.AtomicInteger();
            DiaryRepository real = new JdbiDiaryRepository(a.app().database().jdbi());
            DiaryRepository counting = (DiaryRepository) java.lang.reflect.Proxy.newProxyInstance(
                    DiaryRepository.class.getClassLoader(), new Class<?>[] {DiaryRepository.class}, (proxy, m, args) -> {
                        if (m.getName().equals("recipesById")) {
                            recipeReads.incrementAndGet();
                        }
                        return m.invoke(real, args);
                    });
            DiaryDays counted = new DiaryDays(counting, a.app().foods(), a.app().features().profile().profiles(),
                    a.app().features().profile().goals(), ExerciseCalories.NONE,
                    uid -> a.app().database().versions().of(uid.value()), 10);
            java.util.function.Function<DayView, byte[]> render = v -> rendered(a, v).getBytes(UTF_8);
            counted.keptDay(annUser, -1, LocalDate.parse(DAY), "date", render);
            counted.keptDay(annUser, -1, LocalDate.parse(OTHER_DAY), "date", render);
            assertEquals(1, recipeReads.get(), "two days with the recipe, one read");
            a.app().database().versions().raise(annUser.value());
            counted.keptDay(annUser, -1, LocalDate.parse(OTHER_DAY), "date", render);
            assertEquals(2, recipeReads.get(), "the user's version moved: read again");

            // the recipe now made with bananas: what each instance serves is what a fresh build gives, and not
            // the bar's figures any more
            assertEquals(200, json(ann, b, "PUT", "/api/v1/diary/recipes/" + oats, "{\"name\":\"Cache oats\","
                    + "\"servings\":2,\"ingredients\":[{\"foodId\":" + banana + ",\"amount\":160,\"portion\":\"g\"}]}")
                    .statusCode());
            for (String date : List.of(DAY, OTHER_DAY)) {
                double fresh = a.app().features().diary().days().day(annUser, LocalDate.parse(date)).budget().foodKcal();
                for (TestApp app : List.of(a, b)) {
                    double served = day(ann, app, "/api/v1/diary/days/" + date).get("foodKcal").asDouble();
                    assertEquals(fresh, served, 0.02, date);
                    assertNotEquals(date.equals(DAY) ? before + 2 * 210 : 210, served, 0.5, "the recipe's edit is served");
                }
            }
            for (String date : List.of(DAY, OTHER_DAY)) {
                JsonNode d = day(ann, a, "/api/v1/diary/days/" + date);
                for (JsonNode m : d.get("meals")) {
                    for (JsonNode e : m.get("entries")) {
                        if (e.get("recipeId").isNumber()) {
                            assertEquals(204, json(ann, b, "DELETE", "/api/v1/diary/entries/" + e.get("id").asLong(), null)
                                    .statusCode());
                        }
                    }
                }
            }
            assertEquals(before, day(ann, a, DAY_API).get("foodKcal").asDouble(), 0.02);

            // exercise, then the goal: a profile complete enough for one, then a different goal
            assertEquals(201, json(ann, a, "POST", "/api/v1/exercise/entries", "{\"date\":\"" + DAY + "\",\"kind\":"
                    + "\"manual\",\"name\":\"Watch says\",\"kcal\":321}").statusCode());
            assertEquals(321, day(ann, b, DAY_API).get("exerciseKcal").asDouble(), 0.01);
            assertEquals(200, json(ann, b, "PATCH", "/api/v1/profile", "{\"sex\":\"female\",\"birthDate\":\"1980-05-06\","
                    + "\"heightCm\":165,\"weightKg\":72,\"goal\":\"lose-1\"}").statusCode());
            int losing = day(ann, a, DAY_API).get("goalKcal").asInt();
            assertEquals(200, json(ann, a, "PATCH", "/api/v1/profile", "{\"goal\":\"maintain\"}").statusCode());
            int keeping = day(ann, b, DAY_API).get("goalKcal").asInt();
            assertTrue(keeping > losing, keeping + " kcal to keep the weight, " + losing + " kcal to lose 1 lb a week");
            UserId annId = new UserId(JSON.readTree(ann.get("/api/v1/me").body()).get("id").asLong());
            assertEquals(a.app().features().diary().days().day(annId, LocalDate.parse(DAY)).budget().goalKcal(),
                    keeping, "a fresh build's goal");

            // the diary settings: exercise credit off
            String credit = day(ann, a, DAY_API).get("exerciseCredit").asText();
            String other = credit.equals("none") ? "all" : "none";
            assertEquals(200, json(ann, b, "PUT", "/api/v1/diary/settings", "{\"exerciseCredit\":\"" + other + "\"}")
                    .statusCode());
            assertEquals(other, day(ann, a, DAY_API).get("exerciseCredit").asText());

            // the add page's form post (HTML, not the API), on b
            HttpResponse<String> form = ann.send(HttpRequest.newBuilder(URI.create(b.url("/diary/" + DAY
                    + "/entries/batch"))).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + ann.csrf() + "&mealId=" + lunch + "&item=food%3A"
                            + bar)).build());
            assertTrue(form.statusCode() == 303 || form.statusCode() == 201, form.statusCode() + " " + form.body());
            assertEquals(3, entries(day(ann, a, DAY_API)));

            // deleted on a
            assertEquals(204, json(ann, a, "DELETE", "/api/v1/diary/entries/" + entry, null).statusCode());
            for (TestApp app : List.of(a, b)) {
                assertEquals(2, entries(day(ann, app, DAY_API)));
            }

            // an add with the app's client id (the offline queue's retry-safe add), then its retry
            String withId = "{\"date\":\"" + DAY + "\",\"mealId\":" + lunch + ",\"foodId\":" + banana
                    + ",\"amount\":50,\"portion\":\"g\",\"clientId\":\"cache-" + System.nanoTime() + "\"}";
            assertEquals(201, json(ann, b, "POST", "/api/v1/diary/entries", withId).statusCode());
            for (TestApp app : List.of(a, b)) {
                assertEquals(3, entries(day(ann, app, DAY_API)));
            }
            assertEquals(200, json(ann, a, "POST", "/api/v1/diary/entries", withId).statusCode(), "the retry");
            assertEquals(3, entries(day(ann, b, DAY_API)));
            assertEquals(204, json(ann, a, "DELETE", "/api/v1/diary/entries/" + JSON.readTree(json(ann, a, "POST",
                    "/api/v1/diary/entries", withId).body()).get("id").asLong(), null).statusCode());
            assertEquals(2, entries(day(ann, b, DAY_API)));

            // another user, same date: never ann's day
            SignedInUser bob = SignedInUser.signUp(b, "cache-bob");
            assertEquals(0, entries(day(bob, a, DAY_API)));
            assertEquals(0, entries(day(bob, b, DAY_API)));
            assertEquals(2, entries(day(ann, b, DAY_API)));
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void importsAndRestoresReachAKeptDay(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            SignedInUser ann = SignedInUser.signUp(app, "cache-import");
            UserId u = new UserId(JSON.readTree(ann.get("/api/v1/me").body()).get("id").asLong());
            String imported = "/api/v1/diary/days/2026-10-01";
            assertEquals(0, entries(day(ann, app, imported)));
            new TrackerImportService(app.app().database().jdbi(), JSON, Clock.systemUTC()).importNow(u, "myfitnesspal",
                    List.of(TrackerImportServiceTest.MFP_NUTRITION));
            assertEquals(1120, day(ann, app, imported).get("totals").get("kcal").asDouble(), 0.01,
                    "the import's two meals, not the day kept before it");

            // a restore of another account's export into a third
            SignedInUser cy = SignedInUser.signUp(app, "cache-restore");
            UserId c = new UserId(JSON.readTree(cy.get("/api/v1/me").body()).get("id").asLong());
            assertEquals(0, entries(day(cy, app, imported)));
            ByteArrayOutputStream export = new ByteArrayOutputStream();
            app.app().transfer().export(u, export);
            app.app().transfer().restore(c, "ann.zip", new ByteArrayInputStream(export.toByteArray()));
            assertEquals(1120, day(cy, app, imported).get("totals").get("kcal").asDouble(), 0.01);
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void keptOnlyWhileNothingChangesAndTheSameBytesAsAFreshBuild(TestDb db) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T22:00:00Z"));
        try (TestApp app = TestApp.start(db, clock)) {
            SignedInUser ann = SignedInUser.signUp(app, "cache-same");
            UserId u = new UserId(JSON.readTree(ann.get("/api/v1/me").body()).get("id").asLong());
            long banana = JSON.readTree(ann.get("/api/v1/foods?q=banana&limit=1").body()).get("items").get(0)
                    .get("id").asLong();
            long meal = JSON.readTree(ann.get("/api/v1/diary/meals").body()).get("items").get(0).get("id").asLong();
            assertEquals(201, ann.json("POST", "/api/v1/diary/entries", "{\"date\":\"" + DAY + "\",\"mealId\":" + meal
                    + ",\"foodId\":" + banana + ",\"amount\":1}", ann.csrf()).statusCode());
            DiaryDays days = app.app().features().diary().days();
            LocalDate d = LocalDate.parse(DAY);

            // a kept day is served as a copy of its bytes: what tells it from a rendered one is that nothing rendered
            java.util.concurrent.atomic.AtomicInteger renders = new java.util.concurrent.atomic.AtomicInteger();
            java.util.function.Function<DayView, byte[]> render = v -> {
                renders.incrementAndGet();
                return rendered(app, v).getBytes(UTF_8);
            };
            byte[] once = rendered(renders, () -> days.keptDay(u, -1, d, "date", render).plain(), "a first read");
            byte[] first = rendered(renders, () -> days.keptDay(u, -1, d, "date", render).plain(),
                    "a day read once is not kept: the second read renders it again, and keeps it");
            assertArrayEquals(once, first);
            assertArrayEquals(first, kept(renders, () -> days.keptDay(u, -1, d, "date", render).plain(), "nothing changed"));
            assertArrayEquals(first, kept(renders, () -> days.keptDay(u, -1, null, "date", render).plain(),
                    "today (2026-11-20 in UTC) asked as null"));

            // served as the bytes a fresh build writes, as JSON
            HttpResponse<String> served = ann.get(DAY_API);
            assertEquals("application/json", served.headers().firstValue("Content-Type").orElse(""));
            assertEquals(rendered(app, days.day(u, d)), served.body());
            assertEquals(served.body(), ann.get(DAY_API).body());
            assertEquals("Accept-Encoding", served.headers().firstValue("Vary").orElse(""));
            assertTrue(served.headers().firstValue("Content-Encoding").isEmpty(), "no gzip asked, none sent");
            // kept compressed: a client that accepts gzip gets the kept bytes, once compressed (not twice)
            for (String accepts : List.of("gzip", "gzip, deflate, br, zstd", "br;q=1.0, gzip;q=0.8", "*")) {
                HttpResponse<byte[]> gz = ann.sendBytes(HttpRequest.newBuilder(URI.create(app.url(DAY_API)))
                        .header("Accept-Encoding", accepts).GET().build());
                assertEquals(200, gz.statusCode());
                assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""), accepts);
                assertEquals("application/json", gz.headers().firstValue("Content-Type").orElse(""));
                assertEquals(served.body(), new String(org.openplate.common.Gzip.decompress(gz.body()), UTF_8), accepts);
            }
            for (String refuses : List.of("identity", "gzip;q=0", "br", "*;q=0")) {
                HttpResponse<byte[]> plain = ann.sendBytes(HttpRequest.newBuilder(URI.create(app.url(DAY_API)))
                        .header("Accept-Encoding", refuses).GET().build());
                assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), refuses);
                assertEquals(served.body(), new String(plain.body(), UTF_8), refuses);
            }

            // a change made outside any request (as a command-line import would) raises the version too
            app.app().database().versions().raise(u.value());
            byte[] second = rendered(renders, () -> days.keptDay(u, -1, d, "date", render).plain(), "the user's version moved");
            assertEquals(new String(first, UTF_8), new String(second, UTF_8), "same rows, same day");

            // the version read with the session is the one a reading request goes by: the kept day of the version
            // it names, and no statement of its own (the versions function is not asked)
            long now = app.app().database().versions().of(u.value());
            java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
            DiaryDays counted = new DiaryDays(new JdbiDiaryRepository(app.app().database().jdbi()), app.app().foods(),
                    app.app().features().profile().profiles(), app.app().features().profile().goals(),
                    ExerciseCalories.NONE, uid -> {
                        asked.incrementAndGet();
                        return app.app().database().versions().of(uid.value());
                    }, 10);
            counted.keptDay(u, now, d, "date", render); // read once: not kept yet
            byte[] known = counted.keptDay(u, now, d, "date", render).plain();
            assertArrayEquals(known, kept(renders, () -> counted.keptDay(u, now, d, "date", render).plain(), "the same version"));
            assertEquals(0, asked.get(), "the version came with the session");
            assertArrayEquals(known, kept(renders, () -> counted.keptDay(u, -1, d, "date", render).plain(),
                    "read here, the same version"));
            assertEquals(1, asked.get());
            rendered(renders, () -> counted.keptDay(u, now + 1, d, "date", render).plain(), "a newer version read with the session");

            // the date rolls over in the user's zone: the kept day is not "today" any more
            clock.advance(Duration.ofHours(3));
            rendered(renders, () -> days.keptDay(u, -1, d, "date", render).plain(), "the date rolled over");
            JsonNode tomorrow = JSON.readTree(days.keptDay(u, -1, null, "date", render).plain());
            assertNotEquals(DAY, tomorrow.get("date").asText(), "null is the new today");

            // nothing is kept with keeping off
            DiaryDays off = new DiaryDays(new JdbiDiaryRepository(app.app().database().jdbi()), app.app().foods(),
                    app.app().features().profile().profiles(), app.app().features().profile().goals(),
                    ExerciseCalories.NONE, uid -> 1L, 0);
            rendered(renders, () -> off.keptDay(u, -1, d, "date", render).plain(), "keeping off, a first read");
            rendered(renders, () -> off.keptDay(u, -1, d, "date", render).plain(), "keeping off, a second read");
        }
    }

    /** The day read by {@code read}, asserting that it was rendered for this read. */
    private static byte[] rendered(java.util.concurrent.atomic.AtomicInteger renders,
                                   java.util.function.Supplier<byte[]> read, String what) {
        int before = renders.get();
        byte[] json = read.get();
        assertEquals(before + 1, renders.get(), what + ": rendered");
        return json;
    }

    /** The day read by {@code read}, asserting that it was served from what was kept (nothing rendered). */
    private static byte[] kept(java.util.concurrent.atomic.AtomicInteger renders,
                               java.util.function.Supplier<byte[]> read, String what) {
        int before = renders.get();
        byte[] json = read.get();
        assertEquals(before, renders.get(), what + ": served as kept, not rendered");
        return json;
    }

    private static String rendered(TestApp app, DayView view) {
        try {
            return org.openplate.App.objectMapper().writeValueAsString(DiaryJson.day(view));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
