package org.openplate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/** The site icon: an SVG at /favicon.svg, linked from every page; /favicon.ico leads there instead of a 404. */
class FaviconHttpTest {

    private static TestApp app;
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        app = TestApp.start(TestDatabases.sqlite());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(app.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void svgIconIsServedAndLinkedFromPages() throws Exception {
        HttpResponse<String> svg = get("/favicon.svg");
        assertEquals(200, svg.statusCode());
        assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"), svg.headers().toString());
        assertTrue(svg.body().contains("<svg"), svg.body());
        HttpResponse<String> home = get("/");
        assertTrue(home.body().contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"), "linked");
    }

    @Test
    void icoAddressRedirectsToTheSvg() throws Exception {
        HttpResponse<String> ico = get("/favicon.ico");
        assertEquals(301, ico.statusCode());
        assertEquals("/favicon.svg", ico.headers().firstValue("Location").orElse(""));
    }

    @Test
    void noEmojiIconsInTheLayout() throws Exception {
        // the bell was U+1F514, drawn as an empty box where no emoji font is installed
        org.openplate.testing.HttpSession user = new org.openplate.testing.HttpSession(app);
        user.signUp("icons" + System.nanoTime() + "@example.org", "correct horse battery");
        String html = user.get("/notifications").body();
        assertTrue(html.contains("id=\"bell\""), "signed in, the bell is shown");
        assertTrue(html.codePoints().noneMatch(c -> c >= 0x1F300 && c <= 0x1FAFF), "no emoji in the page");
        assertTrue(html.contains("/static/icons.svg#bell"), "the bell is an SVG icon");
    }
}
