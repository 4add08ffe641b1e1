package org.openplate.article;

import java.time.Instant;

/**
 * An article written in the browser: its latest version (the draft the editor sees) and the version
 * readers see, if it has been published.
 */
public record StoredArticle(long id, String slug, Instant createdAt, ArticleVersion latest, ArticleVersion published,
                            Instant firstPublishedAt, Instant lastPublishedAt) {

    public boolean isPublished() {
        return published != null;
    }

    /** The latest version differs from what readers see. */
    public boolean hasUnpublishedChanges() {
        return published == null || published.id() != latest.id();
    }

    public String status() {
        if (published == null) {
            return "Draft";
        }
        return hasUnpublishedChanges() ? "Published, with unpublished changes" : "Published";
    }
}
