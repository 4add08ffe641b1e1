package org.openplate.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.MutableClock;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;
import org.openplate.testing.TestDatabases.TestDb;
import org.openplate.testing.TestMail;

/**
 * "Forgot password?" end to end over HTTP, with real mail through a real SMTP server (GreenMail), on
 * SQLite and PostgreSQL: the request, the message, the link, the new password, and what the link
 * refuses (a second use, after 30 minutes, unknown tokens). Unknown addresses get the same answer.
 */
class PasswordResetHttpTest {

    private static final String OLD = "correct horse battery 42";
    private static final String NEW = "purple walrus ladder 77";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String unique(String name) {
        return name + System.nanoTime() + "@example.org";
    }

    private static HttpResponse<String> forgot(TestApp app, String email) {
        return new HttpSession(app).submit("/account/forgot", "/account/forgot", Map.of("email", email));
    }

    private static HttpResponse<String> choose(HttpSession s, String linkPath, String password, String confirm) {
        String token = linkPath.substring(linkPath.indexOf("token=") + 6);
        return s.submit("/signin", "/account/reset", Map.of("token", token, "password", password,
                "confirmPassword", confirm));
    }

    private static int me(TestApp app, String bearer) {
        return new HttpSession(app).send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/me")))
                .header("Authorization", "Bearer " + bearer).GET().build()).statusCode();
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aMailedLinkSetsANewPasswordOnceAndEndsEverySessionAndToken(TestDb db) throws Exception {
        try (TestMail mail = TestMail.start(); TestApp app = TestApp.start(db, mail::apply)) {
            String email = unique("reset");
            HttpSession owner = new HttpSession(app);
            assertEquals(303, owner.signUp(email, OLD).statusCode());
            String csrf = HttpSession.csrfFrom(owner.get("/account/tokens").body());
            HttpResponse<String> created = owner.json("POST", "/api/v1/tokens", "{\"name\":\"s\",\"scope\":\"read\"}", csrf);
            String bearer = JSON.readTree(created.body()).get("secret").asText();
            assertEquals(200, me(app, bearer));

            HttpSession visitor = new HttpSession(app);
            assertTrue(visitor.get("/signin").body().contains("href=\"/account/forgot\""), "sign-in offers the way back");
            HttpResponse<String> unknown = forgot(app, unique("nobody"));
            HttpResponse<String> known = forgot(app, email.toUpperCase(java.util.Locale.ROOT));
            assertEquals(303, unknown.statusCode(), unknown.body());
            assertEquals(303, known.statusCode());
            assertEquals(unknown.headers().firstValue("Location"), known.headers().firstValue("Location"),
                    "the same answer whether or not the address has an account");
            assertEquals("/account/forgot/sent", known.headers().firstValue("Location").orElseThrow());
            assertEquals(new HttpSession(app).get("/account/forgot/sent").body(), visitor.get("/account/forgot/sent")
                    .body());

            // One worker sends in order: once the known address's message is here, the unknown one was handled.
            List<MimeMessage> all = mail.await(1);
            assertEquals(1, all.size(), "nothing is sent to an address without an account");
            MimeMessage m = all.get(0);
            assertEquals(email, m.getAllRecipients()[0].toString());
            assertEquals(TestMail.FROM, m.getFrom()[0].toString());
            assertEquals("Reset your OpenPlate password", m.getSubject());
            String link = TestMail.linkPath(m);
            assertTrue(link.startsWith("/account/reset?token="), link);
            assertTrue(TestMail.body(m).contains("30 minutes"));

            HttpResponse<String> page = visitor.get(link);
            assertEquals(200, page.statusCode(), page.body());
            assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElseThrow(),
                    "the token in the address must not leak through Referer");
            assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
            assertTrue(page.body().contains("id=\"reset\""));

            HttpResponse<String> mismatch = choose(visitor, link, NEW, NEW + "x");
            assertEquals(400, mismatch.statusCode());
            assertTrue(mismatch.body().contains("The two passwords do not match."));
            HttpResponse<String> weak = choose(visitor, link, "password", "password");
            assertEquals(400, weak.statusCode());
            assertTrue(weak.body().contains("This password is too easy to guess. This is a top-10 common password."),
                    "the sign-up strength rules and words");
            assertEquals(303, new HttpSession(app).signIn(email, OLD).statusCode(), "refused attempts change nothing");

            HttpResponse<String> done = choose(visitor, link, NEW, NEW);
            assertEquals(303, done.statusCode(), done.body());
            assertTrue(done.headers().firstValue("Location").orElseThrow().startsWith("/signin?notice="));
            assertNotEquals(200, owner.get("/account").statusCode(), "the old session is over");
            assertEquals(401, me(app, bearer), "API tokens are revoked");
            assertEquals(401, new HttpSession(app).signIn(email, OLD).statusCode(), "the old password no longer works");
            assertEquals(303, new HttpSession(app).signIn(email, NEW).statusCode(), "the new one does");

            HttpResponse<String> again = visitor.get(link);
            assertEquals(400, again.statusCode());
            assertTrue(again.body().contains("This reset link was already used."), again.body());
            assertFalse(again.body().contains("id=\"reset\""), "no form for a used link");
            HttpResponse<String> reuse = choose(visitor, link, OLD, OLD);
            assertEquals(400, reuse.statusCode());
            assertTrue(reuse.body().contains("already used"));
            assertEquals(401, new HttpSession(app).signIn(email, OLD).statusCode(), "a used link changes nothing");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aLinkOlderThanThirtyMinutesIsRefusedWithAClearMessage(TestDb db) {
        MutableClock clock = new MutableClock(Instant.now());
        try (TestMail mail = TestMail.start(); TestApp app = TestApp.start(db, clock, mail::apply)) {
            String email = unique("late");
            assertEquals(303, new HttpSession(app).signUp(email, OLD).statusCode());
            assertEquals(303, forgot(app, email).statusCode());
            String link = TestMail.linkPath(mail.await(1).get(0));
            clock.advance(Duration.ofMinutes(30).plusSeconds(1));
            HttpSession visitor = new HttpSession(app);
            HttpResponse<String> page = visitor.get(link);
            assertEquals(400, page.statusCode());
            assertTrue(page.body().contains("This reset link has expired: links work for 30 minutes. Ask for a new one."),
                    page.body());
            assertTrue(page.body().contains("href=\"/account/forgot\""));
            HttpResponse<String> post = choose(visitor, link, NEW, NEW);
            assertEquals(400, post.statusCode());
            assertTrue(post.body().contains("has expired"));
            assertEquals(303, new HttpSession(app).signIn(email, OLD).statusCode(), "the password is unchanged");

            HttpResponse<String> forged = visitor.get("/account/reset?token=" + Tokens.random());
            assertEquals(400, forged.statusCode());
            assertTrue(forged.body().contains("This reset link is not valid."));
            assertEquals(400, visitor.get("/account/reset").statusCode(), "no token at all");
        }
    }

    @Test
    void requestsAreLimitedPerAddressAskedAboutWhetherOrNotItHasAnAccount() {
        TestDb db = TestDatabases.sqlite();
        try (TestMail mail = TestMail.start(); TestApp app = TestApp.start(db, mail::apply)) {
            String email = unique("flood");
            assertEquals(303, new HttpSession(app).signUp(email, OLD).statusCode());
            String stranger = unique("stranger");
            for (int i = 0; i < 3; i++) {
                assertEquals(303, forgot(app, email).statusCode());
                assertEquals(303, forgot(app, stranger).statusCode());
            }
            HttpResponse<String> mine = forgot(app, email);
            HttpResponse<String> theirs = forgot(app, stranger);
            assertEquals(429, mine.statusCode());
            assertEquals(429, theirs.statusCode(), "an address without an account is limited the same way");
            for (HttpResponse<String> r : List.of(mine, theirs)) {
                assertTrue(r.body().contains("A reset link was asked for this e-mail address several times already."),
                        "the same words either way");
                assertTrue(r.headers().firstValue("Retry-After").isPresent());
            }
            assertEquals(3, mail.await(3).size(), "three messages, not four");
        }
    }

    @Test
    void formsWithoutTheirCsrfTokenAreRefused() {
        try (TestMail mail = TestMail.start(); TestApp app = TestApp.start(TestDatabases.sqlite(), mail::apply)) {
            String email = unique("csrf");
            assertEquals(303, new HttpSession(app).signUp(email, OLD).statusCode());
            HttpSession s = new HttpSession(app);
            s.get("/account/forgot");
            assertEquals(403, s.postForm("/account/forgot", Map.of("email", email)).statusCode());
            assertEquals(403, s.postForm("/account/reset", Map.of("token", "x", "password", NEW,
                    "confirmPassword", NEW)).statusCode());
            HttpResponse<String> blank = s.submit("/account/forgot", "/account/forgot", Map.of("email", " "));
            assertEquals(400, blank.statusCode());
            assertTrue(blank.body().contains("Enter the e-mail address of your account"));
            assertFalse(mail.server().waitForIncomingEmail(500, 1), "nothing was sent");
        }
    }

    @Test
    void withoutSmtpTheForgotPageSaysToAskTheOperator() {
        try (TestApp app = TestApp.start(TestDatabases.sqlite())) {
            HttpSession s = new HttpSession(app);
            HttpResponse<String> page = s.get("/account/forgot");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("id=\"ask-operator\""), page.body());
            assertTrue(page.body().contains("Ask the person who runs this OpenPlate"));
            assertFalse(page.body().contains("id=\"forgot\""), "no form that could never send anything");
            HttpResponse<String> post = s.submit("/signin", "/account/forgot", Map.of("email", "a@example.org"));
            assertEquals(303, post.statusCode());
            assertEquals("/account/forgot", post.headers().firstValue("Location").orElseThrow());
        }
    }
}
