package org.openplate.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleLibraryTest {

    @Test
    void shippedArticlesParseWithSourcesAndTheBackCareAdvice() {
        ArticleLibrary lib = ArticleLibrary.load();
        assertEquals(ArticleLibrary.FILES.size(), lib.all().size());
        for (Article a : lib.all()) {
            assertTrue(a.html().contains("<h2>Sources</h2>"), a.slug() + " cites its sources");
            assertEquals("OpenPlate editorial team", a.author());
            assertFalse(a.tags().isEmpty());
            assertTrue(a.heroImage() != null && a.heroAlt() != null && a.heroCredit() != null, a.slug() + " hero");
            assertTrue(ArticleLibrary.class.getResource(a.heroImage()) != null, a.heroImage() + " is shipped");
            assertSafe(a.html());
        }
        Article back = lib.bySlug("back-pain-after-stretching").orElseThrow();
        for (String cause : List.of("back problem underneath", "abdominal muscles", "wrong muscles", "too hard or too fast",
                "20 to 30 seconds", "mild tension")) {
            assertTrue(back.markdown().contains(cause), cause);
        }
        assertEquals(List.of("back-pain-after-stretching"), lib.search("stretching hamstrings").stream()
                .map(Article::slug).toList());
        long energy = lib.all().stream().filter(a -> a.tags().contains("energy")).count();
        assertTrue(energy >= 2);
        assertEquals(energy, lib.tagged("energy").size());
        assertTrue(lib.tagged("energy").stream().allMatch(a -> a.tags().contains("energy")));
        assertTrue(lib.search("zzzz").isEmpty());
    }

    /** The usual XSS payloads, as an editor might paste them into Markdown. */
    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](vbscript:msgbox(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "![x](javascript:alert(1))",
            "<svg onload=alert(1)>",
            "<style>body{display:none}</style>",
            "<object data=\"https://evil.example/x.swf\"></object>",
            "[t](https://example.org \"x\" onmouseover=\"alert(1)\")",
            "<details open ontoggle=alert(1)>",
            "`<script>`x` **<b onclick=alert(1)>bold</b>**",
            // schemes other than http, https, mailto and local paths, however they are spelt
            "[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![d](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "[d](DATA:text/html,<script>alert(1)</script>)",
            "[d](DaTa:text/html,x)",
            "[d]( data:text/html,x)",
            "[d](<data:text/html,x>)",
            "[d](< data:text/html,x>)",
            "[v](VBScript:msgbox(1))",
            "[j](jav&#x09;ascript:alert(1))",
            "[j](jav&#9;ascript:alert(1))",
            "[j](&#106;avascript:alert(1))",
            "[j](&#x6A;&#x61;vascript:alert(1))",
            "[j](<jav\tascript:alert(1)>)",
            "[j](java%0ascript:alert(1))",
            "[j](&#x20;javascript:alert(1))",
            "[f](file:///etc/passwd)",
            "[n](//evil.example/x)",
            "[n](\\\\evil.example/x)",
            "[n](\\\\\\\\evil.example/x)",
            "[n](/\\evil.example/x)",
            "[n](/%09/evil.example/x)",
            "![n](//evil.example/x.png)",
            "![m](mailto:someone@example.org)",
            "[r]: data:text/html,x\n\n[ref][r]",
            "<data:text/html,x>",
            "<javascript:alert(1)>");

    /** Targets a rendered article may carry: http(s), mailto (links only), or one local path. */
    private static final java.util.regex.Pattern ALLOWED_TARGET = java.util.regex.Pattern.compile(
            "https?://[^/\\\\\\s][^\\s\\\\]*|mailto:[^\\s]+@[^\\s]+|/(?![/\\\\])[^\\s\\\\]*|#[^\\s]*|",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern TARGET = java.util.regex.Pattern.compile(
            "\\s(href|src)=\"([^\"]*)\"", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** No executable markup survives: raw tags are escaped and unsafe link schemes removed. */
    static void assertSafe(String html) {
        String lower = html.toLowerCase(java.util.Locale.ROOT);
        for (String tag : List.of("<script", "<iframe", "<svg", "<style", "<object", "<details", "<b ", "<img src=\"x\"")) {
            assertFalse(lower.contains(tag), tag + " in " + html);
        }
        assertFalse(lower.matches("(?s).*\\s(href|src)=\"\\s*(javascript|vbscript):.*"), html);
        assertFalse(lower.matches("(?s).*<[a-z][^>]*\\son[a-z]+=.*"), "event handler attribute in " + html);
        java.util.regex.Matcher m = TARGET.matcher(html);
        while (m.find()) {
            String target = org.openplate.testing.Html.unescape(m.group(2));
            assertTrue(ALLOWED_TARGET.matcher(target).matches(), m.group(1) + "=\"" + target + "\" in " + html);
            assertFalse(m.group(1).equalsIgnoreCase("src") && target.toLowerCase(java.util.Locale.ROOT).startsWith("mailto:"),
                    "an image from a mailto address in " + html);
        }
    }

    @Test
    void markdownIsRenderedSafely() {
        for (String p : PAYLOADS) {
            assertSafe(ArticleLibrary.render("Hello " + p));
        }
        String ok = ArticleLibrary.render("## Title\n\n*ok* [link](https://example.org)");
        assertTrue(ok.contains("href=\"https://example.org\"") && ok.contains(">link</a>") && ok.contains("<h2>Title</h2>"), ok);
        // the allowed kinds survive as written
        String kept = ArticleLibrary.render("[a](HTTPS://example.org/a?b=1#c) [m](mailto:team@example.org) [l](/weight)"
                + " [f](#sources) ![i](/media/0123456789abcdef0123456789abcdef.png) ![w](https://example.org/i.png)");
        for (String target : List.of("href=\"HTTPS://example.org/a?b=1#c\"", "href=\"mailto:team@example.org\"",
                "href=\"/weight\"", "href=\"#sources\"", "src=\"/media/0123456789abcdef0123456789abcdef.png\"",
                "src=\"https://example.org/i.png\"")) {
            assertTrue(kept.contains(target), target + " in " + kept);
        }
        assertSafe(kept);
    }

    @Test
    void frontMatterIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> ArticleLibrary.parse("# no front matter"));
        assertThrows(IllegalArgumentException.class, () -> ArticleLibrary.parse("---\ntitle: x\n---\nbody"));
    }
}
