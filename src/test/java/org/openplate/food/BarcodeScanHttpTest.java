package org.openplate.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BarcodeFormat;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openplate.testing.BarcodePictures;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/**
 * Barcodes over HTTP: the look-up (catalogue and own custom foods only, check digits, UPC-E), reading a
 * posted camera frame (size limit, CSRF, sign-in), and the scan page's three outcomes.
 */
class BarcodeScanHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(TestDatabases.sqlite());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static long customFood(SignedInUser u, String name, String barcode) throws Exception {
        HttpResponse<String> r = u.http().json("POST", "/api/v1/foods", "{\"name\":\"" + name + "\",\"barcode\":\""
                + barcode + "\",\"servingName\":\"1 bar\",\"servingGrams\":40,\"kcal\":180}", u.csrf());
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("id").asLong();
    }

    private static HttpResponse<String> frame(HttpSession s, byte[] body, String type, String csrf) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url("/api/v1/barcodes/read")))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        return s.send(b.build());
    }

    @Test
    void lookUpFindsTheCatalogueAndOwnFoodsOnly() throws Exception {
        SignedInUser ann = SignedInUser.signUp(app, "scan-ann");
        long bar = customFood(ann, "Oat bar", "5901234123457");
        HttpResponse<String> found = ann.get("/api/v1/foods/barcode/5901234123457");
        assertEquals(200, found.statusCode(), found.body());
        assertEquals(bar, JSON.readTree(found.body()).get("id").asLong());
        assertEquals("5901234123457", JSON.readTree(found.body()).get("barcode").asText());

        SignedInUser bob = SignedInUser.signUp(app, "scan-bob");
        HttpResponse<String> others = bob.get("/api/v1/foods/barcode/5901234123457");
        assertEquals(404, others.statusCode(), "never another user's custom food");
        assertEquals("not_found", JSON.readTree(others.body()).get("error").asText());
        assertEquals(404, new HttpSession(app).get("/api/v1/foods/barcode/5901234123457").statusCode(), "anonymous");

        HttpResponse<String> bad = ann.get("/api/v1/foods/barcode/5901234123458");
        assertEquals(400, bad.statusCode());
        JsonNode error = JSON.readTree(bad.body());
        assertEquals("barcode", error.get("field").asText());
        assertTrue(error.get("message").asText().contains("check digit"), error.toString());
        assertEquals(400, ann.get("/api/v1/foods/barcode/12ab").statusCode());

        // a UPC-E finds the product stored under the UPC-A it stands for
        long small = customFood(ann, "Mints", "042100005264");
        HttpResponse<String> upcE = ann.get("/api/v1/foods/barcode/04252614");
        assertEquals(200, upcE.statusCode(), upcE.body());
        assertEquals(small, JSON.readTree(upcE.body()).get("id").asLong());
        assertEquals(small, JSON.readTree(ann.get("/api/v1/foods?barcode=04252614").body()).get("items").get(0)
                .get("id").asLong(), "the search's barcode look-up reads UPC-E too");
    }

    @Test
    void aPostedFrameIsReadWithinItsLimits() throws Exception {
        SignedInUser ann = SignedInUser.signUp(app, "frame-ann");
        byte[] jpeg = BarcodePictures.encode(BarcodePictures.draw("96385074", BarcodeFormat.EAN_8, 1280, 720), "jpeg");
        HttpResponse<String> read = frame(ann.http(), jpeg, "image/jpeg", ann.csrf());
        assertEquals(200, read.statusCode(), read.body());
        JsonNode r = JSON.readTree(read.body());
        assertTrue(r.get("found").asBoolean());
        assertEquals("96385074", r.get("code").asText());
        assertEquals("ean_8", r.get("format").asText());
        assertEquals("96385074", r.get("lookup").asText());

        byte[] blank = BarcodePictures.encode(new java.awt.image.BufferedImage(320, 240,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png");
        JsonNode none = JSON.readTree(frame(ann.http(), blank, "image/png", ann.csrf()).body());
        assertEquals(false, none.get("found").asBoolean());
        assertTrue(none.get("code") == null, "no code when none was read");

        assertEquals(403, frame(ann.http(), jpeg, "image/jpeg", null).statusCode(), "CSRF token required");
        int anonymous = frame(new HttpSession(app), jpeg, "image/jpeg", null).statusCode();
        assertTrue(anonymous == 401 || anonymous == 403, "anonymous: " + anonymous);

        HttpResponse<String> text = frame(ann.http(), "hello".getBytes(), "text/plain", ann.csrf());
        assertEquals(400, text.statusCode());
        assertEquals("image", JSON.readTree(text.body()).get("field").asText());
        HttpResponse<String> broken = frame(ann.http(), "not a jpeg".getBytes(), "image/jpeg", ann.csrf());
        assertEquals(400, broken.statusCode());
        assertEquals("image", JSON.readTree(broken.body()).get("field").asText());

        byte[] oversize = new byte[700_000];
        System.arraycopy(jpeg, 0, oversize, 0, jpeg.length);
        HttpResponse<String> big = frame(ann.http(), oversize, "image/jpeg", ann.csrf());
        assertEquals(413, big.statusCode(), big.body());
        JsonNode tooLarge = JSON.readTree(big.body());
        assertEquals("too_large", tooLarge.get("error").asText());
        assertTrue(tooLarge.get("message").asText().contains("600 kB"), tooLarge.toString());
        assertEquals(200, frame(ann.http(), jpeg, "image/jpeg", ann.csrf()).statusCode(), "still served afterwards");
    }

    @Test
    void theScanPageShowsPortionsOrOpensTheCustomFoodForm() throws Exception {
        SignedInUser ann = SignedInUser.signUp(app, "page-ann");
        HttpResponse<String> page = ann.get("/foods/scan");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"scan-manual\"") && page.body().contains("/static/scan.js"));

        HttpResponse<String> bad = ann.get("/foods/scan?code=5901234123458");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("code-error") || bad.body().contains("check digit"), "the field's message");

        HttpResponse<String> unknown = ann.get("/foods/scan?code=4006381333931&date=2026-11-30&mealId=7");
        assertEquals(303, unknown.statusCode());
        String to = unknown.headers().firstValue("Location").orElseThrow();
        assertTrue(to.startsWith("/foods/new?barcode=4006381333931&next="), to);

        HttpResponse<String> form = ann.get(to);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("value=\"4006381333931\""), "the barcode is filled in");
        assertTrue(form.body().contains("name=\"next\" value=\"/foods/scan?code=4006381333931&amp;date=2026-11-30"
                + "&amp;mealId=7\""), "returns to the scan");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", ann.csrf());
        fields.put("next", "/foods/scan?code=4006381333931&date=2026-11-30&mealId=7");
        fields.put("name", "Pencil-shaped wafer");
        fields.put("barcode", "4006381333931");
        fields.put("servingName", "1 wafer");
        fields.put("servingGrams", "20");
        fields.put("kcal", "100");
        HttpResponse<String> saved = ann.http().postForm("/foods", fields);
        assertEquals(303, saved.statusCode(), saved.body());
        String back = saved.headers().firstValue("Location").orElseThrow();
        assertEquals("/foods/scan?code=4006381333931&date=2026-11-30&mealId=7&notice=Saved.", back);

        HttpResponse<String> known = ann.get(back);
        assertEquals(200, known.statusCode());
        assertTrue(known.body().contains("Pencil-shaped wafer"));
        assertTrue(known.body().contains("action=\"/diary/2026-11-30/entries\""), "adds to the day it came from");
        assertTrue(known.body().contains("name=\"mealId\" value=\"7\""));
        assertTrue(known.body().contains("<option value=\"1 wafer\" selected>"), known.body());

        // another user's next scan of the same code does not find Ann's food
        SignedInUser bob = SignedInUser.signUp(app, "page-bob");
        assertEquals(303, bob.get("/foods/scan?code=4006381333931").statusCode());
        // and a return address elsewhere is ignored
        fields.put("next", "https://evil.example/");
        fields.put("barcode", "");
        HttpResponse<String> elsewhere = ann.http().postForm("/foods", fields);
        assertTrue(elsewhere.headers().firstValue("Location").orElseThrow().matches("/foods/\\d+\\?notice=Saved\\."));

        HttpResponse<String> anonymous = new HttpSession(app).get("/foods/scan");
        assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 303);
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().startsWith("/signin"));
    }
}
