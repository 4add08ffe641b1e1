package org.openplate.web;

/**
 * The one JSON error shape of the API: {@code {"error": "code", "message": "...", "field": "name"}}.
 * {@code field} is null when the error is not about one input.
 */
public record ApiError(String error, String message, String field) {
}
