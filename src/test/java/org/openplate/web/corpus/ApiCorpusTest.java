package org.openplate.web.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * The bad-input corpus: every operation of the OpenAPI document (read at test time) gets bad values
 * in each path parameter, query parameter and JSON body field, and broken whole bodies, from a
 * signed-in user. Every answer must be below 500; every 4xx under /api/ must have the JSON error
 * shape with a status the operation documents; a 400 about one body field must name that field;
 * another user's ids (in the path) answer 404 and (in a body) never succeed. Runs on SQLite and
 * PostgreSQL.
 */
class ApiCorpusTest {

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void everyOperationRefusesBadInputCleanly(TestDb db) throws Exception {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        List<Operations.Op> ops = Operations.all(Operations.document());
        try (TestApp app = TestApp.start(db)) {
            CorpusUser me = CorpusUser.create(app, "corpus-a", day);
            CorpusUser other = CorpusUser.create(app, "corpus-b", day);
            CorpusRun run = new CorpusRun(me, other, new Baselines(me, day));
            long started = System.nanoTime();
            for (Operations.Op op : ops) {
                run.operation(op);
            }
            System.out.printf("API corpus on %s: %d requests in %d s%n", db, run.checks.sent(),
                    (System.nanoTime() - started) / 1_000_000_000);
            java.nio.file.Files.write(java.nio.file.Path.of("target", "api-corpus-" + db + ".txt"),
                    run.checks.problems());
            System.out.println("API corpus on " + db + ": " + ops.size() + " operations, " + run.checks.sent()
                    + " requests, " + run.checks.problems().size() + " problems");
            Map<String, List<String>> unexpected = run.checks.problems().stream()
                    .filter(p -> KnownElsewhere.owner(p) == null)
                    .collect(Collectors.groupingBy(p -> p.substring(0, p.indexOf(':')), LinkedHashMap::new,
                            Collectors.toList()));
            if (!unexpected.isEmpty()) {
                fail(unexpected.values().stream().mapToInt(List::size).sum() + " problems:\n  " + unexpected.values()
                        .stream().flatMap(l -> l.stream().limit(6)).collect(Collectors.joining("\n  ")));
            }
            assertTrue(run.checks.sent() > 2000, "the corpus ran");
        }
    }

    /** Sends the cases of one operation. */
    static final class CorpusRun {
        final CorpusUser me;
        final CorpusUser other;
        final Baselines base;
        final CorpusChecks checks = new CorpusChecks();

        CorpusRun(CorpusUser me, CorpusUser other, Baselines base) {
            this.me = me;
            this.other = other;
            this.base = base;
        }

        void operation(Operations.Op op) {
            Map<String, String> path = new LinkedHashMap<>();
            Map<String, String> query = new LinkedHashMap<>();
            for (Operations.Param p : op.params()) {
                if (p.in().equals("path")) {
                    path.put(p.name(), base.path(op, p.name()));
                } else if (base.query(op, p.name()) != null) {
                    query.put(p.name(), base.query(op, p.name()));
                }
            }
            Map<String, String> body = base.body(op);
            String[] raw = base.raw(op);
            boolean delete = op.method().equals("DELETE");
            if (!delete) {
                send(op, "baseline", path, query, body, raw, null, Expect.ANY);
            }
            for (Operations.Param p : op.params()) {
                Map<String, String> values = new LinkedHashMap<>(BadValues.text());
                if (p.in().equals("path") && p.name().equals("id")) {
                    values.put("not-found", "999999999");
                    send(op, "path id=another user's", with(path, "id",
                            other.id(CorpusUser.kindOf(op.template()))), query, body, raw, null,
                            Expect.NOT_FOUND);
                }
                if (p.in().equals("path")) {
                    values.remove("empty");     // another route (or none): not this operation's input
                }
                values.forEach((name, value) -> {
                    String label = p.in() + " " + p.name() + "=" + name;
                    if (p.in().equals("path")) {
                        send(op, label, with(path, p.name(), value), query, body, raw, null, Expect.ANY);
                    } else {
                        send(op, label, path, with(query, p.name(), value), body, raw, null, Expect.ANY);
                    }
                });
            }
            if (body != null) {
                Set<String> fields = new java.util.LinkedHashSet<>(body.keySet());
                fields.addAll(op.bodyFields());
                for (String field : fields) {
                    Map<String, String> values = new LinkedHashMap<>(BadValues.json());
                    String kind = CorpusUser.kindOfField(field);
                    if (kind != null) {
                        String foreign = Long.toString(other.ids.get(kind));
                        send(op, "body " + field + "=another user's " + foreign, path, query,
                                with(body, field, foreign), raw, field, Expect.REFUSED);
                        values.put("not-found", "999999999");
                    }
                    values.forEach((name, value) -> send(op, "body " + field + "=" + name, path, query,
                            with(body, field, value), raw, field, Expect.ANY));
                }
            }
            if (op.bodyType() != null) {
                BadValues.bodies().forEach((name, ct) -> send(op, "body " + name, path, query, null, ct, null,
                        Expect.ANY));
            }
        }

        private void send(Operations.Op op, String label, Map<String, String> path, Map<String, String> query,
                          Map<String, String> body, String[] raw, String field, Expect expect) {
            String p = op.template();
            for (Map.Entry<String, String> e : path.entrySet()) {
                p = p.replace("{" + e.getKey() + "}", encPath(e.getValue()));
            }
            if (!query.isEmpty()) {
                p += "?" + query.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                        .collect(Collectors.joining("&"));
            }
            String contentType = null;
            String text = null;
            if (body != null) {
                contentType = "application/json";
                text = body.entrySet().stream().filter(e -> e.getValue() != null)
                        .map(e -> "\"" + e.getKey() + "\":" + e.getValue()).collect(Collectors.joining(",", "{", "}"));
            } else if (raw != null) {
                contentType = raw[0];
                text = raw[1];
            }
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(me.url(p))).method(op.method(),
                    text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            HttpResponse<String> r;
            try {
                r = me.send(b);
            } catch (java.io.UncheckedIOException first) {
                try {   // the server may close a connection after refusing a request: try once on a new one
                    r = me.send(b);
                } catch (java.io.UncheckedIOException e) {
                    checks.noAnswer(op.method() + " " + p + " [" + label + "]", e.getCause());
                    return;
                }
            }
            checks.check(op, op.method() + " " + p.replaceAll("x{100,}", "x…") + " [" + label + "]", r, field, expect);
        }

        private static Map<String, String> with(Map<String, String> m, String key, String value) {
            Map<String, String> copy = new LinkedHashMap<>(m);
            copy.put(key, value);
            return copy;
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }

        private static String encPath(String s) {
            return enc(s).replace("+", "%20");
        }
    }

    enum Expect { ANY, NOT_FOUND, REFUSED }
}
