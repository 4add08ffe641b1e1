package org.openplate.article;

import io.javalin.http.Context;

/** The article editor's form as typed (kept as text so a refused form re-renders exactly). */
public record ArticleForm(String slug, String title, String summary, String tags, String features, String heroImage,
                   String heroAlt, String heroCredit, String body) {

    static ArticleForm of(Context ctx) {
        return new ArticleForm(ctx.formParam("slug"), ctx.formParam("title"), ctx.formParam("summary"),
                ctx.formParam("tags"), ctx.formParam("features"), ctx.formParam("heroImage"),
                ctx.formParam("heroAlt"), ctx.formParam("heroCredit"), ctx.formParam("body"));
    }

    static ArticleForm of(StoredArticle s) {
        ArticleVersion v = s.latest();
        return new ArticleForm(s.slug(), v.title(), v.summary(), String.join(", ", v.tags()),
                String.join(", ", v.features()), v.heroImage(), v.heroAlt(), v.heroCredit(), v.body());
    }

    static ArticleForm empty() {
        return new ArticleForm("", "", "", "", "", "", "", "", "");
    }

    ArticleDraft draft() {
        return ArticleDraft.of(slug, title, summary, tags, features, heroImage, heroAlt, heroCredit, body);
    }

    ArticleForm withSlug(String s) {
        return new ArticleForm(s, title, summary, tags, features, heroImage, heroAlt, heroCredit, body);
    }

    public String value(String v) {
        return v == null ? "" : v;
    }
}
