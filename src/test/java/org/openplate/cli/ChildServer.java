package org.openplate.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The server in a child JVM (this test JVM's class path), for signal and crash tests. */
final class ChildServer implements AutoCloseable {

    final Process process;
    final int port;
    final Path log;

    private ChildServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Starts {@code serve} on a free port and waits (up to 90 s) for /health to answer 200. */
    static ChildServer start(Path dataDir, String databaseUrl, String user, String password) throws Exception {
        int port = freePort();
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.openplate.cli.Main", "serve", "--host", "127.0.0.1", "--port", String.valueOf(port),
                "--data-dir", dataDir.toString()));
        if (databaseUrl != null) {
            cmd.addAll(List.of("--database-url", databaseUrl, "--database-user", user, "--database-password", password));
        }
        Path log = Files.createTempFile("openplate-child", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ChildServer child = new ChildServer(p, port, log);
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the server exited: " + Files.readString(log));
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(child.uri("/health"))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return child;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        child.close();
        throw new IllegalStateException("the server did not become healthy: " + Files.readString(log));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
