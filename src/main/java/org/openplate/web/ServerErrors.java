package org.openplate.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers the server layer gives by itself, before or around our routes (unreadable paths, a query
 * string or headers that are too long, a body over the limit, a method the servlet refuses): the API's
 * JSON error shape under /api/, a small plain page elsewhere; never a stack trace or a server version.
 * A request whose first line could not be read has no known path; it gets the JSON shape, since none
 * of our pages can produce such a request.
 */
final class ServerErrors extends ErrorHandler {

    private static final String UNKNOWN_TARGET = "/badMessage";
    private final ObjectMapper json;

    ServerErrors(ObjectMapper json) {
        this.json = json;
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        boolean api = path == null || path.startsWith("/api/") || path.equals(UNKNOWN_TARGET);
        String text = text(code);
        byte[] body;
        if (api) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            body = json.writeValueAsBytes(new ApiError(code(code), text, null));
        } else {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
            body = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error " + code
                    + " - OpenPlate</title></head><body><h1>Error " + code + "</h1><p>" + text
                    + "</p><p><a href=\"/\">Go to the start page</a></p></body></html>").getBytes(StandardCharsets.UTF_8);
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, java.nio.ByteBuffer.wrap(body), callback);
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "timeout";
            case 413 -> "too_large";
            case 414 -> "uri_too_long";
            case 431 -> "headers_too_large";
            default -> status >= 500 ? "internal" : "http_" + status;
        };
    }

    static String text(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: check the address and the data sent.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that kind of request.";
            case 408 -> "The request took too long to arrive.";
            case 413 -> "The request is too large.";
            case 414 -> "The address is too long.";
            case 431 -> "The request headers are too large.";
            default -> status >= 500 ? "Something went wrong on our side." : "The request could not be handled ("
                    + status + " " + HttpStatus.getMessage(status) + ").";
        };
    }
}
