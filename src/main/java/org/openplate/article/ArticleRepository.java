package org.openplate.article;

import java.util.List;
import java.util.Optional;
import org.openplate.account.UserId;

/** Storage port for editors' articles, their versions and uploaded images. */
interface ArticleRepository {

    /** Creates the article with its first version; returns the article id. */
    long create(String slug, ArticleDraft first, UserId by, long now);

    /** Appends a version; returns its id. */
    long addVersion(long articleId, ArticleDraft draft, UserId by, long now);

    Optional<StoredArticle> find(long id);

    Optional<Long> idBySlug(String slug);

    /** Every article, most recently saved first. */
    List<StoredArticle> all();

    /** Articles with a published version. */
    List<StoredArticle> published();

    /** Points readers at the article's latest version. */
    void publishLatest(long articleId, long now);

    void unpublish(long articleId);

    void addImage(ArticleImage image, UserId by);

    Optional<ArticleImage> image(String name);

    List<ArticleImage> images();
}
