package org.openplate.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openplate.config.Settings;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/** Accounts over HTTP: sign-up, sign-in, cookies, CSRF, password change and deletion. */
class AccountHttpTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(TestDatabases.sqlite());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String unique(String name) {
        return name + System.nanoTime() + "@example.org";
    }

    @Test
    void signUpSetsAnHttpOnlySameSiteSessionCookieAndLandsOnTodaysDiary() {
        HttpSession browser = new HttpSession(app);
        HttpResponse<String> r = browser.signUp(unique("ann"), "correct horse");
        assertEquals(303, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").orElse("").startsWith("/diary?"),
                r.headers().firstValue("Location").orElse(""));
        String cookie = setCookie(r, AuthGuard.SESSION_COOKIE);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP without a proxy: not Secure");
        assertEquals(200, browser.get("/profile").statusCode());
        String today = browser.get(r.headers().firstValue("Location").orElseThrow()).headers().firstValue("Location")
                .orElse("");
        assertTrue(today.matches("/diary/\\d{4}-\\d{2}-\\d{2}\\?notice=Welcome.*"), "today, with the welcome: " + today);
    }

    @Test
    void cookiesAreSecureBehindATlsProxy() {
        try (TestApp tls = TestApp.start(TestDatabases.sqlite(), Clock.systemUTC(), Settings.CookieSecurity.AUTO, true)) {
            HttpSession s = new HttpSession(tls);
            String token = HttpSession.csrfFrom(s.get("/signup").body());
            String email = unique("tls");
            HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(tls.url("/signup")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Forwarded-Proto", "https")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&email=" + email
                            + "&password=correct+horse&confirmPassword=correct+horse")).build());
            assertEquals(303, r.statusCode(), r.body());
            assertTrue(setCookie(r, AuthGuard.SESSION_COOKIE).contains("Secure"));
        }
    }

    @Test
    void formsWithoutOrWithAWrongCsrfTokenAreRefused() {
        HttpSession browser = new HttpSession(app);
        browser.get("/signup");
        String email = unique("csrf");
        HttpResponse<String> none = browser.postForm("/signup",
                Map.of("email", email, "password", "correct horse", "confirmPassword", "correct horse"));
        assertEquals(403, none.statusCode());
        HttpResponse<String> wrong = browser.postForm("/signup", Map.of("_csrf", "x".repeat(43), "email", email,
                "password", "correct horse", "confirmPassword", "correct horse"));
        assertEquals(403, wrong.statusCode());
        HttpSession fresh = new HttpSession(app);
        assertEquals(401, fresh.signIn(email, "correct horse").statusCode(), "nothing was created");
    }

    @Test
    void signedInFormsNeedTheSessionsToken() {
        HttpSession browser = new HttpSession(app);
        browser.signUp(unique("tok"), "correct horse");
        String anonymousStyle = browser.cookie("op_csrf");
        assertNotNull(anonymousStyle);
        HttpResponse<String> r = browser.postForm("/signout", Map.of("_csrf", anonymousStyle));
        assertEquals(403, r.statusCode(), "the anonymous token does not work once signed in");
        assertEquals(200, browser.get("/profile").statusCode());
    }

    @Test
    void signInOnASecondBrowserAndSignOut() {
        String email = unique("two");
        new HttpSession(app).signUp(email, "correct horse");
        HttpSession second = new HttpSession(app);
        assertEquals(302, second.get("/profile").statusCode(), "anonymous visitors are sent to sign in");
        HttpResponse<String> bad = second.signIn(email, "wrong password");
        assertEquals(401, bad.statusCode());
        assertTrue(bad.body().contains("do not match"));
        HttpResponse<String> ok = second.signIn(email, "correct horse");
        assertEquals(303, ok.statusCode());
        assertEquals(200, second.get("/profile").statusCode());
        HttpResponse<String> out = second.submit("/profile", "/signout", Map.of());
        assertEquals(303, out.statusCode());
        assertEquals(302, second.get("/profile").statusCode());
    }

    @Test
    void signInRedirectsOnlyToLocalPaths() {
        String email = unique("next");
        new HttpSession(app).signUp(email, "correct horse");
        HttpSession s = new HttpSession(app);
        HttpResponse<String> r = s.submit("/signin", "/signin",
                Map.of("email", email, "password", "correct horse", "next", "//evil.example/"));
        assertEquals("/diary", r.headers().firstValue("Location").orElse(""), "no next: today's diary");
        for (String next : new String[] {"/\t/evil.example/", "/\\evil.example/", "/%09/evil.example/",
            "https://evil.example/", "javascript:alert(1)", "/%2F%2Fevil.example", "\\evil.example", ""}) {
            HttpSession again = new HttpSession(app);
            HttpResponse<String> tab = again.submit("/signin", "/signin",
                    Map.of("email", email, "password", "correct horse", "next", next));
            assertEquals("/diary", tab.headers().firstValue("Location").orElse(""), next);
        }
        HttpSession local = new HttpSession(app);
        HttpResponse<String> ok = local.submit("/signin", "/signin",
                Map.of("email", email, "password", "correct horse", "next", "/diary/2026-11-23"));
        assertEquals("/diary/2026-11-23", ok.headers().firstValue("Location").orElse(""));
    }

    @Test
    void signInLandsOnThePageAskedForBeforeSigningIn() {
        String email = unique("asked");
        new HttpSession(app).signUp(email, "correct horse");
        HttpSession s = new HttpSession(app);
        HttpResponse<String> asked = s.get("/weight/projection?years=3");
        assertEquals(302, asked.statusCode());
        String signIn = asked.headers().firstValue("Location").orElse("");
        assertEquals("/signin?next=%2Fweight%2Fprojection%3Fyears%3D3", signIn);
        String page = s.get(signIn).body();
        assertTrue(page.contains("value=\"/weight/projection?years=3\""), "the form carries the page asked for");
        HttpResponse<String> in = s.submit(signIn, "/signin",
                Map.of("email", email, "password", "correct horse", "next", "/weight/projection?years=3"));
        assertEquals(303, in.statusCode());
        assertEquals("/weight/projection?years=3", in.headers().firstValue("Location").orElse(""));
    }

    @Test
    void tooManyFailuresAnswer429WithRetryAfterButTheOwnersKnownBrowserStillGetsIn() {
        String email = unique("locked");
        new HttpSession(app).signUp(email, "correct horse");
        HttpSession owner = new HttpSession(app);
        assertEquals(303, owner.signIn(email, "correct horse").statusCode());
        owner.submit("/account", "/signout", Map.of());
        HttpSession s = new HttpSession(app);
        for (int i = 0; i < LoginThrottle.ACCOUNT_AND_ADDRESS.free(); i++) {
            assertEquals(401, s.signIn(email, "wrong password").statusCode());
        }
        HttpResponse<String> r = s.signIn(email, "correct horse");
        assertEquals(429, r.statusCode());
        assertEquals("30", r.headers().firstValue("Retry-After").orElse(""));
        assertTrue(r.body().contains("Too many failed sign-ins. Try again in 30 seconds."), r.body());
        assertEquals(303, owner.signIn(email, "correct horse").statusCode(),
                "the same address, but a browser that signed in before: not locked out");
    }

    @Test
    void changePasswordThenDeleteTheAccount() {
        String email = unique("del");
        HttpSession s = new HttpSession(app);
        s.signUp(email, "correct horse");
        HttpResponse<String> mismatch = s.submit("/account", "/account/password", Map.of("currentPassword",
                "correct horse", "newPassword", "battery staple", "confirmPassword", "battery stapler"));
        assertEquals(400, mismatch.statusCode());
        assertTrue(mismatch.body().contains("do not match"));
        HttpResponse<String> changed = s.submit("/account", "/account/password", Map.of("currentPassword",
                "correct horse", "newPassword", "battery staple", "confirmPassword", "battery staple"));
        assertEquals(303, changed.statusCode());
        assertEquals(303, new HttpSession(app).signIn(email, "battery staple").statusCode());

        HttpResponse<String> noConfirm = s.submit("/account", "/account/delete", Map.of("password", "battery staple"));
        assertEquals(400, noConfirm.statusCode());
        HttpResponse<String> deleted = s.submit("/account", "/account/delete",
                Map.of("password", "battery staple", "confirm", "DELETE"));
        assertEquals(303, deleted.statusCode());
        assertEquals(401, new HttpSession(app).signIn(email, "battery staple").statusCode());
    }

    @Test
    void meAnswers401AsJsonWhenAnonymous() {
        HttpResponse<String> r = new HttpSession(app).get("/api/v1/me");
        assertEquals(401, r.statusCode());
        assertTrue(r.body().contains("\"error\":\"unauthorized\""), r.body());
    }

    private static String setCookie(HttpResponse<String> r, String name) {
        List<String> all = r.headers().allValues("Set-Cookie");
        return all.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + all));
    }
}
