package org.openplate.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openplate.account.Role;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/** The editor's pages over HTTP: who may use them, validation, CSRF, publishing, uploads and serving images. */
class EditorPagesHttpTest {

    private static Map<String, String> fields(String slug, String title, String body) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("slug", slug);
        f.put("title", title);
        f.put("summary", "Why a short night makes the next day hungrier.");
        f.put("tags", "sleep, appetite");
        f.put("features", "diary");
        f.put("heroImage", "");
        f.put("heroAlt", "");
        f.put("heroCredit", "");
        f.put("body", body);
        return f;
    }

    static HttpResponse<String> upload(HttpSession s, TestApp app, String csrf, String filename, byte[] bytes) {
        return s.multipart("/editor/images", Map.of("_csrf", csrf), java.util.List.of(new HttpSession.Upload("image",
                filename, bytes)), null);
    }

    @Test
    void onlyEditorsSeeTheEditor() {
        try (TestApp app = TestApp.start(TestDatabases.sqlite())) {
            HttpSession anon = new HttpSession(app);
            assertEquals(302, anon.get("/editor").statusCode(), "anonymous visitors are sent to sign in");
            HttpSession reader = new HttpSession(app);
            reader.signUp("reader@example.org", "correct horse battery");
            for (String path : new String[] {"/editor", "/editor/new", "/editor/images", "/editor/1"}) {
                assertEquals(404, reader.get(path).statusCode(), path);
            }
            String csrf = HttpSession.csrfFrom(reader.get("/articles").body());
            Map<String, String> f = fields("sneaky-article", "Sneaky", "Body");
            f.put("_csrf", csrf);
            assertEquals(404, reader.postForm("/editor", f).statusCode());
            assertFalse(reader.get("/articles").body().contains("nav-editor"));
        }
    }

    @Test
    void editorWritesPreviewsPublishesAndReadersFindIt() {
        try (TestApp app = TestApp.start(TestDatabases.sqlite())) {
            HttpSession ed = new HttpSession(app);
            ed.signUp("editor@example.org", "correct horse battery");
            app.app().accounts().grantRole("editor@example.org", Role.EDITOR);
            assertTrue(ed.get("/articles").body().contains("id=\"nav-editor\""));

            // missing CSRF token: refused, nothing written
            assertEquals(403, ed.postForm("/editor", fields("no-token", "No token", "Body")).statusCode());
            // bad input re-renders the form naming the field, with what was typed
            HttpResponse<String> bad = ed.submit("/editor/new", "/editor", fields("Bad Slug!", "Sleep", "Kept text"));
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("data-field=\"slug\"") && bad.body().contains("Slug must be 3 to 80"), bad.body());
            assertTrue(bad.body().contains("Kept text"));
            assertEquals(400, ed.submit("/editor/new", "/editor", fields("short-title", "ab", "Body")).statusCode());

            // live preview: same sanitiser as readers get
            String csrf = HttpSession.csrfFrom(ed.get("/editor/new").body());
            HttpResponse<String> preview = ed.send(HttpRequest.newBuilder(URI.create(app.url("/editor/preview")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-CSRF-Token", csrf)
                    .POST(HttpRequest.BodyPublishers.ofString("body=%23%23+Hi%0A%0A%3Cscript%3Ealert(1)%3C%2Fscript%3E"))
                    .build());
            assertEquals(200, preview.statusCode());
            assertTrue(preview.body().contains("<h2>Hi</h2>"), preview.body());
            ArticleLibraryTest.assertSafe(preview.body());
            HttpResponse<String> payloads = ed.send(HttpRequest.newBuilder(URI.create(app.url("/editor/preview")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-CSRF-Token", csrf)
                    .POST(HttpRequest.BodyPublishers.ofString("body=" + java.net.URLEncoder.encode(
                            String.join("\n\n", ArticleLibraryTest.PAYLOADS), java.nio.charset.StandardCharsets.UTF_8)))
                    .build());
            assertEquals(200, payloads.statusCode());
            ArticleLibraryTest.assertSafe(payloads.body());

            // upload an image, use it as the hero
            byte[] png = TestImages.png(40, 20, 0x2f7d4f);
            HttpResponse<String> up = upload(ed, app, csrf, "hero.png", png);
            assertEquals(303, up.statusCode(), up.body());
            Matcher m = Pattern.compile("/media/[0-9a-f]{32}\\.png").matcher(ed.get("/editor/images").body());
            assertTrue(m.find());
            String hero = m.group();
            HttpResponse<byte[]> served = ed.sendBytes(HttpRequest.newBuilder(URI.create(app.url(hero))).GET().build());
            assertEquals(200, served.statusCode());
            assertTrue(served.headers().firstValue("Content-Type").orElse("").startsWith("image/png"));
            assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertTrue(java.util.Arrays.equals(png, served.body()));
            assertEquals(404, ed.get("/media/..%2F..%2Fopenplate.db").statusCode());
            HttpResponse<String> fake = upload(ed, app, csrf, "photo.png", "GIF? no, text".getBytes(StandardCharsets.UTF_8));
            assertEquals(400, fake.statusCode());
            assertTrue(fake.body().contains("PNG, JPEG or GIF"), fake.body());

            Map<String, String> f = fields("sleep-and-appetite", "Sleep and appetite", "## Why\n\nShort sleep raises ghrelin.");
            f.put("heroImage", hero);
            f.put("heroAlt", "A green rectangle");
            f.put("heroCredit", "Photo: the OpenPlate editorial team");
            f.put("action", "save");
            HttpResponse<String> saved = ed.submit("/editor/new", "/editor", f);
            assertEquals(303, saved.statusCode(), saved.body());
            String editPath = saved.headers().firstValue("Location").orElseThrow().replaceAll("\\?.*", "");
            assertTrue(ed.get(editPath).body().contains("Status: <strong>Draft</strong>"));
            HttpSession reader = new HttpSession(app);
            assertEquals(404, reader.get("/articles/sleep-and-appetite").statusCode(), "drafts are not public");

            f.put("action", "publish");
            assertEquals(303, ed.submit(editPath, editPath, f).statusCode());
            assertTrue(reader.get("/articles?q=ghrelin").body().contains("/articles/sleep-and-appetite"));
            String page = reader.get("/articles/sleep-and-appetite").body();
            assertTrue(page.contains("src=\"" + hero + "\"") && page.contains("alt=\"A green rectangle\""));
            assertTrue(page.contains("Photo: the OpenPlate editorial team"));
            assertTrue(reader.get("/articles/tag/sleep").body().contains("Sleep and appetite"));

            Map<String, String> un = new LinkedHashMap<>();
            un.put("action", "unpublish");
            assertEquals(303, ed.submit(editPath, editPath, un).statusCode());
            assertEquals(404, reader.get("/articles/sleep-and-appetite").statusCode());
            assertEquals(404, ed.get("/editor/999999").statusCode());
            assertEquals(404, ed.get("/editor/abc").statusCode());
        }
    }
}
