package org.openplate.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/profile", "/diary/2026-11-23", "/exercise/entries/12?x=1#top",
            "/foods?q=banana%20raw", "/weight?range=90d&unit=lb", "/articles/back-pain-after-stretching"})
    void acceptsPathsInsideTheApp(String path) {
        assertTrue(LocalPaths.isLocal(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "profile", "//evil.example/", "/\\evil.example/x", "/\t/evil.example/",
            "/\t/evil.example/x", "\t/evil.example", "/\n/evil.example", "/\r/evil.example", "/%09/evil.example/",
            "/%2F/evil.example", "/%5cevil.example", "https://evil.example/", "javascript:alert(1)",
            "/ /evil.example", "/\u0000x", "/caf\u00e9", "/a\\b", " /profile", "/profile\u2028",
            "/\u3002evil.example", "data:text/html,x"})
    void refusesAnythingABrowserCouldTakeOffSite(String path) {
        assertFalse(LocalPaths.isLocal(path), path);
    }

    @org.junit.jupiter.api.Test
    void refusesNullAndOverlongValues() {
        assertFalse(LocalPaths.isLocal(null));
        assertFalse(LocalPaths.isLocal("/" + "a".repeat(LocalPaths.MAX_LENGTH)));
    }
}
