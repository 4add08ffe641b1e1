package org.openplate.article;

import java.time.Instant;

/** An uploaded image, served at {@link #path()}. */
public record ArticleImage(String name, String contentType, long sizeBytes, int width, int height,
                           Instant uploadedAt) {

    public String path() {
        return "/media/" + name;
    }
}
