package org.openplate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/**
 * The forms show every wrong field at once, each message beside its field (aria-invalid, described by
 * the message) in sentence case, with a summary on top (role="alert") linking to each message.
 */
class AllErrorsAtOnceHttpTest {

    @Test
    void signUpPasswordChangeAndWeighInShowEveryErrorBesideItsField() {
        try (TestApp app = TestApp.start(TestDatabases.sqlite())) {
            HttpSession visitor = new HttpSession(app);
            Map<String, String> signUp = new LinkedHashMap<>();
            signUp.put("email", "not an address");
            signUp.put("password", "short");
            signUp.put("confirmPassword", "other");
            HttpResponse<String> r = visitor.submit("/signup", "/signup", signUp);
            assertEquals(400, r.statusCode());
            assertAllMarked(r.body(), List.of("email", "password", "confirmPassword"));

            SignedInUser s = SignedInUser.signUp(app, "errors");
            HttpResponse<String> pw = s.submit("/account", "/account/password", Map.of("currentPassword", "x",
                    "newPassword", "short", "confirmPassword", "different"));
            assertEquals(400, pw.statusCode());
            assertAllMarked(pw.body(), List.of("newPassword", "confirmPassword"));

            HttpResponse<String> w = s.submit("/weight", "/weight", Map.of("date", "2999-01-01", "weight", "heavy",
                    "bodyFat", "90"));
            assertEquals(400, w.statusCode());
            assertAllMarked(w.body(), List.of("date", "weight", "bodyFat"));
            assertTrue(w.body().contains("Body fat (%) must be"), "the message names the field in words");

            Map<String, String> profile = new LinkedHashMap<>();
            profile.put("units", "metric");
            profile.put("birthDate", "someday");
            profile.put("weight", "heavy");
            profile.put("timeZone", "Mars/Olympus");
            HttpResponse<String> p = s.submit("/profile", "/profile", profile);
            assertEquals(400, p.statusCode());
            assertAllMarked(p.body(), List.of("birthDate", "weight", "timeZone"));
        }
    }

    @Test
    void theCalculatorShowsEveryWrongFieldBesideItsField() {
        try (TestApp app = TestApp.start(TestDatabases.sqlite())) {
            HttpSession visitor = new HttpSession(app);
            HttpResponse<String> r = visitor.get("/calculator?units=us&sex=female&goal=lose-1&heightFt=5&heightIn=4"
                    + "&weight=2000&age=abc&activity=light&bodyFat=95&equation=mifflin");
            assertEquals(400, r.statusCode());
            assertAllMarked(r.body(), List.of("weight", "age", "bodyFat"));
            assertTrue(r.body().contains("value=\"2000\""), "what was typed stays in the form");
            assertTrue(r.body().contains("<details open>"), "the wrong body fat is not hidden in a closed section");

            HttpResponse<String> noSex = visitor.get("/calculator?units=us&goal=lose-1&heightFt=5&heightIn=4"
                    + "&weight=150&age=30&activity=light");
            assertEquals(400, noSex.statusCode());
            assertTrue(noSex.body().contains("<fieldset aria-describedby=\"sex-error\">"), "the choice is described by its message");
            assertTrue(noSex.body().contains("<p class=\"field-error\" id=\"sex-error\">Sex is required"), noSex.body());
        }
    }

    @Test
    void theArticleEditorShowsEveryWrongFieldBesideItsField() {
        try (TestApp app = TestApp.start(TestDatabases.sqlite())) {
            HttpSession ed = new HttpSession(app);
            ed.signUp("all-errors-editor@example.org", "correct horse battery");
            app.app().accounts().grantRole("all-errors-editor@example.org", org.openplate.account.Role.EDITOR);
            Map<String, String> f = new LinkedHashMap<>();
            f.put("title", "ab");
            f.put("slug", "Bad Slug!");
            f.put("summary", "short");
            f.put("tags", "");
            f.put("features", "");
            f.put("heroImage", "");
            f.put("heroAlt", "");
            f.put("heroCredit", "");
            f.put("body", "Kept body text");
            f.put("action", "save");
            HttpResponse<String> r = ed.submit("/editor/new", "/editor", f);
            assertEquals(400, r.statusCode());
            assertAllMarked(r.body(), List.of("title", "slug", "summary"));
            assertTrue(r.body().contains("Kept body text"), "what was typed stays in the form");
            assertTrue(r.body().contains("Title must be 3 to 150 characters."), r.body());
        }
    }

    private static void assertAllMarked(String body, List<String> fields) {
        assertTrue(body.contains("role=\"alert\" id=\"form-error\" data-field=\"" + fields.get(0) + "\""), body);
        for (String field : fields) {
            String id = FormErrors.messageId(field);
            assertTrue(body.contains("aria-describedby=\"" + id + "\"") || body.contains("-hint " + id + "\""),
                    field + " described by its message");
            assertTrue(body.contains("<p class=\"field-error\" id=\"" + id + "\">"), field + " has its message");
            assertTrue(body.contains("<a href=\"#" + id + "\">"), field + " in the summary");
            String message = body.substring(body.indexOf("id=\"" + id + "\">") + id.length() + 6);
            assertTrue(Character.isUpperCase(message.charAt(0)) || message.startsWith("'"), field + ": sentence case: " + message.substring(0, 40));
        }
        assertEquals(fields.size(), body.split("aria-invalid=\"true\"", -1).length - 1, "only the wrong fields marked");
    }
}
