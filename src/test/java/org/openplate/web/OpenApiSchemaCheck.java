package org.openplate.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON value against a schema of the OpenAPI document, for the subset the document uses:
 * {@code $ref}, {@code allOf}, {@code nullable}, {@code type}, {@code format} (date, date-time,
 * int32/int64), {@code enum}, {@code required}, {@code properties}, {@code additionalProperties},
 * {@code items}, {@code minItems}/{@code maxItems}. Stricter than OpenAPI on one point: an object
 * schema that lists its properties and does not allow additional ones rejects undeclared properties,
 * so that an answer cannot carry fields the document does not mention.
 */
final class OpenApiSchemaCheck {

    private final JsonNode document;

    OpenApiSchemaCheck(JsonNode document) {
        this.document = document;
    }

    /** The problems found, each with the JSON path where it is; empty when the value conforms. */
    List<String> check(JsonNode schema, JsonNode value) {
        List<String> problems = new ArrayList<>();
        check(schema, value, "$", problems);
        return problems;
    }

    JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("only local references are supported: " + ref);
            }
            node = document.at(ref.substring(1));
            if (node.isMissingNode()) {
                throw new IllegalArgumentException("unresolved reference " + ref);
            }
        }
        return node;
    }

    private void check(JsonNode schemaNode, JsonNode value, String at, List<String> problems) {
        JsonNode schema = resolve(schemaNode);
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                problems.add(at + ": null, but the schema is not nullable");
            }
            return;
        }
        for (JsonNode part : schema.path("allOf")) {
            check(part, value, at, problems);
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> object(schema, value, at, problems);
            case "array" -> array(schema, value, at, problems);
            case "string" -> string(schema, value, at, problems);
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(at + ": expected an integer, got " + value);
                } else if ("int32".equals(schema.path("format").asText()) && !value.canConvertToInt()) {
                    problems.add(at + ": " + value + " is not an int32");
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problems.add(at + ": expected a number, got " + value);
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(at + ": expected a boolean, got " + value);
                }
            }
            case "" -> {
                // no type: anything (or the allOf above)
            }
            default -> problems.add(at + ": unsupported schema type " + type);
        }
        if (schema.has("enum") && !value.isNull()) {
            boolean listed = false;
            for (JsonNode e : schema.get("enum")) {
                listed |= e.equals(value);
            }
            if (!listed) {
                problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
    }

    private void object(JsonNode schema, JsonNode value, String at, List<String> problems) {
        if (!value.isObject()) {
            problems.add(at + ": expected an object, got " + abbreviate(value));
            return;
        }
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                problems.add(at + ": required property " + required.asText() + " is missing");
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String path = at + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), path, problems);
            } else if (additional != null && additional.isObject()) {
                check(additional, field.getValue(), path, problems);
            } else if (additional == null && properties.size() > 0 || additional != null && !additional.asBoolean(true)) {
                problems.add(path + ": not declared in the document");
            }
        }
    }

    private void array(JsonNode schema, JsonNode value, String at, List<String> problems) {
        if (!value.isArray()) {
            problems.add(at + ": expected an array, got " + abbreviate(value));
            return;
        }
        if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
            problems.add(at + ": fewer than " + schema.get("minItems") + " items");
        }
        if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
            problems.add(at + ": more than " + schema.get("maxItems") + " items");
        }
        for (int i = 0; i < value.size(); i++) {
            check(schema.path("items"), value.get(i), at + "[" + i + "]", problems);
        }
    }

    private static void string(JsonNode schema, JsonNode value, String at, List<String> problems) {
        if (!value.isTextual()) {
            problems.add(at + ": expected a string, got " + abbreviate(value));
            return;
        }
        String format = schema.path("format").asText("");
        try {
            if (format.equals("date")) {
                LocalDate.parse(value.asText());
            } else if (format.equals("date-time")) {
                OffsetDateTime.parse(value.asText());
            }
        } catch (DateTimeParseException e) {
            problems.add(at + ": " + value + " is not a " + format);
        }
    }

    private static String abbreviate(JsonNode value) {
        String s = value.toString();
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
