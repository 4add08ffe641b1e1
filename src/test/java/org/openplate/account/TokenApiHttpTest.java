package org.openplate.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/** Personal access tokens on both databases: scopes, hashing, revocation, isolation and the rate limit. */
class TokenApiHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient BARE = HttpClient.newHttpClient();

    static HttpResponse<String> bearer(TestApp app, String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return BARE.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String create(HttpSession s, String csrf, String name, String scope) throws Exception {
        HttpResponse<String> r = s.json("POST", "/api/v1/tokens", "{\"name\":\"" + name + "\",\"scope\":\"" + scope + "\"}",
                csrf);
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("secret").asText();
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void tokensActForTheirOwnerWithinTheirScope(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            HttpSession s = new HttpSession(app);
            String email = "tok" + System.nanoTime() + "@example.org";
            s.signUp(email, "correct horse");
            String csrf = HttpSession.csrfFrom(s.get("/account/tokens").body());
            String read = create(s, csrf, "reader", "read");
            String write = create(s, csrf, "writer", "write");
            assertTrue(read.startsWith("opt_") && read.length() > 40);

            // stored hashed, never in clear
            String stored = app.app().database().jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM api_tokens"
                    + " WHERE name = 'reader' AND user_id = (SELECT id FROM users WHERE email = :e)").bind("e", email)
                    .mapTo(String.class).one());
            assertEquals(Tokens.sha256(read), stored);
            assertNotEquals(read, stored);

            HttpResponse<String> me = bearer(app, read, "GET", "/api/v1/me", null);
            assertEquals(200, me.statusCode());
            assertEquals(email, JSON.readTree(me.body()).get("email").asText());

            HttpResponse<String> denied = bearer(app, read, "POST", "/api/v1/weights", "{\"weight\":\"80kg\"}");
            assertEquals(403, denied.statusCode());
            assertEquals("insufficient_scope", JSON.readTree(denied.body()).get("error").asText());
            assertEquals(201, bearer(app, write, "POST", "/api/v1/weights", "{\"weight\":\"80kg\"}").statusCode(),
                    "no CSRF token needed with a bearer token");
            assertEquals(1, JSON.readTree(bearer(app, read, "GET", "/api/v1/weights", null).body()).get("items").size());

            // tokens cannot manage tokens
            HttpResponse<String> mint = bearer(app, write, "POST", "/api/v1/tokens", "{\"name\":\"x\",\"scope\":\"write\"}");
            assertEquals(403, mint.statusCode());
            assertEquals("session_required", JSON.readTree(mint.body()).get("error").asText());

            // bad tokens and bad input
            assertEquals(401, bearer(app, "opt_nope", "GET", "/api/v1/me", null).statusCode());
            HttpResponse<String> bad = s.json("POST", "/api/v1/tokens", "{\"name\":\"\",\"scope\":\"admin\"}", csrf);
            assertEquals(400, bad.statusCode());
            assertEquals("name", JSON.readTree(bad.body()).get("field").asText());
            assertEquals("scope", JSON.readTree(s.json("POST", "/api/v1/tokens", "{\"name\":\"n\",\"scope\":\"admin\"}",
                    csrf).body()).get("field").asText());

            // listing shows prefixes and last use, never secrets
            JsonNode list = JSON.readTree(s.get("/api/v1/tokens").body()).get("items");
            assertEquals(2, list.size());
            assertFalse(s.get("/api/v1/tokens").body().contains(read));
            assertTrue(list.get(1).get("lastUsedAt").isTextual(), "the reader token was used");
            long readerId = list.get(1).get("id").asLong();

            // another user cannot see or revoke them
            HttpSession other = new HttpSession(app);
            other.signUp("other" + System.nanoTime() + "@example.org", "correct horse");
            String otherCsrf = HttpSession.csrfFrom(other.get("/account/tokens").body());
            assertEquals(404, other.json("DELETE", "/api/v1/tokens/" + readerId, null, otherCsrf).statusCode());
            assertEquals(0, JSON.readTree(other.get("/api/v1/tokens").body()).get("items").size());

            assertEquals(204, s.json("DELETE", "/api/v1/tokens/" + readerId, null, csrf).statusCode());
            assertEquals(401, bearer(app, read, "GET", "/api/v1/me", null).statusCode(), "revoked");
            assertEquals(200, bearer(app, write, "GET", "/api/v1/me", null).statusCode());
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void eachTokenIsRateLimited(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db, s -> s.withApiRatePerMinute(5))) {
            HttpSession s = new HttpSession(app);
            s.signUp("rate" + System.nanoTime() + "@example.org", "correct horse");
            String csrf = HttpSession.csrfFrom(s.get("/account/tokens").body());
            String a = create(s, csrf, "a", "read");
            String b = create(s, csrf, "b", "read");
            int ok = 0;
            HttpResponse<String> last = null;
            for (int i = 0; i < 7; i++) {
                last = bearer(app, a, "GET", "/api/v1/me", null);
                if (last.statusCode() == 200) {
                    ok++;
                }
            }
            // a minute boundary may fall inside the loop: then a few more get through, but never all 7
            assertTrue(ok >= 5 && ok < 7, "allowed " + ok);
            assertEquals(429, last.statusCode());
            assertEquals("too_many_requests", JSON.readTree(last.body()).get("error").asText());
            long retry = Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
            assertEquals(200, bearer(app, b, "GET", "/api/v1/me", null).statusCode(), "limits are per token");
        }
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void settingsPageCreatesShowsOnceAndRevokes(TestDb db) throws Exception {
        try (TestApp app = TestApp.start(db)) {
            HttpSession s = new HttpSession(app);
            s.signUp("page" + System.nanoTime() + "@example.org", "correct horse");
            HttpResponse<String> created = s.submit("/account/tokens", "/account/tokens", Map.of("name", "phone",
                    "scope", "write"));
            assertEquals(303, created.statusCode(), "POST-redirect-GET: a reload cannot make a second token");
            assertEquals("/account/tokens", created.headers().firstValue("Location").orElse(""));
            String shown = s.get("/account/tokens").body();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"token-secret\">(opt_[A-Za-z0-9_-]+)<")
                    .matcher(shown);
            assertTrue(m.find(), "the secret is shown on the page after the redirect: " + shown);
            String page = s.get("/account/tokens").body();
            assertFalse(page.contains(m.group(1)), "shown once: a reload no longer shows it");
            int tokens = app.app().database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM api_tokens")
                    .mapTo(Integer.class).one());
            assertEquals(1, tokens, "reloading the page made no second token");
            HttpSession other = new HttpSession(app);
            other.signUp("other" + System.nanoTime() + "@example.org", "correct horse");
            assertFalse(other.get("/account/tokens").body().contains("token-secret"), "the flash is per session");
            assertTrue(page.contains(m.group(1).substring(0, 10)), "listed by its prefix");
            HttpResponse<String> bad = s.submit("/account/tokens", "/account/tokens", Map.of("name", "", "scope", "read"));
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("data-field=\"name\""));
            long id = app.app().database().jdbi().withHandle(h -> h.createQuery("SELECT MAX(id) FROM api_tokens")
                    .mapTo(Long.class).one());
            assertEquals(303, s.submit("/account/tokens", "/account/tokens/" + id + "/revoke", Map.of()).statusCode());
            assertEquals(401, bearer(app, m.group(1), "GET", "/api/v1/me", null).statusCode());
        }
    }
}
