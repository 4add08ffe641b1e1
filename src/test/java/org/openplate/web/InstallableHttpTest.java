package org.openplate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/**
 * What a browser needs to offer "Install app" and to run the service worker: the manifest's fields and
 * icons, the worker's address, type, scope and caching, and a security policy that allows both.
 */
class InstallableHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestApp app;
    private static HttpSession http;

    @BeforeAll
    static void start() {
        app = TestApp.start(TestDatabases.sqlite());
        http = new HttpSession(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void manifestNamesTheAppItsStartAndItsIcons() throws Exception {
        HttpResponse<String> r = http.get("/manifest.webmanifest");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/manifest+json"));
        JsonNode m = JSON.readTree(r.body());
        assertEquals("OpenPlate", m.get("short_name").asText());
        assertTrue(m.get("name").asText().contains("OpenPlate"));
        assertEquals("/diary", m.get("start_url").asText());
        assertEquals("standalone", m.get("display").asText());
        assertTrue(m.get("theme_color").asText().matches("#[0-9a-f]{6}"));
        assertTrue(m.get("background_color").asText().matches("#[0-9a-f]{6}"));
        Set<String> seen = new HashSet<>();
        for (JsonNode icon : m.get("icons")) {
            String src = icon.get("src").asText();
            int size = Integer.parseInt(icon.get("sizes").asText().split("x")[0]);
            HttpResponse<byte[]> png = http.sendBytes(HttpRequest.newBuilder(URI.create(app.url(src))).build());
            assertEquals(200, png.statusCode(), src);
            assertEquals("image/png", png.headers().firstValue("Content-Type").orElse("").split(";")[0], src);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png.body()));
            assertEquals(size, img.getWidth(), src);
            assertEquals(size, img.getHeight(), src);
            seen.add(size + " " + icon.get("purpose").asText());
            if (icon.get("purpose").asText().equals("maskable")) {
                assertEquals(255, img.getRGB(0, 0) >>> 24, "a maskable icon fills its corners: " + src);
            }
        }
        assertTrue(seen.containsAll(Set.of("192 any", "512 any", "192 maskable", "512 maskable")), seen.toString());
    }

    @Test
    void serviceWorkerIsServedFromTheRootAndNotCachedForLong() {
        HttpResponse<String> r = http.get("/sw.js");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals("/", r.headers().firstValue("Service-Worker-Allowed").orElse(""));
        String cache = r.headers().firstValue("Cache-Control").orElse("");
        assertTrue(cache.contains("no-cache") || cache.contains("max-age=0"), cache);
        assertFalse(r.body().contains("__VERSION__"), "the server stamps the worker's version");
        assertTrue(r.body().matches("(?s).*const VERSION = '[0-9a-f]{12}'.*"));
        for (String file : new String[] {"/static/offline.js", "/static/offline-queue.js", "/static/offline.css"}) {
            assertTrue(r.body().contains("'" + file + "'"), file + " is kept for offline use");
            assertEquals(200, http.get(file).statusCode(), file);
        }
    }

    @Test
    void pagesLinkTheManifestAndThePolicyAllowsItAndTheWorker() {
        HttpResponse<String> r = http.get("/");
        assertTrue(r.body().contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">"));
        assertTrue(r.body().contains("src=\"/static/offline.js\""));
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("manifest-src 'self'"), csp);
        assertTrue(csp.contains("worker-src 'self'"), csp);
        assertTrue(csp.contains("script-src 'self';"), "still no inline script: " + csp);
        assertFalse(csp.contains("unsafe"), csp);
        assertFalse(r.body().contains("data-uid=\""), "no user id on an anonymous page");
        SignedInUser ann = SignedInUser.signUp(app, "ann");
        String diary = ann.get("/diary/2026-11-20").body();
        assertTrue(diary.matches("(?s).*<body class=\"signed-in\" data-uid=\"\\d+\">.*"), "the queue's owner");
    }
}
