package org.openplate.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A value as UTF-8 JSON bytes, written straight into a byte buffer: the same bytes {@code ctx.json} sends
 * with the same mapper, without first building the answer as a string and then encoding it. For the
 * answers served most often (a food search, a day's summary).
 */
public final class JsonBytes {

    private JsonBytes() {
    }

    public static byte[] of(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a " + value.getClass().getSimpleName() + " could not be written as JSON", e);
        }
    }
}
