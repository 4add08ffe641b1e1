package org.openplate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openplate.apiclient.ApiClient;
import org.openplate.apiclient.ApiException;
import org.openplate.apiclient.ApiResponse;
import org.openplate.apiclient.api.AccountApi;
import org.openplate.apiclient.api.DiaryApi;
import org.openplate.apiclient.api.ExerciseApi;
import org.openplate.apiclient.api.FoodsApi;
import org.openplate.apiclient.api.NotificationsApi;
import org.openplate.apiclient.api.ProfileApi;
import org.openplate.apiclient.api.WeightApi;
import org.openplate.apiclient.model.Advice;
import org.openplate.apiclient.model.CalorieGoal;
import org.openplate.apiclient.model.DiaryDay;
import org.openplate.apiclient.model.DiaryEntry;
import org.openplate.apiclient.model.DiaryEntryRequest;
import org.openplate.apiclient.model.Error;
import org.openplate.apiclient.model.ExerciseEntry;
import org.openplate.apiclient.model.ExerciseEntryRequest;
import org.openplate.apiclient.model.Food;
import org.openplate.apiclient.model.FoodSummary;
import org.openplate.apiclient.model.Meal;
import org.openplate.apiclient.model.MealPage;
import org.openplate.apiclient.model.Me;
import org.openplate.apiclient.model.Notification;
import org.openplate.apiclient.model.NotificationPage;
import org.openplate.apiclient.model.Profile;
import org.openplate.apiclient.model.ProfileUpdate;
import org.openplate.apiclient.model.WeighIn;
import org.openplate.apiclient.model.WeighInPage;
import org.openplate.apiclient.model.WeighInRequest;
import org.openplate.apiclient.model.WeightImportResult;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/**
 * A whole journey through the Java client generated from {@code src/main/resources/api/openapi.json}
 * (see the openapi-generator plugin in pom.xml) against the real app, with a personal access
 * token. Answers are read strictly: a property the document does not declare, a value of the wrong
 * type or outside a declared enum fails the test, so the document has to say what the code does.
 */
class ApiClientJourneyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A client for the app, sending the token; unknown properties in answers are errors. */
    static ApiClient client(TestApp app, String token) {
        ApiClient client = new ApiClient();
        ObjectMapper strict = ApiClient.createDefaultObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        client.setObjectMapper(strict);
        client.updateBaseUri(app.url(""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    /** Creates a token with the session (cookie + CSRF header), as the settings page would. */
    static String createToken(HttpSession session, String csrf, String name, String scope) throws Exception {
        HttpResponse<String> r = session.json("POST", "/api/v1/tokens",
                "{\"name\":\"" + name + "\",\"scope\":\"" + scope + "\"}", csrf);
        assertEquals(201, r.statusCode(), r.body());
        String secret = JSON.readTree(r.body()).get("secret").asText();
        assertTrue(secret.startsWith("opt_"), secret);
        return secret;
    }

    @Test
    void wholeJourneyThroughTheGeneratedClient() throws Exception {
        try (TestApp app = TestApp.start(TestDatabases.sqlite())) {
            HttpSession session = new HttpSession(app);
            String email = "client" + System.nanoTime() + "@example.org";
            session.signUp(email, "correct horse");
            String csrf = HttpSession.csrfFrom(session.get("/account/tokens").body());
            String writeToken = createToken(session, csrf, "journey", "write");
            String readToken = createToken(session, csrf, "journey-read", "read");

            ApiClient api = client(app, writeToken);
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            LocalDate day = today.minusDays(1);

            // who am I
            Me me = new AccountApi(api).getMe();
            assertEquals(email, me.getEmail());
            assertEquals(List.of(), me.getRoles());
            assertTrue(me.getId() > 0);

            // the profile, and the same goal from the public calculator
            Profile profile = new ProfileApi(api).patchProfile(new ProfileUpdate()
                    .units(ProfileUpdate.UnitsEnum.METRIC).sex(ProfileUpdate.SexEnum.FEMALE)
                    .birthDate(today.minusYears(35).minusDays(10)).heightCm(165.0).weightKg(70.0)
                    .activity(ProfileUpdate.ActivityEnum.LIGHT).goal(ProfileUpdate.GoalEnum.LOSE_0_5)
                    .targetWeight("64kg").timeZone("UTC"));
            assertEquals(Profile.UnitsEnum.METRIC, profile.getUnits());
            assertEquals(35, profile.getAge());
            assertEquals(70.0, profile.getWeightKg(), 1e-9);
            assertEquals(64.0, profile.getTargetWeightKg(), 1e-9);
            assertNotNull(profile.getCalorieGoal(), "a complete profile has a goal");
            int goal = profile.getCalorieGoal().getDailyGoal();

            CalorieGoal calculated = new ProfileApi(api).calculateCalorieGoal("female", 35, "light", "lose-0.5",
                    "165cm", null, null, null, "70kg", null, null, "metric", null, null);
            assertEquals(goal, calculated.getDailyGoal());
            // Mifflin-St Jeor: 10·70 + 6.25·165 − 5·35 − 161 = 1395.25; × 1.375; − 250 kcal for 0.5 lb/week
            assertEquals(1395, calculated.getBmr());
            assertEquals(Math.round(1395.25 * 1.375) - 250, calculated.getDailyGoal(), 1);
            assertEquals(CalorieGoal.BmiCategoryEnum.OVERWEIGHT, calculated.getBmiCategory(), "70 kg ÷ 1.65² m = 25.7");

            // search foods
            List<FoodSummary> bananas = new FoodsApi(api).searchFoods("banana", null, 5).getItems();
            assertFalse(bananas.isEmpty());
            FoodSummary banana = bananas.get(0);
            assertEquals("Bananas (raw)", banana.getDisplayName());
            assertEquals(89.0, banana.getKcalPer100g(), 1e-9);
            Food detail = new FoodsApi(api).getFood(banana.getId());
            assertTrue(detail.getPortions().stream().anyMatch(p -> p.getName().equals("1 cup, sliced")
                    && p.getGrams() == 150.0), detail.getPortions().toString());

            // meals
            DiaryApi diary = new DiaryApi(api);
            MealPage meals = diary.listMeals(null, null);
            assertEquals(List.of("Breakfast", "Lunch", "Dinner", "Snacks"),
                    meals.getItems().stream().map(Meal::getName).toList());
            assertEquals(4, meals.getTotal());
            assertNull(meals.getNext());
            long breakfast = meals.getItems().get(0).getId();
            long lunch = meals.getItems().get(1).getId();

            // a diary entry and a quick add
            ApiResponse<DiaryEntry> added = diary.addDiaryEntryWithHttpInfo(new DiaryEntryRequest().date(day)
                    .mealId(breakfast).foodId(banana.getId()).amount(2.0).portion("1 cup, sliced"));
            assertEquals(201, added.getStatusCode());
            DiaryEntry entry = added.getData();
            assertEquals(DiaryEntry.KindEnum.FOOD, entry.getKind());
            assertEquals(300.0, entry.getGrams(), 1e-9);
            assertEquals(267.0, entry.getKcal(), 1e-9, "89 kcal/100 g × 300 g");
            DiaryEntry quick = diary.addDiaryEntry(new DiaryEntryRequest().date(day).mealId(lunch).kcal(250.0)
                    .protein(10.0).name("Vending snack"));
            assertEquals(DiaryEntry.KindEnum.QUICK, quick.getKind());
            assertEquals(250.0, quick.getKcal(), 1e-9);
            assertNull(quick.getFoodId());

            // the day's totals
            DiaryDay totals = diary.getDiaryDay(day);
            assertEquals(day, totals.getDate());
            assertEquals(517.0, totals.getTotals().getKcal(), 1e-9);
            assertEquals(2, totals.getTotals().getEntries());
            assertEquals(goal, totals.getGoalKcal());
            assertEquals(goal - 517.0, totals.getRemainingKcal(), 1e-9);
            assertNull(totals.getExerciseKcal(), "no exercise logged yet");
            assertEquals(267.0, totals.getMeals().get(0).getTotals().getKcal(), 1e-9);

            // exercise: a stretch whose pain rose to 8 of 10
            ExerciseApi exercise = new ExerciseApi(api);
            ApiResponse<ExerciseEntry> logged = exercise.addExerciseEntryWithHttpInfo(new ExerciseEntryRequest()
                    .date(day).activityCode("02101").minutes(20.0).painBefore(2).painAfter(8).holdSeconds(30)
                    .effort(ExerciseEntryRequest.EffortEnum.MILD).areas("lower-back"));
            assertEquals(201, logged.getStatusCode());
            ExerciseEntry stretch = logged.getData();
            assertEquals(2.3 * 3.5 * 70 / 200 * 20, stretch.getKcal(), 0.01, "MET × 3.5 × kg ÷ 200 × min");
            assertEquals(ExerciseEntry.KindEnum.CARDIO, stretch.getKind());
            assertNotNull(stretch.getCheckIn());
            assertTrue(stretch.getAdvice().stream().map(Advice::getCode).toList().contains("see-doctor"),
                    stretch.getAdvice().toString());
            DiaryDay withExercise = diary.getDiaryDay(day);
            assertEquals(stretch.getKcal(), withExercise.getExerciseKcal(), 1e-9);
            assertEquals(goal - 517.0 + stretch.getKcal(), withExercise.getRemainingKcal(), 0.01,
                    "exercise is credited in full by default");

            // weigh-ins, paged by following next
            WeightApi weights = new WeightApi(api);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                WeighIn w = weights.addWeighIn(new WeighInRequest().date(today.minusDays(9 - i)).weight((80 - i) + "kg"));
                assertEquals(80.0 - i, w.getWeightKg(), 1e-9);
                ids.add(w.getId());
            }
            WeightImportResult imported = weights.importWeighIns("date,weight\n" + today.minusDays(20) + ",81kg\n"
                    + today.minusDays(19) + ",not a weight\n");
            assertEquals(1, imported.getInserted());
            assertEquals(1, imported.getRejected().size());
            LocalDate from = today.minusDays(15);
            List<Double> seen = new ArrayList<>();
            WeighInPage page = weights.listWeighIns(from, today, 2, null);
            int pages = 1;
            while (true) {
                assertEquals(5, page.getTotal());
                assertEquals(2, page.getLimit());
                assertEquals(from, page.getFrom(), "the endpoint's own fields are kept");
                page.getItems().forEach(w -> seen.add(w.getWeightKg()));
                if (page.getNext() == null) {
                    break;
                }
                Map<String, String> next = query(page.getNext());
                assertTrue(page.getNext().startsWith("/api/v1/weights?"), page.getNext());
                page = weights.listWeighIns(LocalDate.parse(next.get("from")), LocalDate.parse(next.get("to")),
                        Integer.valueOf(next.get("limit")), Integer.valueOf(next.get("offset")));
                pages++;
            }
            assertEquals(3, pages);
            assertEquals(List.of(76.0, 77.0, 78.0, 79.0, 80.0), seen.stream().sorted().toList());
            assertEquals(76.0, new ProfileApi(api).getProfile().getWeightKg(), 1e-9,
                    "the profile follows the latest weigh-in");

            // notifications: the stretch above asked to see a doctor
            NotificationsApi notifications = new NotificationsApi(api);
            NotificationPage feed = notifications.listNotifications(null, null);
            int unread = feed.getUnread();
            assertTrue(unread >= 1, feed.toString());
            Notification backCare = feed.getItems().stream().filter(n -> n.getKind() == Notification.KindEnum.BACK_CARE)
                    .findFirst().orElseThrow(() -> new AssertionError("no back-care notification: " + feed));
            assertEquals("/exercise/entries/" + stretch.getId(), backCare.getLink());
            assertFalse(backCare.getRead());
            assertEquals(204, notifications.markNotificationReadWithHttpInfo(backCare.getId()).getStatusCode());
            assertEquals(unread - 1, notifications.listNotifications(null, null).getUnread());

            // delete a weigh-in; it is gone
            assertEquals(204, weights.deleteWeighInWithHttpInfo(ids.get(0)).getStatusCode());
            ApiException gone = assertThrows(ApiException.class, () -> weights.getWeighIn(ids.get(0)));
            assertEquals(404, gone.getCode());
            assertEquals("not_found", error(api, gone).getError());
            assertEquals(4, weights.listWeighIns(from, today, null, null).getTotal());

            // bad requests answer the Error schema, naming the field; nothing is written
            ApiException heavy = assertThrows(ApiException.class,
                    () -> weights.addWeighIn(new WeighInRequest().date(today).weight("9000kg")));
            assertEquals(400, heavy.getCode());
            Error bad = error(api, heavy);
            assertEquals("bad_input", bad.getError());
            assertEquals("weight", bad.getField());
            assertTrue(bad.getMessage().contains("kg"), bad.getMessage());
            assertEquals(4, weights.listWeighIns(from, today, null, null).getTotal());
            ApiException paging = assertThrows(ApiException.class, () -> weights.listWeighIns(null, null, 0, null));
            assertEquals(400, paging.getCode());
            assertEquals("limit", error(api, paging).getField());

            // a read-only token may read but not write
            ApiClient reader = client(app, readToken);
            assertEquals(email, new AccountApi(reader).getMe().getEmail());
            assertEquals(4, new WeightApi(reader).listWeighIns(from, today, null, null).getTotal());
            ApiException denied = assertThrows(ApiException.class, () -> new WeightApi(reader)
                    .addWeighIn(new WeighInRequest().weight("70kg")));
            assertEquals(403, denied.getCode());
            Error scope = error(reader, denied);
            assertEquals("insufficient_scope", scope.getError());
            assertNull(scope.getField());
            assertEquals(4, weights.listWeighIns(from, today, null, null).getTotal(), "nothing written");
        }
    }

    /** The error body, read with the client's own (strict) mapper into the document's Error model. */
    private static Error error(ApiClient client, ApiException e) throws Exception {
        assertNotNull(e.getResponseBody(), e.toString());
        JsonNode raw = JSON.readTree(e.getResponseBody());
        assertEquals(3, raw.size(), "error, message, field and nothing else: " + raw);
        return client.getObjectMapper().readValue(e.getResponseBody(), Error.class);
    }

    private static Map<String, String> query(String pathAndQuery) {
        Map<String, String> out = new HashMap<>();
        for (String pair : URI.create(pathAndQuery).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
