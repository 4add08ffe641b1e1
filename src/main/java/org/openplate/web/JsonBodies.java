package org.openplate.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.openplate.common.BadInputException;

/**
 * Reads a flat JSON object body into field → text, so that API bodies go through the same
 * parsers (and error messages) as HTML forms. JSON {@code null} becomes "" (clears a value).
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    public static Map<String, String> flatten(ObjectMapper json, String body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (Exception e) {
            throw new BadInputException(null, "The body must be a JSON object.");
        }
        if (node == null || !node.isObject()) {
            throw new BadInputException(null, "The body must be a JSON object.");
        }
        Map<String, String> fields = new HashMap<>();
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isContainerNode()) {
                throw new BadInputException(e.getKey(), e.getKey() + " must be a string or a number.");
            }
            fields.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText());
        });
        return fields;
    }
}
