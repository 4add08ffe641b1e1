package org.openplate.article;

import java.time.LocalDate;
import java.util.List;

/**
 * A published article: front matter (title, slug, author, summary, tags, hero image with its alt
 * text and credit, dates, related tracker features) and its Markdown body rendered to safe HTML.
 * {@code heroImage} is a site path ("/static/…" or "/media/…") or null.
 */
public record Article(String slug, String title, String author, String authorBio, String summary, List<String> tags,
                      LocalDate published, LocalDate updated, List<String> features, String heroImage,
                      String heroAlt, String heroCredit, String markdown, String html) {

    public Article {
        tags = List.copyOf(tags);
        features = List.copyOf(features);
    }
}
