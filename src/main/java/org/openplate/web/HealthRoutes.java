package org.openplate.web;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** {@code GET /health}: 200 when the database answers, 503 otherwise (for load balancers). */
public final class HealthRoutes implements Routes {

    private final BooleanSupplier databaseUp;
    private final String version;

    public HealthRoutes(BooleanSupplier databaseUp, String version) {
        this.databaseUp = databaseUp;
        this.version = version;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/health", ctx -> {
            boolean up = databaseUp.getAsBoolean();
            ctx.status(up ? 200 : 503).json(Map.of("status", up ? "ok" : "unavailable",
                    "database", up ? "up" : "down", "version", version));
        });
    }
}
