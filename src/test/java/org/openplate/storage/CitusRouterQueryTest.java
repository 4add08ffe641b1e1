package org.openplate.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.StatementRecorder;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/**
 * On a Citus cluster, every statement of the per-user hot paths is a router query: its plan has exactly one
 * task, so it runs on one shard of one worker and never fans out over the cluster. The statements are the
 * application's own, recorded while it serves real requests, and EXPLAINed with the values they were bound
 * to. Runs in scripts/citus-test.sh (it needs the cluster); the regular run skips it.
 */
@EnabledIf("org.openplate.testing.TestDatabases#onCitus")
class CitusRouterQueryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.net.http.HttpClient BARE = java.net.http.HttpClient.newHttpClient();
    private static final String DAY = "2026-11-20";
    private static final Pattern TASKS = Pattern.compile("Task Count: (\\d+)");

    @Test
    void everyHotPathStatementRunsOnOneShard() throws Exception {
        StatementRecorder.install();
        TestDatabases.TestDb db = StatementRecorder.recorded(TestDatabases.postgres());
        try (TestApp app = TestApp.start(db)) {
            List<SignedInUser> users = new ArrayList<>();
            for (String name : List.of("ann", "bob", "cat", "dan")) {
                SignedInUser u = SignedInUser.signUp(app, name);
                users.add(u);
                long banana = food(u, "banana");
                long oats = food(u, "oatmeal");
                for (long f : List.of(banana, oats)) {
                    HttpResponse<String> r = u.json("POST", "/api/v1/diary/entries", "{\"date\":\"" + DAY
                            + "\",\"foodId\":" + f + ",\"amount\":100,\"portion\":\"g\"}", u.csrf());
                    assertEquals(201, r.statusCode(), r.body());
                }
                assertEquals(201, u.json("POST", "/api/v1/weights", "{\"date\":\"" + DAY + "\",\"weight\":\"80.5kg\"}",
                        u.csrf()).statusCode());
            }
            SignedInUser ann = users.get(0);
            long banana = food(ann, "banana");
            Map<String, Request> paths = new LinkedHashMap<>();
            paths.put("day summary", () -> ann.get("/api/v1/diary/days/" + DAY));
            paths.put("day page", () -> ann.get("/diary/" + DAY));
            paths.put("add an entry", () -> ann.json("POST", "/api/v1/diary/entries", "{\"date\":\"" + DAY
                    + "\",\"foodId\":" + banana + ",\"amount\":1,\"portion\":\"g\"}", ann.csrf()));
            String secret = JSON.readTree(ann.json("POST", "/api/v1/tokens", "{\"name\":\"phone\",\"scope\":\"write\"}",
                    ann.csrf()).body()).get("secret").asText();
            paths.put("add with a token", () -> BARE.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(app.url("/api/v1/diary/entries")))
                    .header("Authorization", "Bearer " + secret).header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"date\":\"" + DAY + "\",\"foodId\":"
                            + banana + ",\"amount\":2,\"portion\":\"g\"}")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()));
            paths.put("week", () -> ann.get("/api/v1/diary/week?start=" + DAY));
            paths.put("weight list", () -> ann.get("/api/v1/weights"));
            paths.put("weight trend", () -> ann.get("/api/v1/weights/trend"));
            paths.put("notifications", () -> ann.get("/api/v1/notifications"));
            paths.put("recent foods", () -> ann.get("/api/v1/diary/recent"));
            paths.put("frequent foods", () -> ann.get("/api/v1/diary/frequent"));
            paths.put("export", () -> ann.get("/api/v1/export"));

            StringBuilder report = new StringBuilder();
            // The check itself: a query over every user's rows fans out to all of diary_entries' shards.
            try (Connection c = DriverManager.getConnection(TestDatabases.stripRecording(db.url()), db.user(),
                    db.password())) {
                String all = explain(c, c, new StatementRecorder.Executed("SELECT COUNT(*) FROM diary_entries", List.of()));
                Matcher m = TASKS.matcher(all);
                assertTrue(m.find() && Integer.parseInt(m.group(1)) > 1, all);
            }
            List<String> failures = new ArrayList<>();
            String url = TestDatabases.stripRecording(db.url());
            try (Connection c = DriverManager.getConnection(url, db.user(), db.password());
                    Connection simple = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?")
                            + "preferQueryMode=simple", db.user(), db.password())) {
                for (Map.Entry<String, Request> p : paths.entrySet()) {
                    StatementRecorder.drain();
                    HttpResponse<String> r = p.getValue().send();
                    assertTrue(r.statusCode() < 300, p.getKey() + " answered " + r.statusCode() + ": " + r.body());
                    int explained = 0;
                    int citus = 0;
                    for (StatementRecorder.Executed e : StatementRecorder.drain()) {
                        if (e.background()) {
                            continue;                       // an hourly purge that happened to run meanwhile
                        }
                        String plan = explain(c, simple, e);
                        if (plan == null) {
                            continue;
                        }
                        explained++;
                        citus += plan.contains("Custom Scan (Citus") ? 1 : 0;
                        Matcher m = TASKS.matcher(plan);
                        while (m.find()) {
                            if (!m.group(1).equals("1")) {
                                failures.add(p.getKey() + ": " + m.group(1) + " tasks for " + e.sql() + "\n" + plan);
                            }
                        }
                    }
                    assertTrue(citus > 0, p.getKey() + " ran no statement on a Citus table");
                    report.append(String.format("%-16s %3d statements (%d on Citus tables), each on one shard%n",
                            p.getKey(), explained, citus));
                }
            }
            System.out.print(report);
            assertEquals(List.of(), failures, "statements that fan out over shards");
            assertFalse(report.isEmpty());
        }
    }

    /** A statement's plan with its parameters, or null for what is not a query (transaction control, SET …). */
    private static String explain(Connection c, Connection simple, StatementRecorder.Executed e) throws SQLException {
        String sql = e.sql().strip();
        String head = sql.length() < 7 ? sql.toUpperCase() : sql.substring(0, 7).toUpperCase();
        if (!(head.startsWith("SELECT") || head.startsWith("INSERT") || head.startsWith("UPDATE")
                || head.startsWith("DELETE") || head.startsWith("WITH"))) {
            return null;
        }
        if (sql.contains("pg_advisory") || sql.equalsIgnoreCase("SELECT 1")) {
            return null;
        }
        if (head.startsWith("INSERT") && sql.contains(" SELECT ")) {
            // Citus cannot EXPLAIN an INSERT ... SELECT whose parameters are left open ("could not create
            // distributed plan"), though it runs it: explain it with the values written into the statement,
            // as the driver's simple query mode does
            return plan(simple, sql, e);
        }
        return plan(c, sql, e);
    }

    private static String plan(Connection c, String sql, StatementRecorder.Executed e) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < e.params().size(); i++) {
                p.setObject(i + 1, e.params().get(i));
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    private static long food(SignedInUser u, String q) throws Exception {
        JsonNode items = JSON.readTree(u.get("/api/v1/foods?q=" + q + "&limit=1").body()).get("items");
        return items.get(0).get("id").asLong();
    }

    private interface Request {
        HttpResponse<String> send() throws Exception;
    }
}
