package org.openplate.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.commonmark.renderer.html.UrlSanitizer;
import org.openplate.common.LocalPaths;

/**
 * The link and image targets an article may carry: an allow-list, never a deny-list of schemes
 * (OWASP XSS Prevention Cheat Sheet, rule 5, "only allow http and https URLs"; OWASP Markdown
 * guidance). Links may go to {@code http}, {@code https} or {@code mailto} addresses or to a path on
 * this site (one check, {@link LocalPaths}); images only to {@code http}, {@code https} or a local
 * path. Anything else ({@code data:}, {@code javascript:}, {@code vbscript:}, {@code //host},
 * {@code \\host}, a scheme hidden by whitespace, control characters or entities, which the Markdown
 * parser has already decoded when this runs) becomes an empty target.
 */
final class LinkTargets implements UrlSanitizer {

    private static final Set<String> WEB = Set.of("http", "https");
    private static final int MAX_LENGTH = 2000;

    @Override
    public String sanitizeLinkUrl(String url) {
        return allowed(url, true) ? url : "";
    }

    @Override
    public String sanitizeImageUrl(String url) {
        return allowed(url, false) ? url : "";
    }

    static boolean allowed(String url, boolean mailto) {
        if (url == null || url.isEmpty() || url.length() > MAX_LENGTH || hasControlOrSpace(url)) {
            return false;
        }
        if (url.startsWith("#")) {
            return LocalPaths.isLocal("/a" + url);      // a fragment on this page, checked as part of a path
        }
        if (url.startsWith("/")) {
            return LocalPaths.isLocal(url);
        }
        URI uri;
        try {
            uri = new URI(url);                         // RFC 3986 syntax: no backslash, no spaces
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (WEB.contains(scheme)) {
            return uri.getRawAuthority() != null && uri.getHost() != null && !uri.getHost().isEmpty();
        }
        return mailto && scheme.equals("mailto") && uri.getRawSchemeSpecificPart().contains("@");
    }

    /** Browsers drop TAB, CR and LF inside URLs and trim C0 and space around them: refuse them all. */
    private static boolean hasControlOrSpace(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return true;
            }
        }
        return false;
    }
}
