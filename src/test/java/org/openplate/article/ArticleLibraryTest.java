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

    @Test
    void markdownIsRenderedSafely() {
        String[] payloads = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "![x](javascript:alert(1))",
            "<svg onload=alert(1)>",
        };
        for (String p : payloads) {
            String html = ArticleLibrary.render("Hello " + p);
            assertFalse(html.contains("<script"), html);
            assertFalse(html.contains("<img src=\"x\""), html);
            assertFalse(html.toLowerCase().contains("href=\"javascript:"), html);
            assertFalse(html.toLowerCase().contains("src=\"javascript:"), html);
            assertFalse(html.contains("<iframe") || html.contains("<svg"), html);
        }
        String ok = ArticleLibrary.render("## Title\n\n*ok* [link](https://example.org)");
        assertTrue(ok.contains("href=\"https://example.org\"") && ok.contains(">link</a>") && ok.contains("<h2>Title</h2>"), ok);
    }

    @Test
    void frontMatterIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> ArticleLibrary.parse("# no front matter"));
        assertThrows(IllegalArgumentException.class, () -> ArticleLibrary.parse("---\ntitle: x\n---\nbody"));
    }
}
