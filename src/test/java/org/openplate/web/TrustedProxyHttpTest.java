package org.openplate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.openplate.config.Settings;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/** Behind one trusted proxy, a client that writes its own X-Forwarded-For still counts as one address. */
class TrustedProxyHttpTest {

    /** Our proxy appends the address it saw; the client controls everything to the left of it. */
    private static HttpResponse<String> signIn(TestApp app, HttpSession s, String token, String email,
                                               String forwardedFor) {
        String body = "_csrf=" + token + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=wrong+password+here";
        return s.send(HttpRequest.newBuilder(URI.create(app.url("/signin")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void aSpoofedLeftmostAddressDoesNotDodgeThePerAddressSignInLimit() {
        try (TestApp app = TestApp.start(TestDatabases.sqlite(), Clock.systemUTC(), Settings.CookieSecurity.AUTO, true)) {
            HttpSession attacker = new HttpSession(app);
            String token = HttpSession.csrfFrom(attacker.get("/signin").body());
            int limitedAt = -1;
            for (int i = 0; i < 100 && limitedAt < 0; i++) {
                // A new account and a new made-up address every time: only the proxy's entry stays the same.
                HttpResponse<String> r = signIn(app, attacker, token, "nobody" + i + "@example.org",
                        "203.0." + (i / 250) + "." + (i % 250 + 1) + ", 198.51.100.7");
                if (r.statusCode() == 429) {
                    limitedAt = i;
                } else {
                    assertEquals(401, r.statusCode(), r.body());
                }
            }
            assertTrue(limitedAt > 0, "the address our proxy saw was never limited");

            HttpSession other = new HttpSession(app);
            String otherToken = HttpSession.csrfFrom(other.get("/signin").body());
            assertNotEquals(429, signIn(app, other, otherToken, "someone@example.org", "198.51.100.8").statusCode(),
                    "another client behind the same proxy is not limited");
        }
    }
}
