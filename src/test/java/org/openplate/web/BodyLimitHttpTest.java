package org.openplate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openplate.account.AuthGuard;
import org.openplate.config.Settings;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/**
 * Request bodies are limited while they stream in, chunked or not, and by who is asking: the caller and
 * their role are known before a single body byte is read, and anonymous callers can make the server
 * read only a small form.
 */
class BodyLimitHttpTest {

    private static final long MB = 1024 * 1024;
    private static final String PASSWORD = "violet harbour trumpet 93";
    private static TestApp app;

    @BeforeAll
    static void start() {
        // The default request limit (1 MB), well above what anonymous callers may send.
        app = TestApp.start(TestDatabases.sqlite(), s -> s.withLimits(Settings.DEFAULT_MAX_REQUEST_BYTES,
                Settings.DEFAULT_MAX_ADMIN_UPLOAD_BYTES));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String head(String method, String path, String type, String extra) {
        return method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type + "\r\n" + extra
                + "Connection: close\r\n";
    }

    private static byte[] multipartStart(String csrf) {
        return ("--b\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--b\r\n"
                + "Content-Disposition: form-data; name=\"files\"; filename=\"foods.csv\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anAnonymous120MbChunkedUploadToTheAdminImportIsAnsweredWhileStillBeingSent() {
        HttpSession anonymous = new HttpSession(app);
        String csrf = HttpSession.csrfFrom(anonymous.get("/signin").body());
        RawHttp.Streamed r = RawHttp.chunked(app.app().port(),
                head("POST", "/admin/foods/import", "multipart/form-data; boundary=b", ""),
                multipartStart(csrf), 120 * MB);
        int status = r.answer().status();
        assertTrue(status == 401 || status == 403 || status == 413, r.answer().head());
        assertFalse(r.sentEverything(), "the server read the whole 120 MB before answering");
        assertTrue(r.sentWhenAnswered() >= 0 && r.sentWhenAnswered() < 16 * MB,
                "answered after " + r.sentWhenAnswered() + " bytes");
    }

    @Test
    void anAnonymousChunkedFormOverTheSmallAnonymousLimitIs413() {
        HttpSession anonymous = new HttpSession(app);
        String csrf = HttpSession.csrfFrom(anonymous.get("/signin").body());
        byte[] form = ("_csrf=" + csrf + "&email=a%40example.org&password=").getBytes(StandardCharsets.UTF_8);
        RawHttp.Streamed r = RawHttp.chunked(app.app().port(),
                head("POST", "/signin", "application/x-www-form-urlencoded", ""), form, 150 * 1024);
        assertEquals(413, r.answer().status(), r.answer().head() + r.answer().body());
    }

    @Test
    void aChunkedJsonBodyOverTheLimitOnTheApiIs413InTheJsonShape() throws Exception {
        SignedInUser user = SignedInUser.signUp(app, "limits", PASSWORD);
        String csrf = user.csrf();
        String cookie = "Cookie: " + AuthGuard.SESSION_COOKIE + "=" + user.cookie(AuthGuard.SESSION_COOKIE) + "\r\n";
        byte[] json = "{\"timeZone\":\"".getBytes(StandardCharsets.UTF_8);
        RawHttp.Streamed r = RawHttp.chunked(app.app().port(),
                head("PUT", "/api/v1/profile", "application/json", cookie + "X-CSRF-Token: " + csrf + "\r\n"),
                json, 2 * MB);
        assertEquals(413, r.answer().status(), r.answer().head() + r.answer().body());
        assertTrue(r.answer().isJson(), r.answer().head());
        var body = new ObjectMapper().readTree(r.answer().body());
        assertEquals("too_large", body.get("error").asText());
        assertTrue(body.get("message").asText().contains("1.0 MB"), body.toString());

        RawHttp.Streamed within = RawHttp.chunked(app.app().port(),
                head("PUT", "/api/v1/profile", "application/json", cookie + "X-CSRF-Token: " + csrf + "\r\n"),
                json, 512 * 1024, "\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, within.answer().status(), "read whole and refused for its content, not its size");
    }

    @Test
    void aSignedInRestoreOfSeveralTensOfMegabytesStillWorks() throws Exception {
        HttpSession user = new HttpSession(app);
        user.signUp("restore" + System.nanoTime() + "@example.org", PASSWORD);
        String csrf = HttpSession.csrfFrom(user.get("/account/data").body());
        byte[] zip = user.sendBytes(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                app.url("/account/data/openplate-export.zip"))).build()).body();
        String cookie = "Cookie: " + AuthGuard.SESSION_COOKIE + "=" + user.cookie(AuthGuard.SESSION_COOKIE) + "\r\n";
        java.io.ByteArrayOutputStream start = new java.io.ByteArrayOutputStream();
        start.writeBytes(("--b\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--b\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"openplate-export.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        start.writeBytes(zip);
        start.writeBytes(("\r\n--b\r\nContent-Disposition: form-data; name=\"padding\"; filename=\"padding.bin\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        byte[] end = "\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8);
        RawHttp.Streamed r = RawHttp.chunked(app.app().port(),
                head("POST", "/account/data/restore", "multipart/form-data; boundary=b", cookie), start.toByteArray(),
                60 * MB, end);
        assertTrue(r.sentEverything());
        // POST-redirect-GET: the restore answers 303, and the next page shows its counts once.
        assertEquals(303, r.answer().status(), r.answer().head() + r.answer().body());
        String shown = user.get("/account/data").body();
        assertTrue(shown.contains("id=\"restore-result\""), shown);
    }

    @Test
    void aSignedInUserWithoutTheRoleIsTurnedAwayBeforeTheBodyIsRead() {
        SignedInUser user = SignedInUser.signUp(app, "norole", PASSWORD);
        String csrf = user.csrf();
        String cookie = "Cookie: " + AuthGuard.SESSION_COOKIE + "=" + user.cookie(AuthGuard.SESSION_COOKIE) + "\r\n";
        for (String path : new String[] {"/admin/foods/import", "/editor/images"}) {
            RawHttp.Streamed r = RawHttp.chunked(app.app().port(),
                    head("POST", path, "multipart/form-data; boundary=b", cookie),
                    multipartStart(csrf), 120 * MB);
            assertEquals(404, r.answer().status(), path + "\n" + r.answer().head());
            assertTrue(r.sentWhenAnswered() < 16 * MB, path + " answered after " + r.sentWhenAnswered() + " bytes");
        }
    }

    @Test
    void onlyAdministratorsGetTheLargerCatalogueImportLimit() {
        // A small admin cap keeps the test quick: 1 MB for forms, 3 MB for the admin import.
        try (TestApp small = TestApp.start(TestDatabases.sqlite(), s -> s.withLimits(1_000_000, 3_000_000))) {
            String email = "admin" + System.nanoTime() + "@example.org";
            HttpSession admin = new HttpSession(small);
            admin.signUp(email, PASSWORD);
            small.app().accounts().grantRole(email, org.openplate.account.Role.ADMIN);
            String csrf = HttpSession.csrfFrom(admin.get("/admin/foods/import").body());
            String cookie = "Cookie: " + AuthGuard.SESSION_COOKIE + "=" + admin.cookie(AuthGuard.SESSION_COOKIE) + "\r\n";
            byte[] start = ("--b\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--b\r\n"
                    + "Content-Disposition: form-data; name=\"format\"\r\n\r\ncsv\r\n--b\r\n"
                    + "Content-Disposition: form-data; name=\"files\"; filename=\"foods.csv\"\r\n\r\nname\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] end = "\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8);
            String head = head("POST", "/admin/foods/import", "multipart/form-data; boundary=b", cookie);

            RawHttp.Streamed within = RawHttp.chunked(small.app().port(), head, start, 2_000_000, end);
            assertEquals(303, within.answer().status(), "2 MB is over the form limit but within the admin cap");
            RawHttp.Streamed over = RawHttp.chunked(small.app().port(), head, start, 20_000_000, end);
            assertEquals(413, over.answer().status(), over.answer().head());
            assertFalse(over.sentEverything(), "cut off at the cap, not read to the end");
        }
    }

    @Test
    void aBodySomewhatOverTheLimitAlwaysGetsTheMessageNotADroppedConnection() throws Exception {
        // Unread bytes at close make the kernel reset the connection, which can destroy the 413 before the
        // client reads it; a body up to twice the limit is read on and dropped, so the answer always arrives.
        SignedInUser user = SignedInUser.signUp(app, "overlimit", PASSWORD);
        byte[] body = new byte[(int) (Settings.DEFAULT_MAX_REQUEST_BYTES * 3 / 2)];
        java.util.Arrays.fill(body, (byte) ' ');
        for (int i = 0; i < 300; i++) {
            java.net.http.HttpResponse<String> r = user.http().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create(app.url("/api/v1/foods")))
                    .header("Content-Type", "application/json").header("X-CSRF-Token", user.csrf())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build());
            assertEquals(413, r.statusCode(), "attempt " + i + ": " + r.body());
            assertEquals("too_large", new ObjectMapper().readTree(r.body()).get("error").asText());
        }
        assertEquals(200, user.get("/api/v1/foods?q=apple").statusCode(), "the server still answers");
    }

    @Test
    void aRequestRefusedBeforeItsBodyWasReadAlwaysGetsItsAnswer() throws Exception {
        // A missing CSRF token is refused before the body is read; the unread body, within the limit, is
        // read on and dropped after the 403, so the connection is not reset under the answer.
        SignedInUser user = SignedInUser.signUp(app, "refused", PASSWORD);
        byte[] body = new byte[(int) Settings.DEFAULT_MAX_REQUEST_BYTES - 1];
        java.util.Arrays.fill(body, (byte) ' ');
        for (int i = 0; i < 300; i++) {
            java.net.http.HttpResponse<String> r = user.http().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create(app.url("/api/v1/foods")))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build());
            assertEquals(403, r.statusCode(), "attempt " + i + ": " + r.body());
        }
        assertEquals(200, user.get("/api/v1/foods?q=apple").statusCode(), "the server still answers");
    }
}
