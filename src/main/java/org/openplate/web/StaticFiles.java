package org.openplate.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.openplate.common.NotFoundException;

/**
 * The stylesheets, scripts and images under {@code /static/}, read from the application's own
 * resources. Each file is read once and kept in memory (they are a few hundred kilobytes in all), with
 * an ETag so that a browser revalidating gets 304. The web server's own static handler mounted the whole
 * jar as a file system at start-up, about a seventh of the start-up time, to serve these few files.
 */
final class StaticFiles implements Routes {

    static final String PREFIX = "/static/";
    private static final String ROOT = "static/";
    /** Lower-case letters, digits, dashes, dots and underscores in segments; no "..", no hidden files. */
    private static final Pattern SAFE = Pattern.compile("([a-z0-9_-][a-z0-9_.-]*/)*[a-z0-9_-][a-z0-9_.-]*\\.[a-z0-9]+");
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8", "js",
            "text/javascript; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg",
            "webp", "image/webp", "ico", "image/x-icon", "json", "application/json", "woff2", "font/woff2");

    private record File(byte[] bytes, String type, String etag) {
    }

    /** Files found so far (a miss is not remembered, so made-up paths cannot fill the memory). */
    private final Map<String, File> files = new ConcurrentHashMap<>();

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PREFIX + "<path>", this::serve);
        routes.head(PREFIX + "<path>", this::serve);
    }

    private void serve(Context ctx) {
        String path = ctx.pathParam("path");
        File f = files.computeIfAbsent(path, p -> load(p).orElse(null));
        if (f == null) {
            throw new NotFoundException("There is nothing at " + ctx.path() + ".");
        }
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.header("ETag", f.etag());
        String seen = ctx.header("If-None-Match");
        if (seen != null && (seen.equals(f.etag()) || seen.equals("W/" + f.etag()))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(f.type());
        if ("HEAD".equals(ctx.method().name())) {
            ctx.header("Content-Length", Integer.toString(f.bytes().length));
            return;
        }
        ctx.result(f.bytes());
    }

    /** The file at this path, or empty when there is none or the path is not one we serve. */
    static Optional<File> load(String path) {
        int dot = path.lastIndexOf('.');
        if (!SAFE.matcher(path).matches() || dot < 0) {
            return Optional.empty();
        }
        String type = TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            return Optional.empty();
        }
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Optional.of(new File(bytes, type, "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
