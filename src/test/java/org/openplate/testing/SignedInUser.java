package org.openplate.testing;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * The sign-up preamble of the HTTP tests in one place: a fresh account (unique email from a prefix),
 * signed in on its own cookie-keeping {@link HttpSession}, with the session's CSRF token read from a page.
 * The request methods delegate to the session, so a test uses it where it used the session.
 */
public final class SignedInUser {

    public static final String PASSWORD = "correct horse";

    private final HttpSession http;
    private final String email;
    private final String csrf;

    private SignedInUser(HttpSession http, String email, String csrf) {
        this.http = http;
        this.email = email;
        this.csrf = csrf;
    }

    /** Signs up {@code prefix<nanos>@example.org} with {@link #PASSWORD}. */
    public static SignedInUser signUp(TestApp app, String prefix) {
        return signUp(app, prefix, PASSWORD);
    }

    /** Signs up {@code prefix<nanos>@example.org}, checks the sign-up redirected, and reads the CSRF token. */
    public static SignedInUser signUp(TestApp app, String prefix, String password) {
        HttpSession http = new HttpSession(app);
        String email = prefix + System.nanoTime() + "@example.org";
        int status = http.signUp(email, password).statusCode();
        if (status != 303) {
            throw new AssertionError("sign-up of " + email + " answered " + status + ", expected 303");
        }
        return new SignedInUser(http, email, HttpSession.csrfFrom(http.get("/profile").body()));
    }

    public HttpSession http() {
        return http;
    }

    public String email() {
        return email;
    }

    /** The session's CSRF token, for the X-CSRF-Token header or the _csrf form field. */
    public String csrf() {
        return csrf;
    }

    public HttpResponse<String> get(String path) {
        return http.get(path);
    }

    public HttpResponse<String> send(HttpRequest request) {
        return http.send(request);
    }

    public HttpResponse<byte[]> sendBytes(HttpRequest request) {
        return http.sendBytes(request);
    }

    public HttpResponse<String> json(String method, String path, String body, String csrfHeader) {
        return http.json(method, path, body, csrfHeader);
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        return http.postForm(path, fields);
    }

    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        return http.submit(formPage, action, fields);
    }

    public HttpResponse<String> multipart(String path, Map<String, String> fields, List<HttpSession.Upload> files,
                                          String csrfHeader) {
        return http.multipart(path, fields, files, csrfHeader);
    }

    public String cookie(String name) {
        return http.cookie(name);
    }
}
