package org.openplate.web;

import io.javalin.http.Context;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many body bytes this request may still make the server read. Created for every request by
 * {@link BodyLimitHandler} with the anonymous allowance, raised by {@link BodyLimits} once the caller and
 * the route are known, and charged while the body streams in, chunked or not.
 */
public final class BodyBudget {

    static final String ATTRIBUTE = "openplate.bodyBudget";

    private volatile long limit;
    private final AtomicLong read = new AtomicLong();
    private volatile boolean exceeded;

    BodyBudget(long limit) {
        this.limit = limit;
    }

    /** The budget of this request; a fresh anonymous-sized one when none was installed (never the case in the app). */
    public static BodyBudget of(Context ctx) {
        Object b = ctx.req().getAttribute(ATTRIBUTE);
        return b instanceof BodyBudget budget ? budget : new BodyBudget(BodyLimits.ANONYMOUS_BYTES);
    }

    public long limit() {
        return limit;
    }

    void limit(long bytes) {
        this.limit = bytes;
    }

    /**
     * Lowers this request's limit to {@code bytes} for a route that takes less than its caller may send
     * elsewhere (never raises it): reading past it then fails and the request answers 413 naming it.
     */
    public void lower(long bytes) {
        if (bytes < limit) {
            this.limit = bytes;
        }
    }

    /** Body bytes handed to the application so far. */
    public long bytesRead() {
        return read.get();
    }

    /** True once the request was refused for its size. */
    public boolean exceeded() {
        return exceeded;
    }

    void markExceeded() {
        exceeded = true;
    }

    /** Charges {@code bytes}; false (and exceeded from now on) when that passes the limit. */
    boolean charge(long bytes) {
        if (read.addAndGet(bytes) > limit) {
            exceeded = true;
        }
        return !exceeded;
    }
}
