package org.openplate.article;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.Lazy;
import org.openplate.common.NotFoundException;

/**
 * Articles for readers (the shipped library plus what editors have published) and the editor's
 * workflow: drafts saved as versions, publishing, unpublishing, previews and image uploads.
 * Callers check the editor role before the editing methods.
 */
final class ArticleService {

    /** The shipped articles, read and rendered on first use (about a tenth of a second) rather than at start. */
    private final Lazy<ArticleLibrary> shipped;
    private final ArticleRepository repo;
    private final MediaStore media;
    private final Clock clock;

    public ArticleService(Supplier<ArticleLibrary> shipped, ArticleRepository repo, MediaStore media, Clock clock) {
        this.shipped = Lazy.of(shipped);
        this.repo = repo;
        this.media = media;
        this.clock = clock;
    }

    /** Rendered published versions, by version id and publication time (a republish renders again). */
    private final java.util.Map<String, Article> rendered = new java.util.concurrent.ConcurrentHashMap<>();

    /** What readers see: the shipped articles and every published one (Markdown rendered once per version). */
    public ArticleLibrary library() {
        List<StoredArticle> published = repo.published();
        if (rendered.size() > 4 * published.size() + 64) {
            rendered.clear();   // drop versions no longer published
        }
        return shipped.get().with(published.stream().map(s -> rendered.computeIfAbsent(s.published().id() + "@"
                + s.lastPublishedAt().toEpochMilli() + "@" + s.firstPublishedAt().toEpochMilli(),
                k -> toArticle(s))).toList());
    }

    static Article toArticle(StoredArticle s) {
        ArticleVersion v = s.published();
        LocalDate first = LocalDate.ofInstant(s.firstPublishedAt(), ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(s.lastPublishedAt(), ZoneOffset.UTC);
        return new Article(s.slug(), v.title(), ArticleLibrary.TEAM, ArticleLibrary.TEAM_BIO, v.summary(), v.tags(),
                first, last, v.features(), v.heroImage(), v.heroAlt(), v.heroCredit(), v.body(),
                ArticleLibrary.render(v.body()));
    }

    public List<StoredArticle> forEditor() {
        return repo.all();
    }

    public StoredArticle get(long id) {
        return repo.find(id).orElseThrow(() -> new NotFoundException("No article with id " + id + "."));
    }

    /** Creates a draft; the slug must be new (shipped articles' slugs are taken too). */
    public long create(UserId editor, ArticleDraft draft) {
        if (shipped.get().bySlug(draft.slug()).isPresent() || repo.idBySlug(draft.slug()).isPresent()) {
            throw slugTaken(draft.slug());
        }
        requireImage(draft.heroImage());
        try {
            return repo.create(draft.slug(), draft, editor, clock.millis());
        } catch (UnableToExecuteStatementException e) {
            // Another editor took the slug between the check and the insert.
            if (repo.idBySlug(draft.slug()).isPresent()) {
                throw slugTaken(draft.slug());
            }
            throw e;
        }
    }

    /** Saves a new version (the draft). The slug cannot change once created. */
    public void save(UserId editor, long id, ArticleDraft draft) {
        StoredArticle s = get(id);
        ArticleDraft d = new ArticleDraft(s.slug(), draft.title(), draft.summary(), draft.tags(), draft.features(),
                draft.heroImage(), draft.heroAlt(), draft.heroCredit(), draft.body());
        requireImage(d.heroImage());
        repo.addVersion(id, d, editor, clock.millis());
    }

    public void publish(UserId editor, long id) {
        get(id);
        repo.publishLatest(id, clock.millis());
    }

    public void unpublish(UserId editor, long id) {
        get(id);
        repo.unpublish(id);
    }

    /** The HTML readers would see for this Markdown (sanitised exactly as published articles are). */
    public String preview(String markdown) {
        if (markdown != null && markdown.length() > ArticleDraft.MAX_BODY) {
            throw new BadInputException("body", "Body must be at most " + ArticleDraft.MAX_BODY + " characters.");
        }
        return ArticleLibrary.render(markdown == null ? "" : markdown);
    }

    public ArticleImage upload(UserId editor, byte[] bytes) {
        ArticleImage image = ImageUploads.inspect(bytes, clock.instant());
        media.put(image.name(), image.contentType(), bytes, image.uploadedAt());
        repo.addImage(image, editor);
        return repo.image(image.name()).orElse(image);
    }

    public List<ArticleImage> images() {
        return repo.images();
    }

    /** An uploaded image's bytes, if it was uploaded (recorded) and its bytes are stored. */
    public Optional<MediaStore.Media> imageFile(String name) {
        if (name == null || !ImageUploads.NAME.matcher(name).matches() || repo.image(name).isEmpty()) {
            return Optional.empty();
        }
        return media.get(name);
    }

    private void requireImage(String hero) {
        if (hero != null && hero.startsWith("/media/") && repo.image(hero.substring("/media/".length())).isEmpty()) {
            throw new BadInputException("heroImage", "Hero image " + hero + " has not been uploaded.");
        }
    }

    private static BadInputException slugTaken(String slug) {
        return new BadInputException("slug", "Slug \"" + slug + "\" is already used by another article; choose another.");
    }
}
