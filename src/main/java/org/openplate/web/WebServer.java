package org.openplate.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Handler;
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
     * Set (to true) by a handler whose every write raised the user's data version in its own transaction
     * (adding an entry, the most frequent write): the request then skips the separate raise after it.
     * A handler may set it only if nothing else it does writes the user's rows.
     */
    public static final String VERSION_RAISED = "openplate.versionRaised";

    /** Largest multipart upload outside the admin pages (restoring an export, tracker files, images). */
    public static final long MAX_USER_UPLOAD_BYTES = Settings.USER_UPLOAD_BYTES;

    /**
     * @param filters run before every request, in order (e.g. resolving the session); they must not read the body
     * @param areas   parts of the site that need a role, checked before any body is read
     * @param uploads routes that accept bodies larger than ordinary forms, and for whom
     * @param modules the features' routes
     * @param changed told the user id after each signed-in request that may have changed that user's data
     *                (any method but GET, HEAD and OPTIONS), before the answer is sent: it raises the user's
     *                data version, so that every instance rebuilds what it keeps of that user's data, and a
     *                client that reads after its own write sees the write
     */
    public static Javalin create(Settings settings, ObjectMapper json, Csrf csrf, ErrorMapping errors,
                                 List<Handler> filters, List<AreaGuard.Area> areas, List<BodyLimits.Upload> uploads,
                                 List<Routes> modules, java.util.function.LongConsumer changed) {
        BodyLimits limits = new BodyLimits(settings, uploads);
        ServerErrors serverErrors = new ServerErrors(json);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.concurrency.useVirtualThreads = true;
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.http.defaultContentType = "application/json";
            // Javalin copies each answer to Jetty's output through a buffer it allocates per response, by default as
            // large as Jetty's output buffer (32 kB): a fifth of the memory a built day summary allocated, and so of
            // the young collections its stream of requests caused (docs/benchmarks.md, seventeenth round). Jetty
            // still gathers up to its 32 kB before writing to the socket, so the answers go out as before.
            config.http.responseBufferSize = 4 * 1024;
            config.jsonMapper(new JavalinJackson(json, true));
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(10_000);
                // Outermost: every body the application reads is counted here, whatever reads it.
                server.insertHandler(new BodyLimitHandler(BodyLimits.anonymousBytes(settings), limits.ceiling()));
                server.setErrorHandler(serverErrors);
            });
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(serverErrors));
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                // A response of up to one output buffer (32 kB) is held until it is complete, then sent with
                // its Content-Length in one write. With the default (a quarter of the buffer), a 14 kB day
                // summary went out chunked in two writes to the socket (docs/benchmarks.md, thirteenth round).
                http.setOutputAggregationSize(http.getOutputBufferSize());
            });
            // Multipart bodies stream to disk; the per-request limit (BodyLimits) is what bounds them.
            config.jetty.multipartConfig.maxFileSize(limits.ceiling(), io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(limits.ceiling(), io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
            // One line a request, handed to the log's own thread to write (see config.LogSetup).
            config.requestLogger.http((ctx, ms) -> LOG.info("{} {} {} {}ms", ctx.method(), ctx.path(),
                    ctx.statusCode(), Math.round(ms * 10) / 10.0));
            config.routes.before(ctx -> SecurityHeaders.apply(ctx));
            // Who is asking, then may they be here, then how much may they send: all before any body is read.
            for (Handler filter : filters) {
                config.routes.before(filter);
            }
            config.routes.before(new AreaGuard(areas));
            config.routes.before(limits);
            config.routes.before(ctx -> {
                if (!csrf.valid(ctx)) {
                    errors.respond(ctx, 403, "csrf", "This form has expired or did not come from OpenPlate. "
                            + "Reload the page and try again.", "_csrf");
                    ctx.skipRemainingHandlers();
                }
            });
            // Whatever a handler made of a body cut off at the limit, the answer is 413.
            config.routes.after(ctx -> {
                BodyBudget budget = BodyBudget.of(ctx);
                if (budget.exceeded() && ctx.statusCode() != 413) {
                    ctx.res().setHeader("Location", null);
                    errors.tooLarge(ctx);
                }
            });
            config.routes.after(ctx -> {
                if (ctx.attribute(Viewer.ATTRIBUTE) instanceof Viewer viewer && mayWrite(ctx.req().getMethod())
                        && !Boolean.TRUE.equals(ctx.attribute(VERSION_RAISED))) {
                    changed.accept(viewer.userId());
                }
            });
            errors.register(config.routes);
            new StaticFiles().register(config.routes);
            new Favicon().register(config.routes);
            new Installable().register(config.routes);
            // API routes first (see ApiRoutes), then the pages, each group in the modules' order
            for (Routes module : modules) {
                if (module instanceof ApiRoutes) {
                    module.register(config.routes);
                }
            }
            for (Routes module : modules) {
                if (!(module instanceof ApiRoutes)) {
                    module.register(config.routes);
                }
            }
        });
    }

    private static boolean mayWrite(String method) {
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }
}
