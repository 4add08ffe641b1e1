package org.openplate.article;

import java.util.List;
import java.util.regex.Pattern;
import org.openplate.common.BadInputException;
import org.openplate.common.TextInput;

/**
 * What an editor saves: checked here so that every version in the database is valid. Each failure
 * names its field and what is accepted.
 */
record ArticleDraft(String slug, String title, String summary, List<String> tags, List<String> features,
                           String heroImage, String heroAlt, String heroCredit, String body) {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** A hero image is an uploaded image or one of the shipped illustrations. */
    static final Pattern HERO = Pattern.compile("/media/[0-9a-f]{32}\\.(png|jpg|gif)|/static/articles/[a-z0-9-]+\\.svg");
    static final int MAX_BODY = 100_000;
    static final int MAX_TAGS = 8;

    public ArticleDraft {
        TextInput.line("slug", slug);
        TextInput.line("title", title);
        TextInput.lines("summary", summary);
        TextInput.line("heroImage", heroImage);
        TextInput.line("heroAlt", heroAlt);
        TextInput.line("heroCredit", heroCredit);
        TextInput.lines("body", body);
        tags.forEach(t -> TextInput.line("tags", t));
        features.forEach(f -> TextInput.line("features", f));
        slug = trim(slug);
        title = trim(title);
        summary = trim(summary);
        heroImage = blankToNull(heroImage);
        heroAlt = blankToNull(heroAlt);
        heroCredit = blankToNull(heroCredit);
        body = body == null ? "" : body.replace("\r\n", "\n");
        tags = List.copyOf(tags);
        features = List.copyOf(features);
        if (slug.length() < 3 || slug.length() > 80 || !SLUG.matcher(slug).matches()) {
            throw new BadInputException("slug", "Slug must be 3 to 80 characters of lower-case letters, digits and"
                    + " single hyphens, e.g. \"sleep-and-appetite\".");
        }
        length("title", title, 3, 150);
        length("summary", summary, 10, 300);
        if (body.isBlank() || body.length() > MAX_BODY) {
            throw new BadInputException("body", "Body must be between 1 and " + MAX_BODY + " characters of Markdown.");
        }
        if (tags.size() > MAX_TAGS || tags.stream().anyMatch(t -> t.length() > 30)) {
            throw new BadInputException("tags", "Tags: at most " + MAX_TAGS + ", comma-separated, each up to 30 characters.");
        }
        if (features.size() > MAX_TAGS || features.stream().anyMatch(t -> t.length() > 40)) {
            throw new BadInputException("features", "Related features: at most " + MAX_TAGS
                    + ", comma-separated, each up to 40 characters.");
        }
        if (heroImage != null) {
            if (!HERO.matcher(heroImage).matches()) {
                throw new BadInputException("heroImage", "Hero image must be an uploaded image (/media/…) or left empty.");
            }
            if (heroAlt == null || heroAlt.length() > 200) {
                throw new BadInputException("heroAlt", "Hero image description (alt text) is required with an image,"
                        + " up to 200 characters.");
            }
            if (heroCredit == null || heroCredit.length() > 200) {
                throw new BadInputException("heroCredit", "Photo credit is required with an image, up to 200 characters.");
            }
        }
    }

    /** Builds a draft from form text: tags and features are comma-separated. */
    public static ArticleDraft of(String slug, String title, String summary, String tags, String features,
                                  String heroImage, String heroAlt, String heroCredit, String body) {
        TextInput.line("tags", tags);
        TextInput.line("features", features);
        return new ArticleDraft(slug, title, summary, ArticleLibrary.list(tags == null ? "" : tags.toLowerCase(
                java.util.Locale.ROOT)), ArticleLibrary.list(features), heroImage, heroAlt, heroCredit, body);
    }

    private static void length(String field, String value, int min, int max) {
        if (value.length() < min || value.length() > max) {
            throw new BadInputException(field, Character.toUpperCase(field.charAt(0)) + field.substring(1) + " must be "
                    + min + " to " + max + " characters.");
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
