package org.openplate.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The articles shipped with OpenPlate (Markdown with front matter under /articles in the jar),
 * rendered once. Raw HTML in Markdown is escaped and link and image targets are limited to http,
 * https, mailto and local paths ({@link LinkTargets}), so the HTML is safe to show whoever wrote the Markdown.
 */
final class ArticleLibrary {

    /** The shipped articles, in order; each file is listed here. */
    static final List<String> FILES = List.of("back-pain-after-stretching", "how-your-calorie-goal-is-calculated",
            "why-the-3500-calorie-rule-overpromises", "why-the-scale-jumps", "how-exercise-calories-are-estimated", "safe-rates-and-calorie-floors",
            "logging-food-accurately", "protein-and-macro-ranges");

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new LinkTargets()).build();

    private final List<Article> articles;

    /** Articles by the editorial team are signed with its name and this bio. */
    public static final String TEAM = "OpenPlate editorial team";
    public static final String TEAM_BIO = "The people who build OpenPlate. We write from published research and cite it;"
            + " we are not your doctor.";

    ArticleLibrary(List<Article> articles) {
        this.articles = articles.stream().sorted(Comparator.comparing(Article::published).reversed()
                .thenComparing(Article::slug)).toList();
    }

    public static ArticleLibrary load() {
        List<Article> out = new ArrayList<>();
        for (String name : FILES) {
            try (InputStream in = ArticleLibrary.class.getResourceAsStream("/articles/" + name + ".md")) {
                if (in == null) {
                    throw new IllegalStateException("missing article " + name);
                }
                out.add(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ArticleLibrary(out);
    }

    /** Renders Markdown to safe HTML: raw HTML escaped, unsafe link schemes removed. */
    public static String render(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    /** Parses "---" front matter (key: value; lists as comma-separated) and the Markdown body. */
    static Article parse(String text) {
        String t = text.replace("\r\n", "\n");
        if (!t.startsWith("---\n")) {
            throw new IllegalArgumentException("an article starts with front matter between --- lines");
        }
        int end = t.indexOf("\n---\n", 4);
        if (end < 0) {
            throw new IllegalArgumentException("front matter is not closed with ---");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        for (String line : t.substring(4, end).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                meta.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        String body = t.substring(end + 5);
        for (String required : List.of("title", "slug", "author", "summary", "published")) {
            if (!meta.containsKey(required) || meta.get(required).isBlank()) {
                throw new IllegalArgumentException("front matter needs " + required);
            }
        }
        return new Article(meta.get("slug"), meta.get("title"), meta.get("author"), meta.getOrDefault("author_bio", ""),
                meta.get("summary"), list(meta.get("tags")), LocalDate.parse(meta.get("published")),
                meta.containsKey("updated") ? LocalDate.parse(meta.get("updated")) : LocalDate.parse(meta.get("published")),
                list(meta.get("features")), blankToNull(meta.get("hero")), blankToNull(meta.get("hero_alt")),
                blankToNull(meta.get("hero_credit")), body, render(body));
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }

    /** Comma-separated list, trimmed, without empty items. */
    static List<String> list(String v) {
        return v == null || v.isBlank() ? List.of() : Arrays.stream(v.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** This library plus more articles (e.g. those published by editors), newest first. */
    ArticleLibrary with(List<Article> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Article> all = new ArrayList<>(articles);
        all.addAll(more);
        return new ArticleLibrary(all);
    }

    public List<Article> all() {
        return articles;
    }

    public Optional<Article> bySlug(String slug) {
        return articles.stream().filter(a -> a.slug().equals(slug)).findFirst();
    }

    public List<Article> tagged(String tag) {
        return articles.stream().filter(a -> a.tags().contains(tag)).toList();
    }

    /** Articles containing every word of the query (title, summary, tags or body), title matches first. */
    public List<Article> search(String query) {
        List<String> words = Arrays.stream((query == null ? "" : query).toLowerCase(Locale.ROOT).split("\\W+"))
                .filter(w -> w.length() > 1).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        return articles.stream().filter(a -> {
            String all = (a.title() + " " + a.summary() + " " + String.join(" ", a.tags()) + " " + a.markdown())
                    .toLowerCase(Locale.ROOT);
            return words.stream().allMatch(all::contains);
        }).sorted(Comparator.comparing((Article a) -> words.stream().filter(a.title().toLowerCase(Locale.ROOT)::contains)
                .count()).reversed()).toList();
    }

    /** Up to three other articles sharing the most tags. */
    public List<Article> related(Article a) {
        return articles.stream().filter(o -> !o.slug().equals(a.slug()))
                .sorted(Comparator.comparing((Article o) -> o.tags().stream().filter(a.tags()::contains).count())
                        .reversed()).limit(3).toList();
    }
}
