package org.openplate.article;

import java.time.Instant;
import java.util.List;

/** One saved version of an editor's article: what the form held when it was saved. */
public record ArticleVersion(long id, String title, String summary, List<String> tags, List<String> features,
                             String heroImage, String heroAlt, String heroCredit, String body, Instant savedAt) {

    public ArticleVersion {
        tags = List.copyOf(tags);
        features = List.copyOf(features);
    }
}
