package org.openplate.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client, like one browser: it does not follow redirects. */
public final class HttpSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final TestApp app;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    public HttpSession(TestApp app) {
        this.app = app;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(app.url(path))).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file for {@link #multipart}: the form field, the file name and the bytes. */
    public record Upload(String field, String filename, byte[] bytes) {
    }

    /** Posts multipart/form-data: the text fields, then the files; {@code csrfHeader} may be null. */
    public HttpResponse<String> multipart(String path, Map<String, String> fields, java.util.List<Upload> files,
                                          String csrfHeader) {
        String boundary = "----op" + System.nanoTime();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        fields.forEach((k, v) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
        for (Upload u : files) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + u.field()
                    + "\"; filename=\"" + u.filename() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(u.bytes());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
        if (csrfHeader != null) {
            b.header("X-CSRF-Token", csrfHeader);
        }
        return send(b.build());
    }

    /** Posts a form as-is (the caller decides about the CSRF field). */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Loads {@code formPage}, takes its CSRF token, and posts the fields with it to {@code action}. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        String token = csrfFrom(get(formPage).body());
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token);
        return postForm(action, all);
    }

    public HttpResponse<String> json(String method, String path, String body, String csrf) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        return send(b.build());
    }

    public static String csrfFrom(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF field in page");
        }
        return m.group(1);
    }

    /** Signs up and stays signed in; returns the response of the sign-up POST. */
    public HttpResponse<String> signUp(String email, String password) {
        return submit("/signup", "/signup", Map.of("email", email, "password", password, "confirmPassword", password));
    }

    public HttpResponse<String> signIn(String email, String password) {
        return submit("/signin", "/signin", Map.of("email", email, "password", password));
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
