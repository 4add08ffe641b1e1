package org.openplate.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.openplate.App;
import org.openplate.account.Session;
import org.openplate.config.Settings;
import picocli.CommandLine.Command;

/**
 * A short, typical session against a throwaway server, for the JDK's ahead-of-time cache: {@code ./openplate}
 * runs it once per build with {@code -XX:AOTCacheOutput}, and the JVM records the classes it loaded and
 * linked and the methods it profiled, so that later starts skip that work. It starts the app on an empty
 * temporary data directory (as a first start does, unpacking the build's ready-made database), signs up, fills in
 * a profile, searches, logs food and reads the day, week and pages as a browser and the API would, then
 * stops and deletes the directory. Not for users, so hidden from the help.
 */
@Command(name = "train", hidden = true, description = "Exercise a throwaway server (used to record an AOT cache).")
final class TrainCommand implements Callable<Integer> {

    private static final List<String> QUERIES = List.of("banana", "oatmeal", "2% milk", "chiken brest", "greek yogurt",
            "apple", "rice cooked", "egg", "coffee", "bread");

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("openplate-train");
        long t0 = System.nanoTime();
        try {
            Settings settings = Settings.defaults().withDataDir(dir).withPort(0).withHost("127.0.0.1");
            org.openplate.storage.DataDirectorySeed.plant(settings);
            try (App app = App.build(settings, Clock.systemUTC()).start()) {
                app.foods().awaitReady();
                exercise(app);
            }
            System.err.printf("Training run done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            return 0;
        } finally {
            ThrowawayDirectory.delete(dir);
        }
    }

    private static void exercise(App app) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = "http://127.0.0.1:" + app.port();
        Session s = app.accounts().startSession(app.accounts().signUp("train@openplate.invalid",
                "a long training pass phrase").id());
        send(http, base, "GET", "/health", null, null);
        for (String page : List.of("/", "/signin", "/signup", "/articles")) {
            send(http, base, "GET", page, null, null);
        }
        send(http, base, "PUT", "/api/v1/profile", s, "{\"units\":\"us\",\"sex\":\"female\",\"birthDate\":\"1990-05-01\","
                + "\"height\":\"5ft4in\",\"weight\":\"150lb\",\"activity\":\"light\",\"goal\":\"lose-1\"}");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        for (int round = 0; round < 20; round++) {
            for (String q : QUERIES) {
                String found = send(http, base, "GET", "/api/v1/foods?limit=10&q="
                        + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8), s, null);
                int at = found.indexOf("\"id\":");
                if (round == 0 && at >= 0) {
                    String id = found.substring(at + 5, found.indexOf(',', at));
                    send(http, base, "POST", "/api/v1/diary/entries", s, "{\"foodId\":" + id + ",\"amount\":1}");
                }
            }
            send(http, base, "GET", "/api/v1/diary/days/" + today, s, null);
        }
        for (String page : List.of("/diary", "/diary/" + today, "/diary/" + today + "/add?q=banana", "/foods?q=milk",
                "/weight", "/reports", "/notifications", "/profile", "/exercise")) {
            send(http, base, "GET", page, s, null);
        }
        send(http, base, "GET", "/api/v1/diary/week?start=" + today, s, null);
        send(http, base, "GET", "/static/app.css", null, null);
    }

    private static String send(HttpClient http, String base, String method, String path, Session s, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (s != null) {
            b.header("Cookie", "op_session=" + s.token()).header("X-CSRF-Token", s.csrfToken());
        }
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 500) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode());
        }
        return r.body();
    }
}
