package org.openplate.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openplate.config.Settings;

/**
 * Sets each request's body limit once the caller is known (runs after authentication and the role
 * check, before anything reads the body): anonymous callers may send only a small form, signed-in
 * users ordinary forms and JSON up to the configured request limit, and the upload routes declared
 * here more, each only for the role it names. A declared Content-Length above the limit is refused
 * at once; a chunked body is cut off by {@link BodyLimitHandler} as soon as it passes the limit.
 */
public final class BodyLimits implements Handler {

    /** Sign-in and sign-up forms are a few hundred bytes; nothing anonymous needs more than this. */
    public static final long ANONYMOUS_BYTES = 64 * 1024;

    /**
     * A route that accepts uploads larger than ordinary forms.
     *
     * @param method   HTTP method, e.g. POST
     * @param path     the whole path, as a regular expression
     * @param role     the role the caller must have, or null for any signed-in user
     * @param maxBytes the largest body accepted
     */
    public record Upload(String method, Pattern path, String role, long maxBytes) {
        public static Upload of(String method, String pathRegex, String role, long maxBytes) {
            return new Upload(method.toUpperCase(Locale.ROOT), Pattern.compile(pathRegex), role, maxBytes);
        }
    }

    private final long anonymousBytes;
    private final long signedInBytes;
    private final List<Upload> uploads;

    public BodyLimits(Settings settings, List<Upload> uploads) {
        this.signedInBytes = settings.maxRequestBytes();
        this.anonymousBytes = anonymousBytes(settings);
        this.uploads = List.copyOf(uploads);
    }

    static long anonymousBytes(Settings settings) {
        return Math.min(ANONYMOUS_BYTES, settings.maxRequestBytes());
    }

    /** The largest limit any request can get: bodies declaring more are refused before routing. */
    long ceiling() {
        return uploads.stream().mapToLong(Upload::maxBytes).reduce(signedInBytes, Math::max);
    }

    @Override
    public void handle(Context ctx) {
        BodyBudget budget = BodyBudget.of(ctx);
        long limit = limitFor(ctx);
        budget.limit(limit);
        if (ctx.req().getContentLengthLong() > limit) {
            budget.markExceeded();
            throw new HttpResponseException(413, message(limit));
        }
    }

    private long limitFor(Context ctx) {
        Viewer viewer = ctx.attribute(Viewer.ATTRIBUTE);
        if (viewer == null) {
            return anonymousBytes;
        }
        String method = ctx.method().name();
        String path = ctx.path();
        long limit = signedInBytes;
        for (Upload u : uploads) {
            if (u.method().equals(method) && u.path().matcher(path).matches()
                    && (u.role() == null || viewer.hasRole(u.role()))) {
                limit = Math.max(limit, u.maxBytes());
            }
        }
        return limit;
    }

    /** The user-facing sentence for a refused body. */
    static String message(long limit) {
        return "The request is too large: at most " + size(limit) + " can be sent here.";
    }

    /** Decimal units, as people read sizes (1 MB = 1,000,000 bytes), rounded down so that it is never overstated. */
    static String size(long bytes) {
        if (bytes >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f GB", Math.floor(bytes / 1e8) / 10);
        }
        if (bytes >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.1f MB", Math.floor(bytes / 1e5) / 10);
        }
        return bytes / 1000 + " kB";
    }
}
