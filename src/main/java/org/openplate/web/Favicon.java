package org.openplate.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The site icon at the address browsers ask for first: {@code /favicon.svg} (linked from every page)
 * and {@code /favicon.ico} (requested by browsers and feed readers that ignore the link), which
 * redirects permanently to the SVG instead of answering 404.
 */
final class Favicon implements Routes {

    static final String RESOURCE = "static/favicon.svg";
    private final byte[] svg;

    Favicon() {
        try (InputStream in = Favicon.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            svg = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/favicon.svg", ctx -> {
            ctx.header("Cache-Control", "public, max-age=86400");
            ctx.contentType("image/svg+xml").result(svg);
        });
        routes.get("/favicon.ico", ctx -> ctx.redirect("/favicon.svg", HttpStatus.MOVED_PERMANENTLY));
    }
}
