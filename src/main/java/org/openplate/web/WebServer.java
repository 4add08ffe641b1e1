package org.openplate.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;
import org.openplate.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the Javalin server: virtual threads, JSON, static files, security, errors, logging. */
public final class WebServer {

    private static final Logger LOG = LoggerFactory.getLogger("org.openplate.request");

    private WebServer() {
    }

    /**
     * @param filters run before every request, in order (e.g. resolving the session)
     * @param modules the features' routes
     */
    /** Largest multipart upload outside the admin pages (restoring an export, tracker files, images). */
    public static final long MAX_USER_UPLOAD_BYTES = 110L * 1024 * 1024;

    public static Javalin create(Settings settings, ObjectMapper json, Csrf csrf, ErrorMapping errors,
                                 List<Handler> filters, List<Routes> modules) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.concurrency.useVirtualThreads = true;
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.http.defaultContentType = "application/json";
            config.jsonMapper(new JavalinJackson(json, true));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
                files.headers.put("Cache-Control", "public, max-age=3600");
            });
            config.jetty.modifyServer(server -> server.setStopTimeout(10_000));
            // Admin food imports upload large files; they stream to disk, not memory.
            config.jetty.multipartConfig.maxFileSize(2, io.javalin.config.SizeUnit.GB);
            config.jetty.multipartConfig.maxTotalRequestSize(4, io.javalin.config.SizeUnit.GB);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
            config.requestLogger.http((ctx, ms) -> LOG.info("{} {} {} {}ms", ctx.method(), ctx.path(),
                    ctx.statusCode(), String.format("%.1f", ms)));
            config.routes.before(ctx -> SecurityHeaders.apply(ctx));
            // Uploads may be larger than other bodies, but only administrators' catalogue imports may be huge.
            config.routes.before(ctx -> {
                String type = ctx.contentType();
                if (type != null && type.startsWith("multipart/form-data") && !ctx.path().startsWith("/admin/")
                        && ctx.contentLength() > MAX_USER_UPLOAD_BYTES) {
                    throw new io.javalin.http.HttpResponseException(413, "The upload is too large.");
                }
            });
            for (Handler filter : filters) {
                config.routes.before(filter);
            }
            config.routes.before(ctx -> {
                if (!csrf.valid(ctx)) {
                    errors.respond(ctx, 403, "csrf", "This form has expired or did not come from OpenPlate. "
                            + "Reload the page and try again.", "_csrf");
                    ctx.skipRemainingHandlers();
                }
            });
            errors.register(config.routes);
            for (Routes module : modules) {
                module.register(config.routes);
            }
        });
    }
}
