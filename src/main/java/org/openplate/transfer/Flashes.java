package org.openplate.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Optional;

/**
 * What the import and restore pages carry from a POST to the page after its redirect, as
 * "{@code kind} {json}" in the session's one-time message.
 */
final class Flashes {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Flashes() {
    }

    static String write(String kind, Object value) {
        try {
            return kind + " " + JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + kind, e);
        }
    }

    /** The value when the message is of {@code kind}, else null. */
    static <T> T read(Optional<String> flash, String kind, Class<T> type) {
        String text = flash.orElse("");
        if (!text.startsWith(kind + " ")) {
            return null;
        }
        try {
            return JSON.readValue(text.substring(kind.length() + 1), type);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
