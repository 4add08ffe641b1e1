package org.openplate.article;

import io.javalin.config.RoutesConfig;
import java.util.List;
import org.openplate.common.NotFoundException;
import org.openplate.profile.CalculatorView;
import org.openplate.units.UnitSystem;
import org.openplate.account.AuthGuard;
import org.openplate.web.Routes;
import org.openplate.web.Views;

/** Articles: the index with search, tag pages, and each article beside the calorie-goal widget. */
final class ArticlePages implements Routes {

    private final ArticleService articles;
    private final Views views;
    private final AuthGuard guard;
    private final TodaySource days;

    ArticlePages(ArticleService articles, Views views, AuthGuard guard, TodaySource days) {
        this.articles = articles;
        this.views = views;
        this.guard = guard;
        this.days = days;
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/media/{name}", ctx -> {
            MediaStore.Media f = articles.imageFile(ctx.pathParam("name"))
                    .orElseThrow(() -> new NotFoundException("No image called " + ctx.pathParam("name") + "."));
            // the name is the SHA-256 of the bytes: it is its own strong validator and never changes
            String etag = "\"" + f.name() + "\"";
            ctx.header("ETag", etag);
            ctx.header("Cache-Control", "public, max-age=31536000, immutable");
            ctx.header("Content-Security-Policy", "default-src 'none'; sandbox");
            if (matches(ctx.header("If-None-Match"), etag)) {
                ctx.status(304);
                return;
            }
            ctx.header("Content-Type", f.contentType());
            ctx.result(f.bytes());
        });
        r.get("/articles", ctx -> {
            ArticleLibrary library = articles.library();
            String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
            List<Article> list = q.isEmpty() ? library.all() : library.search(q);
            views.send(ctx, 200, "article/index.jte", views.page(ctx, "Articles"), "articles", list, "q", q,
                    "tag", null);
        });
        r.get("/articles/tag/{tag}", ctx -> {
            ArticleLibrary library = articles.library();
            List<Article> list = library.tagged(ctx.pathParam("tag"));
            if (list.isEmpty()) {
                throw new NotFoundException("No articles are tagged " + ctx.pathParam("tag") + ".");
            }
            views.send(ctx, 200, "article/index.jte", views.page(ctx, "Articles: " + ctx.pathParam("tag")),
                    "articles", list, "q", "", "tag", ctx.pathParam("tag"));
        });
        r.get("/articles/{slug}", ctx -> {
            ArticleLibrary library = articles.library();
            Article a = library.bySlug(ctx.pathParam("slug"))
                    .orElseThrow(() -> new NotFoundException("No article called " + ctx.pathParam("slug") + "."));
            // A signed-in user with a goal sees their day; visitors (and users without a goal) the calculator.
            Today today = guard.session(ctx).flatMap(s -> days.today(s.userId())).orElse(null);
            views.send(ctx, 200, "article/article.jte", views.page(ctx, a.title()), "article", a, "related",
                    library.related(a), "form", CalculatorView.fromValues(java.util.Map.of(), UnitSystem.US),
                    "today", today);
        });
    }

    /** RFC 9110 13.1.2: If-None-Match is "*" or a list of entity tags, compared weakly. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String t : ifNoneMatch.split(",")) {
            String tag = t.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
