package org.openplate.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openplate.article.ArticleModule;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/** The help pages are served by the app to everyone, rendered from Markdown and escaped like articles. */
class HelpPagesHttpTest {

    @Test
    void theIndexListsEveryTopicAndEachTopicRenders() {
        try (TestApp app = TestApp.start(TestDatabases.sqlite())) {
            HttpSession visitor = new HttpSession(app);
            HttpResponse<String> index = visitor.get("/help");
            assertEquals(200, index.statusCode());
            for (String slug : List.of("formats", "importing", "api")) {
                assertTrue(index.body().contains("<a href=\"/help/" + slug + "\">"), slug + " listed");
                HttpResponse<String> topic = visitor.get("/help/" + slug);
                assertEquals(200, topic.statusCode(), slug);
                assertTrue(topic.body().contains("<h1>"), slug + " has its title as a heading");
            }
            String formats = visitor.get("/help/formats").body();
            assertTrue(formats.contains("<code>diary-entries.csv</code>"), formats);
            assertTrue(formats.contains("kilocalories (kcal)") && formats.contains("milligrams"), "units are named");
            String importing = visitor.get("/help/importing").body();
            for (String tracker : List.of("MyFitnessPal", "Cronometer", "Lose It!", "MyPlate")) {
                assertTrue(importing.contains(tracker), tracker);
            }
            assertTrue(visitor.get("/help/api").body().contains("href=\"/api/docs\">API documentation</a>"), "points to the API reference");
            assertTrue(visitor.get("/").body().contains("<a href=\"/help\" id=\"footer-help\">"), "footer links help");
            assertEquals(404, visitor.get("/help/..%2Fdocs%2Fformats").statusCode());
            assertEquals(404, visitor.get("/help/nothing-here").statusCode());
        }
    }

    @Test
    void theMarkdownIsRenderedThroughTheSanitisingRenderer() {
        String html = ArticleModule.renderMarkdown("# T\n\n<script>alert(1)</script> [x](javascript:alert%281%29)");
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("href=\"javascript:"), html);
        HelpLibrary library = HelpLibrary.load(md -> ArticleModule.renderMarkdown(md + "\n\n<b>raw</b>"));
        for (HelpTopic t : library.all()) {
            assertTrue(t.html().contains("&lt;b&gt;raw&lt;/b&gt;"), t.slug() + " went through the renderer");
            assertFalse(t.title().isBlank());
        }
    }
}
