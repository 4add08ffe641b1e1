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
        Limited limited = new Limited(request, budget);
        limited.setAttribute(BodyBudget.ATTRIBUTE, budget);
        return super.handle(limited, response, callback);
    }

    /** Counts what the application reads and fails the read that passes the budget. */
    private static final class Limited extends Request.Wrapper {
        private final BodyBudget budget;
        private volatile Throwable failure;

        Limited(Request request, BodyBudget budget) {
            super(request);
            this.budget = budget;
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

        private Content.Chunk refuse() {
            budget.markExceeded();
            failure = new HttpException.RuntimeException(413, "The request body is too large.");
            return Content.Chunk.from(failure, true);
        }
    }
}
