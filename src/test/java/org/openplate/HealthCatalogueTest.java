package org.openplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.food.FoodService;
import org.openplate.food.FoodModule;
import org.openplate.module.Infra;
import java.util.List;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases.TestDb;
import org.openplate.web.HealthRoutes;

/** A failed food catalogue load shows in /health: status degraded, the catalogue failed, the reason named. */
class HealthCatalogueTest {

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void aFailedCatalogueLoadIsReportedByHealth(TestDb tdb) throws Exception {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            FoodModule module = FoodModule.inMemory(new Infra(null, db, Clock.systemUTC(), App.objectMapper()));
            FoodService foods = module.foods();
            Javalin web = Javalin.create(cfg -> new HealthRoutes(() -> App.health(db, List.of(module)), "test")
                    .register(cfg.routes)).start("127.0.0.1", 0);
            try {
                JsonNode before = get(web);
                assertEquals("loading", before.get("catalogue").asText());
                assertThrows(UncheckedIOException.class, () -> foods.prepare("usda-sr24", () -> {
                    throw new UncheckedIOException(new IOException("bundle unreadable"));
                }));
                JsonNode after = get(web);
                assertEquals("degraded", after.get("status").asText());
                assertEquals("failed", after.get("catalogue").asText());
                assertEquals("up", after.get("database").asText());
                assertTrue(after.get("writable").asBoolean());
                assertTrue(after.get("problems").get(0).asText().contains("bundle unreadable"), after.toString());
            } finally {
                web.stop();
                module.close();
            }
        }
    }

    private static JsonNode get(Javalin web) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + web.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return App.objectMapper().readTree(r.body());
    }
}
