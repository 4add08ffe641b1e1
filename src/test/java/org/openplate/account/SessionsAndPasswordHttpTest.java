package org.openplate.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/** The sessions page and API, weak-password refusals and what a password change revokes, over HTTP. */
class SessionsAndPasswordHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SESSION_ID = Pattern.compile("data-session=\"([^\"]+)\"");
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

    private static String token(HttpSession s) throws Exception {
        String csrf = HttpSession.csrfFrom(s.get("/account/tokens").body());
        HttpResponse<String> r = s.json("POST", "/api/v1/tokens", "{\"name\":\"script\",\"scope\":\"read\"}", csrf);
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("secret").asText();
    }

    private static int me(String token) {
        return new HttpSession(app).send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/me")))
                .header("Authorization", "Bearer " + token).GET().build()).statusCode();
    }

    @Test
    void weakPasswordsAreRefusedInPlainWordsOnTheFormAndInTheApi() throws Exception {
        String email = unique("weak");
        HttpSession s = new HttpSession(app);
        HttpResponse<String> r = s.signUp(email, "password");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("data-field=\"password\""), r.body());
        assertTrue(r.body().contains("This password is too easy to guess. This is a top-10 common password."),
                r.body());
        assertEquals(401, new HttpSession(app).signIn(email, "password").statusCode(), "no account was made");
        assertEquals(303, s.signUp(email, "correct horse").statusCode());
        HttpResponse<String> form = s.submit("/account", "/account/password", Map.of("currentPassword",
                "correct horse", "newPassword", "12345678", "confirmPassword", "12345678", "endOthers", "on"));
        assertEquals(400, form.statusCode());
        assertTrue(form.body().contains("data-field=\"newPassword\""));
        String csrf = HttpSession.csrfFrom(s.get("/account").body());
        HttpResponse<String> api = s.json("POST", "/api/v1/account/password",
                "{\"currentPassword\":\"correct horse\",\"newPassword\":\"" + email + "\"}", csrf);
        assertEquals(400, api.statusCode());
        JsonNode err = JSON.readTree(api.body());
        assertEquals("newPassword", err.get("field").asText());
        assertTrue(err.get("message").asText().contains("your email address"), api.body());
    }

    @Test
    void changingThePasswordRevokesTokensAndOtherSessionsUnlessUnticked() throws Exception {
        String email = unique("revoke");
        HttpSession s = new HttpSession(app);
        s.signUp(email, "correct horse");
        HttpSession other = new HttpSession(app);
        other.signIn(email, "correct horse");
        String t = token(s);
        assertEquals(200, me(t));
        assertTrue(s.get("/account").body().contains("name=\"endOthers\" value=\"on\" checked"), "ticked by default");
        HttpResponse<String> kept = s.submit("/account", "/account/password", Map.of("currentPassword",
                "correct horse", "newPassword", "battery staple", "confirmPassword", "battery staple"));
        assertEquals(303, kept.statusCode());
        assertEquals(200, me(t), "unticked: the token still works");
        assertEquals(200, other.get("/account").statusCode(), "unticked: the other session stays");
        HttpResponse<String> all = s.submit("/account", "/account/password", Map.of("currentPassword",
                "battery staple", "newPassword", "plum kettle orbit", "confirmPassword", "plum kettle orbit",
                "endOthers", "on"));
        assertEquals(303, all.statusCode());
        assertEquals(401, me(t), "the token was revoked");
        assertEquals(302, other.get("/account").statusCode(), "the other session was signed out");
        assertEquals(200, s.get("/account").statusCode(), "this session stays");

        String t2 = token(s);
        String csrf = HttpSession.csrfFrom(s.get("/account").body());
        assertEquals(204, s.json("POST", "/api/v1/account/password", "{\"currentPassword\":\"plum kettle orbit\","
                + "\"newPassword\":\"violet lantern tide\"}", csrf).statusCode());
        assertEquals(401, me(t2), "the API revokes tokens by default too");
    }

    @Test
    void theSessionsPageListsEndsAndProtectsSessions() throws Exception {
        String email = unique("sessions");
        HttpSession here = new HttpSession(app);
        here.signUp(email, "correct horse");
        HttpSession phone = new HttpSession(app);
        phone.send(HttpRequest.newBuilder(URI.create(app.url("/signin"))).GET().build());
        phone.signIn(email, "correct horse");
        String page = here.get("/account/sessions").body();
        Matcher m = SESSION_ID.matcher(page);
        java.util.List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertEquals(2, ids.size(), page);
        assertEquals(1, page.split("\\(this session\\)", -1).length - 1);
        assertTrue(here.get("/account").body().contains("href=\"/account/sessions\""), "linked from settings");

        JsonNode list = JSON.readTree(here.json("GET", "/api/v1/sessions", null, null).body());
        assertEquals(2, list.get("total").asInt());
        String otherId = null;
        for (JsonNode n : list.get("items")) {
            assertFalse(n.toString().contains("token"), "no secret in the list");
            if (!n.get("current").asBoolean()) {
                otherId = n.get("id").asText();
            }
        }
        // Another user cannot end it (404), and a form post needs the CSRF token (403).
        HttpSession stranger = new HttpSession(app);
        stranger.signUp(unique("stranger"), "correct horse");
        assertEquals(404, stranger.submit("/account", "/account/sessions/" + otherId + "/end", Map.of()).statusCode());
        HttpResponse<String> apiEnd = stranger.json("DELETE", "/api/v1/sessions/" + otherId, null,
                HttpSession.csrfFrom(stranger.get("/account").body()));
        assertEquals(404, apiEnd.statusCode());
        assertEquals("not_found", JSON.readTree(apiEnd.body()).get("error").asText());
        assertEquals(403, here.postForm("/account/sessions/" + otherId + "/end", Map.of()).statusCode());
        assertEquals(200, phone.get("/account").statusCode(), "still signed in");

        HttpResponse<String> end = here.submit("/account/sessions", "/account/sessions/" + otherId + "/end", Map.of());
        assertEquals(303, end.statusCode());
        assertEquals(302, phone.get("/account").statusCode(), "the phone was signed out");
        assertEquals(200, here.get("/account/sessions").statusCode());
        assertEquals(404, here.submit("/account/sessions", "/account/sessions/nope/end", Map.of()).statusCode());
    }
}
