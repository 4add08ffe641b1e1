package org.openplate.web.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules every corpus answer is held to; each broken rule is one problem line "rule: request → answer". */
final class CorpusChecks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SHAPE = Set.of("error", "message", "field");

    /** Fields reported for one another: a group of alternatives or a combined rule. */
    private static final Map<String, Set<String>> RELATED = Map.of(
            "weight", Set.of("weight", "weightKg", "weightLb"),
            "weightKg", Set.of("weight", "weightKg", "weightLb"),
            "weightLb", Set.of("weight", "weightKg", "weightLb"),
            "heightCm", Set.of("height", "heightCm", "heightFt", "heightIn"),
            // three shares that must add up to 100: a wrong sum or a missing share is about the group
            "carbsPct", Set.of("carbsPct", "proteinPct", "fatPct"),
            "proteinPct", Set.of("carbsPct", "proteinPct", "fatPct"),
            "fatPct", Set.of("carbsPct", "proteinPct", "fatPct"));

    private final List<String> problems = new ArrayList<>();
    private int sent;

    void check(Operations.Op op, String where, HttpResponse<String> r, String field, ApiCorpusTest.Expect expect) {
        sent++;
        int status = r.statusCode();
        String answer = " → " + status + " " + shorten(r.body());
        if (status >= 500) {
            problems.add("5xx: " + where + answer);
            return;
        }
        if (expect == ApiCorpusTest.Expect.NOT_FOUND && status != 404) {
            problems.add("foreign id not 404: " + where + answer);
        }
        if (expect == ApiCorpusTest.Expect.REFUSED && status < 400 && usesForeign(r.body(), field, where)) {
            problems.add("foreign id accepted: " + where + answer);
        }
        if (status < 400) {
            return;
        }
        if (!op.statuses().contains(status)) {
            problems.add("undocumented status: " + where + answer);
        }
        JsonNode body;
        try {
            body = r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")
                    ? JSON.readTree(r.body()) : null;
        } catch (Exception e) {
            body = null;
        }
        if (body == null || !body.isObject() || !body.path("error").isTextual() || body.path("error").asText().isEmpty()
                || !body.path("message").isTextual() || body.path("message").asText().isBlank()
                || !(body.path("field").isMissingNode() || body.path("field").isNull() || body.path("field").isTextual())) {
            problems.add("not the JSON error shape: " + where + answer);
            return;
        }
        body.fieldNames().forEachRemaining(n -> {
            if (!SHAPE.contains(n)) {
                problems.add("not the JSON error shape: " + where + answer);
            }
        });
        if (status == 400 && field != null && body.path("field").isTextual()) {
            String named = body.get("field").asText();
            if (!named.equals(field) && !named.startsWith(field + "[") && !named.startsWith(field + ".")
                    && !RELATED.getOrDefault(field, Set.of()).contains(named)) {
                problems.add("wrong field: " + where + answer);
            }
        }
    }

    /** True when a successful answer refers to the other user's object given in {@code field}. */
    private static boolean usesForeign(String body, String field, String where) {
        String foreign = where.replaceAll(".*another user's (\\d+)].*", "$1");
        try {
            JsonNode n = JSON.readTree(body);
            String key = field.endsWith("MealId") ? "mealId" : field;
            return n.path(key).asText().equals(foreign) || body.contains("\"" + key + "\":" + foreign + ",");
        } catch (Exception e) {
            return true;
        }
    }

    void noAnswer(String where, Throwable cause) {
        sent++;
        problems.add("no answer: " + where + " → " + cause);
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 220 ? one.substring(0, 220) + "…" : one;
    }

    List<String> problems() {
        return problems;
    }

    int sent() {
        return sent;
    }
}
