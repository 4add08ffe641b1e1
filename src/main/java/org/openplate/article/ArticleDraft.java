package org.openplate.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openplate.common.BadInputException;
import org.openplate.common.FieldError;
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
        List<FieldError> wrong = new ArrayList<>();
        String slugText = slug;
        String titleText = title;
        String summaryText = summary;
        String imageText = heroImage;
        String altText = heroAlt;
        String creditText = heroCredit;
        String bodyText = body;
        List<String> tagList = tags;
        List<String> featureList = features;
        check(wrong, "title", () -> TextInput.line("title", titleText));
        check(wrong, "slug", () -> TextInput.line("slug", slugText));
        check(wrong, "summary", () -> TextInput.lines("summary", summaryText));
        check(wrong, "heroImage", () -> TextInput.line("heroImage", imageText));
        check(wrong, "heroAlt", () -> TextInput.line("heroAlt", altText));
        check(wrong, "heroCredit", () -> TextInput.line("heroCredit", creditText));
        check(wrong, "body", () -> TextInput.lines("body", bodyText));
        check(wrong, "tags", () -> tagList.forEach(t -> TextInput.line("tags", t)));
        check(wrong, "features", () -> featureList.forEach(f -> TextInput.line("features", f)));
        if (!wrong.isEmpty()) {
            // control characters: the text is not checked further, so every message is about what was typed
            throw new BadInputException(wrong);
        }
        slug = trim(slug);
        title = trim(title);
        summary = trim(summary);
        heroImage = blankToNull(heroImage);
        heroAlt = blankToNull(heroAlt);
        heroCredit = blankToNull(heroCredit);
        body = body == null ? "" : body.replace("\r\n", "\n");
        tags = List.copyOf(tags);
        features = List.copyOf(features);
        length(wrong, "title", "Title", title, 3, 150);
        if (slug.length() < 3 || slug.length() > 80 || !SLUG.matcher(slug).matches()) {
            wrong.add(new FieldError("slug", "Slug must be 3 to 80 characters of lower-case letters, digits and"
                    + " single hyphens, e.g. \"sleep-and-appetite\"."));
        }
        length(wrong, "summary", "Summary", summary, 10, 300);
        if (tags.size() > MAX_TAGS || tags.stream().anyMatch(t -> t.length() > 30)) {
            wrong.add(new FieldError("tags", "Tags: at most " + MAX_TAGS
                    + ", comma-separated, each up to 30 characters."));
        }
        if (features.size() > MAX_TAGS || features.stream().anyMatch(t -> t.length() > 40)) {
            wrong.add(new FieldError("features", "Related features: at most " + MAX_TAGS
                    + ", comma-separated, each up to 40 characters."));
        }
        if (heroImage != null) {
            if (!HERO.matcher(heroImage).matches()) {
                wrong.add(new FieldError("heroImage", "Hero image must be an uploaded image (/media/…) or left empty."));
            }
            if (heroAlt == null || heroAlt.length() > 200) {
                wrong.add(new FieldError("heroAlt", "Hero image description (alt text) is required with an image,"
                        + " up to 200 characters."));
            }
            if (heroCredit == null || heroCredit.length() > 200) {
                wrong.add(new FieldError("heroCredit", "Photo credit is required with an image, up to 200 characters."));
            }
        }
        if (body.isBlank() || body.length() > MAX_BODY) {
            wrong.add(new FieldError("body", "Body must be between 1 and " + MAX_BODY + " characters of Markdown."));
        }
        if (!wrong.isEmpty()) {
            // every wrong field at once, in the form's order; the first leads (the one-error shape)
            throw new BadInputException(wrong);
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

    private static void length(List<FieldError> wrong, String field, String label, String value, int min, int max) {
        if (value.length() < min || value.length() > max) {
            wrong.add(new FieldError(field, label + " must be " + min + " to " + max + " characters."));
        }
    }

    private static void check(List<FieldError> wrong, String field, Runnable check) {
        try {
            check.run();
        } catch (BadInputException e) {
            wrong.addAll(e.errors().isEmpty() ? List.of(new FieldError(field, e.getMessage())) : e.errors());
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
