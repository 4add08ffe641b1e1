package org.openplate.web.corpus;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A valid request for each operation, which the corpus then breaks one input at a time: path values,
 * query parameters (those marked optional-alternative are left out of the baseline) and JSON bodies.
 */
final class Baselines {

    /** Query parameters that are alternatives to the baseline's and are only sent when mutated. */
    private static final Set<String> ALTERNATIVES = Set.of("barcode", "heightCm", "heightFt", "heightIn",
            "weightKg", "weightLb", "units", "bodyFat", "equation");

    private final CorpusUser user;
    private final LocalDate day;

    Baselines(CorpusUser user, LocalDate day) {
        this.user = user;
        this.day = day;
    }

    String path(Operations.Op op, String name) {
        return switch (name) {
            case "id" -> user.id(CorpusUser.kindOf(op.template()));
            case "date" -> day.toString();
            case "code" -> "02101";
            case "barcode" -> "5901234123457";
            case "source" -> "cronometer";
            case "file" -> op.template().startsWith("/api/docs") ? "swagger-ui.css" : "diary-entries.csv";
            default -> throw new IllegalArgumentException(op.key() + ": no baseline for path " + name);
        };
    }

    /** The baseline query value, or null to leave it out. */
    String query(Operations.Op op, String name) {
        if (ALTERNATIVES.contains(name)) {
            return null;
        }
        return switch (name) {
            case "q" -> op.template().contains("exercise") ? "jogging" : "bar";
            case "limit" -> "5";
            case "offset" -> "0";
            case "start" -> day.minusDays(6).toString();
            case "from" -> day.minusDays(30).toString();
            case "to" -> day.plusDays(1).toString();
            case "dryRun" -> "true";
            case "sex" -> "male";
            case "height" -> "5ft10in";
            case "weight" -> "180lb";
            case "age" -> "40";
            case "activity" -> "moderate";
            case "goal" -> "lose-1";
            case "target" -> "170lb";
            case "by" -> day.plusDays(120).toString();
            default -> throw new IllegalArgumentException(op.key() + ": no baseline for query " + name);
        };
    }

    /** The baseline JSON body as field → raw JSON, or null for an operation without a JSON body. */
    Map<String, String> body(Operations.Op op) {
        Map<String, String> b = new LinkedHashMap<>();
        long food = user.ids.get("food");
        long meal = user.ids.get("meal");
        String d = "\"" + day + "\"";
        switch (op.key()) {
            case "POST /api/v1/tokens" -> put(b, "name", "\"corpus\"", "scope", "\"read\"");
            case "PUT /api/v1/profile" -> put(b, "units", "\"metric\"", "timeZone", "\"UTC\"");
            case "PATCH /api/v1/profile" -> put(b, "sex", "\"female\"", "birthDate", "\"1985-01-01\"", "heightCm", "170",
                    "weight", "\"72kg\"", "activity", "\"moderate\"", "goal", "\"lose-0.5\"", "targetWeight", "65",
                    "bodyFat", "30", "carbsPct", "50", "proteinPct", "20", "fatPct", "30", "timeZone", "\"UTC\"");
            case "POST /api/v1/foods", "PUT /api/v1/foods/{id}" -> put(b, "name", "\"Granola bar\"", "brand", "\"Acme\"",
                    "servingName", "\"1 bar\"", "servingGrams", "40", "kcal", "190", "fatG", "7", "carbsG", "29",
                    "proteinG", "4", "sodiumMg", "120");
            case "POST /api/v1/diary/entries" -> put(b, "date", d, "mealId", Long.toString(meal), "foodId",
                    Long.toString(food), "amount", "1", "portion", "\"1 bar\"");
            case "PUT /api/v1/diary/entries/{id}", "PATCH /api/v1/diary/entries/{id}" -> put(b, "amount", "2");
            case "POST /api/v1/diary/copy" -> put(b, "from", d, "to", "\"" + day.minusDays(1) + "\"", "fromMealId",
                    Long.toString(meal), "toMealId", Long.toString(user.ids.get("meal2")));
            case "POST /api/v1/diary/meals" -> put(b, "name", "\"Corpus meal\"");
            case "PUT /api/v1/diary/meals/{id}" -> put(b, "name", "\"Breakfast\"", "move", "0");
            case "PUT /api/v1/diary/days/{date}/note" -> put(b, "note", "\"Long run\"");
            case "POST /api/v1/diary/days/{date}/water" -> put(b, "add", "1", "unit", "\"cups\"");
            case "PUT /api/v1/diary/settings" -> put(b, "exerciseCredit", "\"half\"", "waterUnit", "\"ml\"");
            case "POST /api/v1/diary/recipes", "PUT /api/v1/diary/recipes/{id}" -> put(b, "name", "\"Oats\"",
                    "servings", "2", "notes", "\"Soak\"", "ingredients", "[{\"foodId\":" + food + ",\"amount\":1}]");
            case "POST /api/v1/diary/recipes/from-meal" -> put(b, "date", "\"" + day.minusDays(20) + "\"", "mealId", Long.toString(meal),
                    "name", "\"My breakfast\"");
            case "POST /api/v1/exercise/entries" -> put(b, "date", d, "activityCode", "\"02101\"", "minutes", "15",
                    "painBefore", "2", "painAfter", "2", "holdSeconds", "30", "effort", "\"mild\"", "areas",
                    "\"neck\"");
            case "PUT /api/v1/exercise/settings" -> put(b, "netOfRest", "true");
            case "POST /api/v1/weights", "PUT /api/v1/weights/{id}" -> put(b, "date", "\"" + day.minusDays(3) + "\"",
                    "weight", "\"72kg\"", "bodyFat", "29", "waist", "80");
            default -> {
                return null;
            }
        }
        return b;
    }

    /** A raw (non-JSON) baseline body: Content-Type and text, or null. */
    String[] raw(Operations.Op op) {
        if ("text/csv".equals(op.bodyType())) {
            return new String[] {"text/csv", "date,weight\n" + day.minusDays(9) + ",73kg\n"};
        }
        if ("image/jpeg".equals(op.bodyType())) {
            return new String[] {"image/jpeg", "not a picture"};
        }
        if ("multipart/form-data".equals(op.bodyType())) {
            return multipart("exercises.csv", "Day,Group,Exercise,Minutes,Calories Burned\r\n"
                    + day.minusDays(4) + ",Exercise,Cycling,45,-380\r\n");
        }
        return null;
    }

    static String[] multipart(String filename, String content) {
        String boundary = "----corpus";
        return new String[] {"multipart/form-data; boundary=" + boundary, "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n"};
    }

    private static void put(Map<String, String> b, String... kv) {
        for (int i = 0; i < kv.length; i += 2) {
            b.put(kv[i], kv[i + 1]);
        }
    }
}
