package org.openplate.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;
import org.openplate.units.Dates;

/**
 * Times on pages are the signed-in user's clock (their profile's time zone), not UTC: the tokens page and
 * the sessions page show a token's and a session's start as the user's local time. Asia/Kolkata (UTC+05:30)
 * makes a UTC rendering visible in the minutes too.
 */
class TimesInUserZoneHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(TestDatabases.sqlite());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void tokensAndSessionsShowTimesInTheUsersZone() throws Exception {
        SignedInUser user = SignedInUser.signUp(app, "zone");
        HttpResponse<String> put = user.json("PUT", "/api/v1/profile", "{\"timeZone\":\"Asia/Kolkata\"}", user.csrf());
        assertEquals(200, put.statusCode(), put.body());

        HttpResponse<String> created = user.json("POST", "/api/v1/tokens", "{\"name\":\"script\",\"scope\":\"read\"}",
                user.csrf());
        assertEquals(201, created.statusCode(), created.body());
        Instant tokenCreated = Instant.parse(JSON.readTree(created.body()).get("createdAt").asText());

        String tokens = user.get("/account/tokens").body();
        assertTrue(tokens.contains(Dates.dateTime(tokenCreated, KOLKATA)), "token time in the user's zone");
        assertFalse(tokens.contains(Dates.dateTime(tokenCreated, java.time.ZoneOffset.UTC)), "not in UTC");
        assertFalse(tokens.contains("(UTC)"));

        JsonNode sessions = JSON.readTree(user.get("/api/v1/sessions").body());
        JsonNode first = sessions.has("items") ? sessions.get("items").get(0) : sessions.get(0);
        Instant sessionCreated = Instant.parse(first.get("createdAt").asText());
        String page = user.get("/account/sessions").body();
        assertTrue(page.contains(Dates.dateTime(sessionCreated, KOLKATA)), "session start in the user's zone");
        assertFalse(page.contains(" UTC"), "no UTC times on the sessions page");
    }
}
