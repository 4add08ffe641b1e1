package org.openplate.web.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;

/**
 * A signed-in user of the corpus with one object of every kind an id can name (custom food, meal,
 * diary entry, recipe, exercise entry, weigh-in, notification, API token), created through the API.
 */
final class CorpusUser {

    private static final ObjectMapper JSON = new ObjectMapper();

    final HttpSession session;
    final String csrf;
    /** Object ids by kind: food, meal, meal2, entry, recipe, exercise, weight, notification, token. */
    final Map<String, Long> ids = new LinkedHashMap<>();

    /** The id of this user's own (current) session, from the sessions list: a string, not a number. */
    String sessionId;

    private final String base;

    private CorpusUser(HttpSession session, String csrf, String base) {
        this.session = session;
        this.csrf = csrf;
        this.base = base;
    }

    static CorpusUser create(TestApp app, String name, LocalDate day) throws Exception {
        HttpSession s = new HttpSession(app);
        HttpResponse<String> up = s.signUp(name + System.nanoTime() + "@example.org", "correct horse battery staple");
        if (up.statusCode() >= 400) {
            throw new AssertionError("sign-up failed: " + up.body());
        }
        CorpusUser u = new CorpusUser(s, HttpSession.csrfFrom(s.get("/profile").body()), app.url(""));
        u.call("PATCH", "/api/v1/profile", "{\"sex\":\"female\",\"birthDate\":\"1985-01-01\",\"heightCm\":170,"
                + "\"weight\":\"72kg\",\"units\":\"metric\",\"timeZone\":\"UTC\"}");
        u.ids.put("food", u.call("POST", "/api/v1/foods", "{\"name\":\"Corpus bar\",\"servingName\":\"1 bar\","
                + "\"servingGrams\":40,\"kcal\":190,\"fatG\":7}").get("id").asLong());
        JsonNode meals = u.call("GET", "/api/v1/diary/meals", null).get("items");
        u.ids.put("meal", meals.get(0).get("id").asLong());
        u.ids.put("meal2", meals.get(1).get("id").asLong());
        u.ids.put("entry", u.call("POST", "/api/v1/diary/entries", "{\"date\":\"" + day + "\",\"mealId\":"
                + u.ids.get("meal") + ",\"foodId\":" + u.ids.get("food") + ",\"amount\":1}").get("id").asLong());
        u.call("POST", "/api/v1/diary/entries", "{\"date\":\"" + day.minusDays(20) + "\",\"mealId\":"
                + u.ids.get("meal") + ",\"foodId\":" + u.ids.get("food") + ",\"amount\":1}");
        u.ids.put("recipe", u.call("POST", "/api/v1/diary/recipes", "{\"name\":\"Corpus oats\",\"servings\":2,"
                + "\"ingredients\":[{\"foodId\":" + u.ids.get("food") + ",\"amount\":1}]}").get("id").asLong());
        u.ids.put("exercise", u.call("POST", "/api/v1/exercise/entries", "{\"date\":\"" + day + "\","
                + "\"activityCode\":\"02101\",\"minutes\":15,\"painBefore\":3,\"painAfter\":7,\"holdSeconds\":50,"
                + "\"effort\":\"painful\",\"areas\":\"lower-back\",\"redFlags\":\"tingling\"}").get("id").asLong());
        u.ids.put("weight", u.call("POST", "/api/v1/weights", "{\"date\":\"" + day + "\",\"weight\":\"72kg\"}")
                .get("id").asLong());
        u.ids.put("notification", u.call("GET", "/api/v1/notifications", null).get("items").get(0).get("id").asLong());
        u.ids.put("token", u.call("POST", "/api/v1/tokens", "{\"name\":\"corpus\",\"scope\":\"read\"}").get("id").asLong());
        u.sessionId = u.call("GET", "/api/v1/sessions", null).get("items").get(0).get("id").asText();
        return u;
    }

    /** The kind of object an id in this path names (by the collection it is under). */
    static String kindOf(String template) {
        if (template.startsWith("/api/v1/foods")) {
            return "food";
        } else if (template.startsWith("/api/v1/diary/entries")) {
            return "entry";
        } else if (template.startsWith("/api/v1/diary/meals")) {
            return "meal";
        } else if (template.startsWith("/api/v1/diary/recipes")) {
            return "recipe";
        } else if (template.startsWith("/api/v1/exercise/entries")) {
            return "exercise";
        } else if (template.startsWith("/api/v1/weights")) {
            return "weight";
        } else if (template.startsWith("/api/v1/notifications")) {
            return "notification";
        } else if (template.startsWith("/api/v1/tokens")) {
            return "token";
        } else if (template.startsWith("/api/v1/sessions")) {
            return "session";
        }
        throw new IllegalArgumentException("no object kind for " + template);
    }

    /** This user's id for an object of the given kind, as it appears in a path. */
    String id(String kind) {
        return kind.equals("session") ? sessionId : Long.toString(ids.get(kind));
    }

    /** The kind of object a body field refers to by id, or null. */
    static String kindOfField(String field) {
        return switch (field) {
            case "foodId" -> "food";
            case "mealId", "fromMealId", "toMealId" -> "meal";
            case "recipeId" -> "recipe";
            default -> null;
        };
    }

    HttpResponse<String> send(HttpRequest.Builder b) {
        return session.send(b.header("X-CSRF-Token", csrf).build());
    }

    JsonNode call(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        HttpResponse<String> r = send(b);
        if (r.statusCode() >= 300) {
            throw new AssertionError("set-up " + method + " " + path + " → " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    String url(String path) {
        return base + path;
    }
}
