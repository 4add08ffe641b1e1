package org.openplate.web;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What makes OpenPlate an installable web app that opens offline: the web app manifest at
 * {@code /manifest.webmanifest} and the service worker at {@code /sw.js}. The worker lives at the root
 * so its scope is the whole site ({@code Service-Worker-Allowed: /} says so explicitly), and is never
 * cached for long: browsers look for a new one on every navigation, and {@code no-cache} makes that
 * look reach the server. Its cache name carries a hash of itself and of the shell files it stores, so
 * a release that changes any of them installs a new worker that replaces the old caches.
 */
final class Installable implements Routes {

    static final String MANIFEST = "pwa/manifest.webmanifest";
    static final String WORKER = "pwa/sw.js";
    /** Files the worker stores on install (served under /static), hashed into its version. */
    static final List<String> SHELL = List.of("app.css", "charts.css", "forms.css", "offline.css", "app.js",
            "offline-queue.js", "offline.js", "add.css", "diary-add.js", "icons.svg", "favicon.svg", "icons/icon-192.png");

    private final byte[] manifest;
    private final byte[] worker;

    Installable() {
        manifest = read(MANIFEST);
        String source = new String(read(WORKER), StandardCharsets.UTF_8);
        worker = source.replace("__VERSION__", version(source)).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/manifest.webmanifest", ctx -> {
            ctx.header("Cache-Control", "public, max-age=3600");
            ctx.contentType("application/manifest+json").result(manifest);
        });
        routes.get("/sw.js", ctx -> {
            ctx.header("Cache-Control", "no-cache");
            ctx.header("Service-Worker-Allowed", "/");
            ctx.contentType("text/javascript; charset=utf-8").result(worker);
        });
    }

    private static String version(String source) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(source.getBytes(StandardCharsets.UTF_8));
            for (String file : SHELL) {
                sha.update(read("static/" + file));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = Installable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
