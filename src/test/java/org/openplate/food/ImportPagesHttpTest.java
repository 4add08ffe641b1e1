package org.openplate.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openplate.account.Role;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/** Admins upload a food file in the browser, watch it run and read the report; others get 404. */
class ImportPagesHttpTest {

    @Test
    void aFailedCatalogueLoadIsShownToAdministrators() throws Exception {
        try (TestApp app = TestApp.start(TestDatabases.sqlite())) {
            String adminEmail = "admin" + System.nanoTime() + "@example.org";
            HttpSession admin = new HttpSession(app);
            admin.signUp(adminEmail, "correct horse");
            app.app().accounts().grantRole(adminEmail, Role.ADMIN);
            assertTrue(!admin.get("/admin/foods/import").body().contains("catalogue-problems"), "all is well at first");
            org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class,
                    () -> app.app().foods().prepare("broken-bundle", () -> {
                        throw new java.io.UncheckedIOException(new java.io.IOException("bundle unreadable"));
                    }));
            String page = admin.get("/admin/foods/import").body();
            assertTrue(page.contains("id=\"catalogue-problems\""), page);
            assertTrue(page.contains("broken-bundle food catalogue failed: bundle unreadable"), page);
        }
    }

    @Test
    void adminUploadsACsvAndReadsTheReport() throws Exception {
        try (TestApp app = TestApp.start(TestDatabases.sqlite())) {
            String adminEmail = "admin" + System.nanoTime() + "@example.org";
            HttpSession admin = new HttpSession(app);
            admin.signUp(adminEmail, "correct horse");
            HttpSession user = new HttpSession(app);
            user.signUp("user" + System.nanoTime() + "@example.org", "correct horse");
            assertEquals(404, admin.get("/admin/foods/import").statusCode(), "not an admin yet");
            app.app().accounts().grantRole(adminEmail, Role.ADMIN);
            assertEquals(404, user.get("/admin/foods/import").statusCode());
            HttpResponse<String> form = admin.get("/admin/foods/import");
            assertEquals(200, form.statusCode());

            byte[] csv = Files.readAllBytes(Path.of(getClass().getResource("/import/csv/foods.csv").toURI()));
            String boundary = "----op" + System.nanoTime();
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                    + HttpSession.csrfFrom(form.body()) + "\r\n--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\ncsv\r\n--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"foods.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n";
            String tail = "\r\n--" + boundary + "--\r\n";
            byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), csv, tail.getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> started = admin.send(HttpRequest.newBuilder(URI.create(app.url("/admin/foods/import")))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
            assertEquals(303, started.statusCode(), started.body());
            String job = started.headers().firstValue("Location").orElseThrow();

            String page = "";
            for (int i = 0; i < 100 && !page.contains("import-summary"); i++) {
                Thread.sleep(100);
                page = admin.get(job).body();
            }
            assertTrue(page.contains("import-summary"), page);
            assertTrue(java.util.regex.Pattern.compile("rejected [1-9]").matcher(page).find(), page);
            assertTrue(page.contains("bad-barcode"), "the rejected row is listed with its id");

            var items = new ObjectMapper().readTree(admin.get("/api/v1/foods?barcode=4006381333931").body()).get("items");
            assertEquals("Oat drink", items.get(0).get("name").asText(), "imported rows are searchable at once");
            assertEquals(404, user.get(job).statusCode());
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }
}
