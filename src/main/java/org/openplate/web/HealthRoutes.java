package org.openplate.web;

import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /health} for load balancers and operators: 200 {@code ok}; 200 {@code degraded} when the
 * food catalogue load or search index build failed (the rest works); 503 {@code unavailable} when the
 * database is unreachable or cannot be written (a full disk, a read-only or damaged file). Each part
 * and every problem is named. Answers within about 2 s even while PostgreSQL is down.
 */
public final class HealthRoutes implements ApiRoutes {

    /**
     * One thing checked.
     *
     * @param name     the JSON field
     * @param state    e.g. up/down, ready/loading/failed
     * @param problem  plain words, or null
     * @param critical a problem here makes the instance unavailable (503), not only degraded
     */
    public record Part(String name, Object state, String problem, boolean critical) {
    }

    private final Supplier<List<Part>> parts;
    private final String version;

    public HealthRoutes(Supplier<List<Part>> parts, String version) {
        this.parts = parts;
        this.version = version;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/health", ctx -> {
            Map<String, Object> out = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            boolean unavailable = false;
            out.put("status", "ok");
            for (Part p : parts.get()) {
                out.put(p.name(), p.state());
                if (p.problem() != null) {
                    problems.add(p.problem());
                    unavailable |= p.critical();
                }
            }
            String status = unavailable ? "unavailable" : problems.isEmpty() ? "ok" : "degraded";
            out.put("status", status);
            out.put("problems", problems);
            out.put("version", version);
            ctx.header("Cache-Control", "no-store");
            ctx.status(unavailable ? 503 : 200).json(out);
        });
    }
}
