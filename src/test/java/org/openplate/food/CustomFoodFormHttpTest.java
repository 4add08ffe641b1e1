package org.openplate.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/**
 * The custom-food form reads like a Nutrition Facts label (words, units, label order), and a form with
 * several wrong values shows every one beside its field, in words, with a summary on top.
 */
class CustomFoodFormHttpTest {

    private static final Pattern LABEL = Pattern.compile("<label for=\"[^\"]+\">(.*?)</label>");

    @Test
    void theFormIsLabelledInWordsInTheOrderOfTheLabel() {
        try (TestApp app = TestApp.start(TestDatabases.sqlite())) {
            SignedInUser s = SignedInUser.signUp(app, "label");
            String page = s.get("/foods/new").body();
            List<String> labels = LABEL.matcher(page).results().map(m -> m.group(1).replaceAll("<[^>]+>", ""))
                    .toList();
            for (CustomFoodForm.LabelField f : CustomFoodForm.FIELDS) {
                assertTrue(labels.contains(f.label() + " (" + f.unit() + ")"), f.label() + " in " + labels);
                if (!f.field().equals(f.unit())) { // "kcal" is both a field's name and a unit
                    assertFalse(labels.stream().anyMatch(l -> l.contains(f.field())), f.field() + " shown: " + labels);
                }
            }
            List<String> order = List.of("Serving size", "Serving weight", "Calories", "Total Fat", "Saturated Fat",
                    "Trans Fat", "Cholesterol", "Sodium", "Total Carbohydrate", "Dietary Fiber", "Total Sugars",
                    "Protein", "Calcium", "Iron", "Potassium");
            int last = -1;
            for (String l : order) {
                int at = page.indexOf(">" + l);
                assertTrue(at > last, l + " comes after the row before it");
                last = at;
            }
            assertTrue(page.contains("class=\"field nf-row nf-sub\""), "sub-rows are indented");
            assertTrue(page.contains("<span class=\"unit\" aria-hidden=\"true\">mg</span>"), "units beside inputs");
        }
    }

    @Test
    void everyWrongFieldIsShownAtOnceBesideItsFieldInWords() {
        try (TestApp app = TestApp.start(TestDatabases.sqlite())) {
            SignedInUser s = SignedInUser.signUp(app, "errors");
            Map<String, String> form = new LinkedHashMap<>();
            form.put("name", "Bar");
            form.put("servingGrams", "0");
            form.put("kcal", "");
            form.put("fatG", "lots");
            form.put("cholesterolMg", "-5");
            HttpResponse<String> r = s.submit("/foods/new", "/foods", form);
            assertEquals(400, r.statusCode());
            String body = r.body();
            for (String field : List.of("servingGrams", "kcal", "fatG", "cholesterolMg")) {
                assertTrue(body.contains("aria-invalid=\"true\" aria-describedby=\"" + field + "-error\"")
                        && body.contains("id=\"" + field + "-error\""), field + " marked and described: " + body);
                assertTrue(body.contains("<a href=\"#" + field + "-error\">"), field + " linked from the summary");
            }
            assertTrue(body.contains("role=\"alert\" id=\"form-error\" data-field=\"servingGrams\""), body);
            assertTrue(body.contains("Serving weight must be a number more than 0 and at most 5,000 g per serving."));
            assertTrue(body.contains("Calories is required: from 0 to 10,000 kcal per serving."), body);
            assertTrue(body.contains("Total Fat must be a number from 0 to 1,000 g per serving."), body);
            assertTrue(body.contains("Cholesterol must be a number from 0 to 100,000 mg per serving."), body);
            assertFalse(body.contains("id=\"name-error\""), "a right field has no message");
            assertTrue(body.contains("value=\"lots\""), "what was typed is kept");
            for (String code : List.of("fatG", "cholesterolMg", "servingGrams")) {
                assertFalse(Pattern.compile(">[^<]*\\b" + code + "\\b[^<]*<").matcher(body).find(),
                        code + " appears in the text of the page");
            }
        }
    }

    @Test
    void theApiKeepsItsOneErrorShapeNamingTheFirstWrongField() throws Exception {
        try (TestApp app = TestApp.start(TestDatabases.sqlite())) {
            SignedInUser s = SignedInUser.signUp(app, "api");
            HttpResponse<String> r = s.json("POST", "/api/v1/foods", "{\"name\":\"Bar\",\"servingGrams\":40,"
                    + "\"kcal\":100,\"fatG\":-1,\"sodiumMg\":\"salty\"}", s.csrf());
            assertEquals(400, r.statusCode(), r.body());
            var json = new ObjectMapper().readTree(r.body());
            assertEquals("fatG", json.get("field").asText());
            assertEquals("Total Fat must be a number from 0 to 1,000 g per serving.", json.get("message").asText());
            assertEquals(Set3.SHAPE, Set3.names(json));
        }
    }

    /** The fields of the API's error object. */
    private static final class Set3 {
        static final java.util.Set<String> SHAPE = java.util.Set.of("error", "message", "field");

        static java.util.Set<String> names(com.fasterxml.jackson.databind.JsonNode n) {
            java.util.Set<String> out = new java.util.HashSet<>();
            n.fieldNames().forEachRemaining(out::add);
            return out;
        }
    }
}
