package org.openplate.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/** Article index, search, tags, the article page with its widget, and links from the tracker. */
class ArticlePagesHttpTest {

    @Test
    void indexSearchTagsAndArticle() {
        try (TestApp app = TestApp.start(TestDatabases.sqlite())) {
            HttpSession s = new HttpSession(app);
            String index = s.get("/articles").body();
            for (String slug : ArticleLibrary.FILES) {
                assertTrue(index.contains("/articles/" + slug), slug);
            }
            assertTrue(s.get("/articles?q=plateau").body().contains("/articles/why-the-3500-calorie-rule-overpromises"));
            assertTrue(s.get("/articles?q=%3Cb%3Ezzq").body().contains("No article matches “&lt;b&gt;zzq”"));
            assertTrue(s.get("/articles/tag/energy").body().contains("Articles tagged"));
            assertEquals(404, s.get("/articles/tag/nope").statusCode());
            assertEquals(404, s.get("/articles/nope").statusCode());
            String article = s.get("/articles/back-pain-after-stretching").body();
            assertTrue(article.contains("id=\"calculator\""), "the calorie widget in the sidebar");
            assertTrue(article.contains("Related articles"));
            assertTrue(s.get("/calculator?sex=female&height=5ft4in&weight=150lb&age=35&activity=light&goal=lose-1").body()
                    .contains("/articles/how-your-calorie-goal-is-calculated"), "the calculator result links the goal article");
        }
    }
}
