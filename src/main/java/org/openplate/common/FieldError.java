package org.openplate.common;

/** One wrong form or API field and the sentence that says what is accepted; {@code field} may be null (the request as a whole). */
public record FieldError(String field, String message) {
}
