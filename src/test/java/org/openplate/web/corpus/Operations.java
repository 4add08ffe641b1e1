package org.openplate.web.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The operations of src/main/resources/api/openapi.json, read at test time: parameters, body fields, statuses. */
final class Operations {

    static final String DOCUMENT = "api/openapi.json";

    /** A parameter: where it goes (path or query) and its name. */
    record Param(String in, String name) {
    }

    /** One documented operation. {@code bodyType} is null when it takes no body. */
    record Op(String method, String template, List<Param> params, String bodyType, List<String> bodyFields,
              Set<Integer> statuses) {
        String key() {
            return method + " " + template;
        }

        boolean hasPathId() {
            return params.stream().anyMatch(p -> p.in().equals("path") && p.name().equals("id"));
        }
    }

    private Operations() {
    }

    static JsonNode document() {
        try (InputStream in = Operations.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Op> all(JsonNode doc) {
        List<Op> ops = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
            String method = m.getKey().toUpperCase(Locale.ROOT);
            if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                return;
            }
            JsonNode op = m.getValue();
            List<Param> params = new ArrayList<>();
            for (JsonNode p : iterable(path.getValue().path("parameters"), op.path("parameters"))) {
                JsonNode r = resolve(doc, p);
                params.add(new Param(r.get("in").asText(), r.get("name").asText()));
            }
            String bodyType = null;
            List<String> fields = new ArrayList<>();
            JsonNode content = op.path("requestBody").path("content");
            if (content.isObject() && content.size() > 0) {
                bodyType = content.fieldNames().next();
                JsonNode schema = resolve(doc, content.get(bodyType).path("schema"));
                schema.path("properties").fieldNames().forEachRemaining(fields::add);
            }
            Set<Integer> statuses = new LinkedHashSet<>();
            op.get("responses").fieldNames().forEachRemaining(s -> statuses.add(Integer.parseInt(s)));
            ops.add(new Op(method, path.getKey(), params, bodyType, fields, statuses));
        }));
        return ops;
    }

    private static List<JsonNode> iterable(JsonNode... arrays) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode a : arrays) {
            a.forEach(out::add);
        }
        return out;
    }

    static JsonNode resolve(JsonNode doc, JsonNode node) {
        JsonNode n = node;
        while (n.has("$ref")) {
            n = doc.at(n.get("$ref").asText().substring(1));
        }
        return n;
    }
}
