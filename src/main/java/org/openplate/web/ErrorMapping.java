package org.openplate.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.openplate.common.BadInputException;
import org.openplate.common.ConflictException;
import org.openplate.common.ForbiddenException;
import org.openplate.common.NotFoundException;
import org.openplate.common.TooManyRequestsException;
import org.openplate.common.UnauthorizedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns typed exceptions into responses: the JSON error shape under {@code /api}, an HTML error
 * page elsewhere. Unexpected exceptions are logged with a reference and never shown to the user.
 */
public final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    private final Views views;

    public ErrorMapping(Views views) {
        this.views = views;
    }

    /** The API, or a page's form sent by a script that asked for JSON ({@code Accept: application/json}). */
    public static boolean isApi(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.path().startsWith("/api/") || (accept != null && accept.startsWith("application/json"));
    }

    public void register(RoutesConfig routes) {
        routes.exception(BadInputException.class, (e, ctx) -> respond(ctx, 400, "bad_input", e.getMessage(), e.field()));
        routes.exception(ConflictException.class, (e, ctx) -> respond(ctx, 409, "conflict", e.getMessage(), e.field()));
        routes.exception(NotFoundException.class, (e, ctx) -> respond(ctx, 404, "not_found", e.getMessage(), null));
        routes.exception(TooManyRequestsException.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
            respond(ctx, 429, "too_many_requests", e.getMessage(), null);
        });
        routes.exception(ForbiddenException.class, (e, ctx) -> respond(ctx, 403, e.code(), e.getMessage(), null));
        routes.exception(UnauthorizedException.class, (e, ctx) -> {
            if (!isApi(ctx) && "GET".equals(ctx.method().name())) {
                // Back to the page asked for, query included; sign-in accepts only local paths.
                String asked = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
                ctx.redirect("/signin?next=" + URLEncoder.encode(asked, StandardCharsets.UTF_8));
                return;
            }
            respond(ctx, 401, "unauthorized", e.getMessage(), e.field());
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            if (status == 413) {
                tooLarge(ctx);
                return;
            }
            String code = switch (status) {
                case 404 -> "not_found";
                case 405 -> "method_not_allowed";
                default -> "http_" + status;
            };
            String message = switch (status) {
                case 404 -> "There is nothing at " + ctx.path() + ".";
                default -> e.getMessage();
            };
            respond(ctx, status, code, message, null);
        });
        // The database itself failing (down, out of connections, disk full) is a 503 at once, not a 500.
        routes.exception(org.jdbi.v3.core.JdbiException.class, (e, ctx) -> DatabaseFailures.unavailable(e).ifPresentOrElse(
                message -> {
                    LOG.warn("database unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                    ctx.header("Retry-After", "30");
                    try {
                        respond(ctx, 503, "unavailable", message, null);
                    } catch (RuntimeException pageNeedsTheDatabase) {
                        ctx.status(503).contentType("text/html; charset=utf-8").result("<!doctype html><html lang=\"en\">"
                                + "<title>Temporarily unavailable</title><h1>Temporarily unavailable</h1><p>" + message
                                + "</p></html>");
                    }
                }, () -> unexpected(e, ctx)));
        routes.exception(Exception.class, (e, ctx) -> {
            if (BodyBudget.of(ctx).exceeded()) {
                tooLarge(ctx);
                return;
            }
            int unreadable = unreadableBody(e);
            if (unreadable > 0) {
                respond(ctx, unreadable, "bad_request", "The request body could not be read: it is not a well-formed "
                        + "form, upload or JSON document.", null);
                return;
            }
            unexpected(e, ctx);
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                respond(ctx, 404, "not_found", "There is nothing at " + ctx.path() + ".", null);
            }
        });
    }

    /**
     * 413 for a body over this request's limit. Once it has gone out, a body up to twice the limit is
     * read on and dropped, and a larger one ends with the connection closed: unread bytes at close make
     * the kernel reset the connection, and clients then lost the 413 itself (see {@link BodyLimitHandler}).
     */
    void tooLarge(Context ctx) {
        respond(ctx, 413, "too_large", BodyLimits.message(BodyBudget.of(ctx).limit()), null);
    }

    /**
     * The 4xx status when the server layer refused to parse the body (e.g. multipart without a
     * boundary, a broken form encoding), found anywhere in the cause chain; else 0.
     */
    static int unreadableBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.BadMessageException bad && bad.getCode() >= 400
                    && bad.getCode() < 500) {
                return bad.getCode();
            }
        }
        return 0;
    }

    private void unexpected(Exception e, Context ctx) {
        String ref = Long.toHexString(System.nanoTime());
        LOG.error("unhandled error {} on {} {}", ref, ctx.method(), ctx.path(), e);
        respond(ctx, 500, "internal", "Something went wrong on our side (reference " + ref + ").", null);
    }

    public void respond(Context ctx, int status, String code, String message, String field) {
        if (isApi(ctx)) {
            ctx.status(status).json(new ApiError(code, message, field));
        } else {
            views.send(ctx, status, "error.jte", views.page(ctx, "Error " + status),
                    "status", status, "message", message);
        }
    }
}
