package org.openplate.web;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The hard limit on request bodies, at the server's core: every way the application reads a body
 * (forms, multipart, {@code ctx.body()}) pulls it through {@link Request#read()}, which this wrapper
 * counts against the request's {@link BodyBudget}. Past the limit the read fails (the application then
 * answers 413) and nothing more is read, chunked or not. A declared Content-Length above the largest
 * limit of all is refused before anything is read. (OWASP ASVS 5.0 V4.4 / CWE-400.)
 *
 * <p>A refused body that is only somewhat too large is read on and thrown away after the 413 has gone
 * out, as long as the body in all is at most twice what the request was allowed. Closing a connection
 * with unread bytes makes the kernel reset it, and a reset can destroy the 413 before the client has
 * read it: the client then sees a dropped connection instead of the message naming the limit. A body
 * that is far too large, or keeps coming past that, still ends with the connection closed. The same
 * holds for any other refusal answered before the body was read (a missing CSRF token's 403, a 401, a
 * 404): the unread rest of a body within the request's allowance is read and dropped after the answer.
 */
final class BodyLimitHandler extends Handler.Wrapper {

    private final long anonymousBytes;
    private final long ceilingBytes;

    BodyLimitHandler(long anonymousBytes, long ceilingBytes) {
        this.anonymousBytes = anonymousBytes;
        this.ceilingBytes = ceilingBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        BodyBudget budget = new BodyBudget(anonymousBytes);
        if (request.getLength() > ceilingBytes) {
            budget.markExceeded();
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            Response.writeError(request, response, callback, 413);
            return true;
        }
        Limited limited = new Limited(request, budget, response);
        limited.setAttribute(BodyBudget.ATTRIBUTE, budget);
        Callback whenAnswered = Callback.from(callback.getInvocationType(), () -> {
            if (budget.exceeded() || refused(response)) {
                discardRest(request, budget, callback);
            } else {
                callback.succeeded();
            }
        }, callback::failed);
        return super.handle(limited, response, whenAnswered);
    }

    /**
     * Reads and drops the rest of a refused body after the answer has gone out, up to twice the
     * request's allowance in all (see above), without holding a thread: it waits for content through
     * {@link Request#demand}. Then the request completes; if the body was not all read, the connection
     * is closed.
     */
    private static void discardRest(Request request, BodyBudget budget, Callback done) {
        // a body over its limit may run to twice it; a refused one within its limit, to the limit
        long allowance = (budget.exceeded() ? 2 * budget.limit() : budget.limit()) - budget.bytesRead();
        long declared = request.getLength();
        if (declared >= 0 && declared - budget.bytesRead() > allowance) {
            done.succeeded();
            return;
        }
        new Discard(request, allowance, done).run();
    }

    private static final class Discard implements Runnable {
        private final Request request;
        private final Callback done;
        private long allowance;

        Discard(Request request, long allowance, Callback done) {
            this.request = request;
            this.allowance = allowance;
            this.done = done;
        }

        @Override
        public void run() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                boolean end = chunk.isLast() || Content.Chunk.isFailure(chunk);
                allowance -= chunk.remaining();
                chunk.release();
                if (end || allowance < 0) {
                    done.succeeded();
                    return;
                }
            }
        }
    }

    /** An answer that refused the request (4xx or 5xx), perhaps before its body was read. */
    private static boolean refused(Response response) {
        return response.getStatus() >= 400;
    }

    /** Counts what the application reads and fails the read that passes the budget. */
    private static final class Limited extends Request.Wrapper {
        private final BodyBudget budget;
        private final Response response;
        private volatile Throwable failure;

        Limited(Request request, BodyBudget budget, Response response) {
            super(request);
            this.budget = budget;
            this.response = response;
        }

        @Override
        public Content.Chunk read() {
            if (failure != null) {
                return Content.Chunk.from(failure, true);
            }
            if (getLength() > budget.limit()) {
                return refuse();
            }
            Content.Chunk chunk = super.read();
            if (chunk == null || Content.Chunk.isFailure(chunk) || !chunk.hasRemaining()) {
                return chunk;
            }
            if (!budget.charge(chunk.remaining())) {
                chunk.release();
                return refuse();
            }
            return chunk;
        }

        /**
         * The servlet layer asks this before it completes the answer, and would fail the unread rest of
         * the body (so that the connection closes with it unread). A refused request's body is instead
         * read on after the answer has gone out (see {@link #discardRest}).
         */
        @Override
        public boolean consumeAvailable() {
            return budget.exceeded() || refused(response) || super.consumeAvailable();
        }

        private Content.Chunk refuse() {
            budget.markExceeded();
            failure = new HttpException.RuntimeException(413, "The request body is too large.");
            return Content.Chunk.from(failure, true);
        }
    }
}
