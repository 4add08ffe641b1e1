package org.openplate.article;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.Role;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * No shared disk: two instances over one database, each with its own data directory. An image uploaded
 * through one is served by the other, with a strong ETag (its content hash), a year-long immutable cache,
 * and 304 Not Modified when the browser already has it.
 */
class MediaAcrossInstancesHttpTest {

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void anImageUploadedOnOneInstanceIsServedByAnother(TestDb db) throws Exception {
        try (TestApp a = TestApp.start(db); TestApp b = TestApp.start(db)) {
            HttpSession ed = new HttpSession(a);
            String email = "media-" + System.nanoTime() + "@example.org";
            ed.signUp(email, "correct horse battery");
            a.app().accounts().grantRole(email, Role.EDITOR);
            String csrf = HttpSession.csrfFrom(ed.get("/editor/images").body());
            byte[] png = TestImages.png(24, 16, (int) System.nanoTime());
            assertEquals(303, EditorPagesHttpTest.upload(ed, a, csrf, "hero.png", png).statusCode());
            Matcher m = Pattern.compile("/media/([0-9a-f]{32}\\.png)").matcher(ed.get("/editor/images").body());
            assertTrue(m.find());
            String path = m.group();

            HttpSession reader = new HttpSession(b);
            HttpResponse<byte[]> served = reader.sendBytes(HttpRequest.newBuilder(URI.create(b.url(path))).GET().build());
            assertEquals(200, served.statusCode());
            assertArrayEquals(png, served.body());
            assertEquals("\"" + m.group(1) + "\"", served.headers().firstValue("ETag").orElse(""));
            assertTrue(served.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
            assertTrue(served.headers().firstValue("Content-Type").orElse("").startsWith("image/png"));

            HttpResponse<byte[]> again = reader.sendBytes(HttpRequest.newBuilder(URI.create(b.url(path)))
                    .header("If-None-Match", served.headers().firstValue("ETag").orElseThrow()).GET().build());
            assertEquals(304, again.statusCode());
            assertEquals(0, again.body().length, "304 carries no body");
            assertEquals(404, reader.get("/media/0123456789abcdef0123456789abcdef.png").statusCode(), "never uploaded");
        }
    }
}
